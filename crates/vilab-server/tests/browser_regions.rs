//! The browser test of regions and renditions (issue 20), on the shared
//! harness (`common::browser`): analyst A opens an item, draws an object
//! region (a drag), a face region and a text polygon (clicks) on it, and
//! makes a public crop;
//! analyst B logs in and approves it; the crop is shown (the image
//! decoded: `naturalWidth > 0`). A screenshot is saved under
//! `target/screenshots/` (its path printed) for a person to look at.

mod common;

use std::time::Duration;

use fantoccini::actions::{InputSource as _, MOUSE_BUTTON_LEFT, MouseActions, PointerAction};
use fantoccini::{Client, Locator};
use serde_json::Value;
use vilab_lab::Role;

use common::browser::{Browser, log_in, screenshot, screenshots_dir, wait_js};

/// Chooses `value` in the select `css` as a person would (a change event).
async fn choose(client: &Client, css: &str, value: &str) {
    let script = format!(
        "const s = document.querySelector('{css}'); s.value = '{value}'; \
         s.dispatchEvent(new Event('change')); return s.value === '{value}'"
    );
    assert_eq!(client.execute(&script, vec![]).await.unwrap(), Value::Bool(true), "{css} = {value}");
}

/// Drags on the regions' picture from (x, y) of its centre by (dx, dy),
/// in fractions of its displayed size (the picture centred in the window
/// first).
async fn drag(client: &Client, x: f64, y: f64, dx: f64, dy: f64) {
    let size = client
        .execute(
            "const s = document.querySelector('section.regions svg.region-svg'); s.scrollIntoView({ block: 'center' }); \
             const b = s.getBoundingClientRect(); return [b.width, Math.min(b.height, window.innerHeight)]",
            vec![],
        )
        .await
        .unwrap();
    let (w, h) = (size[0].as_f64().unwrap(), size[1].as_f64().unwrap());
    let (x, y, dx, dy) = (x * w, y * h, dx * w, dy * h);
    let svg = client.find(Locator::Css("section.regions svg.region-svg")).await.unwrap();
    let actions = MouseActions::new("mouse".into())
        .then(PointerAction::MoveToElement { element: svg, duration: None, x, y })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
        .then(PointerAction::MoveBy { duration: Some(Duration::from_millis(100)), x: dx, y: dy })
        .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    client.perform_actions(actions).await.unwrap();
}

/// Clicks the regions' picture at (x, y) of its centre, in fractions of
/// its displayed size (as `drag`).
async fn click_at(client: &Client, x: f64, y: f64) {
    drag(client, x, y, 0.0, 0.0).await;
}

const REGIONS: &str = "return document.querySelectorAll('section.regions table.regions-list tbody tr').length";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_analyst_draws_regions_and_makes_a_public_crop_that_a_second_analyst_approves() {
    let fx = tokio::task::spawn_blocking(|| common::lab("browser-regions-lab")).await.unwrap();
    let browser = Browser::start(fx).await;
    let (client, base) = (browser.client.clone(), browser.base.clone());
    // The item the route fixture draws on: one face region in its top left.
    let item = format!("{base}/media/%23{}", fx.regions.item);

    let a = fx.account(Role::Analyst);
    log_in(&client, &base, &a.username, &a.password).await;
    client.goto(&item).await.unwrap();
    wait_js(&client, "const i = document.querySelector('section.regions img.region-image'); return !!i && i.complete && i.naturalWidth > 0", "the picture").await;
    client.execute("document.querySelector('section.regions').scrollIntoView()", vec![]).await.unwrap();
    let before = client.execute(REGIONS, vec![]).await.unwrap().as_u64().unwrap();
    assert_eq!(before, 1, "the fixture's face region");

    // An object region by a drag, in the bottom right.
    choose(&client, "section.regions select.region-kind", "object").await;
    drag(&client, 0.1, 0.1, 0.2, 0.2).await;
    wait_js(&client, &format!("{REGIONS} === 2"), "the object region listed").await;
    // A face region in the bottom left; pixelation shows its warning.
    choose(&client, "section.regions select.region-kind", "face").await;
    choose(&client, "section.regions select.region-treatment", "pixelate").await;
    let warned = client.execute("return !document.querySelector('.region-weak').hidden", vec![]).await.unwrap();
    assert_eq!(warned, Value::Bool(true), "pixelation is said to be weaker than a fill");
    choose(&client, "section.regions select.region-treatment", "fill").await;
    drag(&client, -0.4, 0.1, 0.15, 0.2).await;
    wait_js(&client, &format!("{REGIONS} === 3"), "the face region listed").await;
    // A text region as a polygon: three clicks, then "Close polygon".
    choose(&client, "section.regions select.region-tool", "polygon").await;
    choose(&client, "section.regions select.region-kind", "text").await;
    for (x, y) in [(0.1, -0.4), (0.35, -0.4), (0.25, -0.2)] {
        click_at(&client, x, y).await;
    }
    client.find(Locator::Css("section.regions button.region-close")).await.unwrap().click().await.unwrap();
    wait_js(&client, &format!("{REGIONS} === 4"), "the polygon listed").await;
    let drawn = client.execute("return document.querySelectorAll('section.regions svg .region').length", vec![]).await;
    assert_eq!(drawn.unwrap(), Value::from(4), "the four regions drawn over the picture");
    let polygons = client
        .execute("return document.querySelectorAll('section.regions svg polygon.region-text').length", vec![])
        .await;
    assert_eq!(polygons.unwrap(), Value::from(1), "the text region is a polygon");

    // A public crop, made by A: awaiting a second analyst.
    client.find(Locator::Css("button.rendition-make[data-audience=public]")).await.unwrap().click().await.unwrap();
    wait_js(
        &client,
        "return document.querySelectorAll('table.renditions-list tbody tr').length === 1",
        "the crop listed",
    )
    .await;
    client.find(Locator::Css("form[action='/logout'] button")).await.unwrap().click().await.unwrap();

    // B approves it, and the crop is shown.
    client.goto(&format!("{base}/login")).await.unwrap();
    log_in(&client, &base, common::SECOND_ANALYST, common::PASSWORD).await;
    client.goto(&item).await.unwrap();
    client.find(Locator::Css("button.rendition-approve")).await.unwrap().click().await.unwrap();
    wait_js(
        &client,
        "const i = document.querySelector('table.renditions-list img.rendition-image'); \
         return !document.querySelector('button.rendition-approve') && !!i && i.complete && i.naturalWidth > 0",
        "the approved crop shown",
    )
    .await;
    let state =
        client.execute("return document.querySelector('table.renditions-list tbody tr').textContent", vec![]).await;
    assert!(state.unwrap().as_str().unwrap_or("").contains(&format!("Approved by {}", common::SECOND_ANALYST)));
    client.execute("document.querySelector('section.regions').scrollIntoView()", vec![]).await.unwrap();
    screenshot(&client, "regions-approved-en").await;
    println!("screenshot: {}", screenshots_dir().join("regions-approved-en.png").display());
    client.execute("document.querySelector('section.renditions').scrollIntoView()", vec![]).await.unwrap();
    screenshot(&client, "renditions-approved-en").await;
    println!("screenshot: {}", screenshots_dir().join("renditions-approved-en.png").display());
    browser.end().await;
}
