//! The browser test: Debian's chromium, headless, driven over WebDriver by
//! fantoccini through a chromedriver this test starts on a free port. It
//! logs in to a server running in this process as the demo's analyst,
//! opens the demo case's dashboard and its media, switches the interface
//! to Khmer and to Thai, draws a lead's rectangle on an item's rendition
//! with WebDriver actions, checks through the DevTools protocol
//! (`CSS.getPlatformFontsForNode`, via chromedriver's
//! `/session/{id}/goog/cdp/execute`) that the text is drawn with the
//! embedded Noto fonts, and saves screenshots of the main pages under
//! `target/screenshots/`. It fails, never skips, when chromium or
//! chromedriver is missing (`bash .ci/install-deps` installs them).
//!
//! Issue 20 adds two: regions and renditions (an analyst draws an object
//! region by a drag, a face region and a text polygon by clicks, makes a
//! public crop; a second analyst approves it; it is shown), and a ViLab
//! gallery's clue board reaching a second participant live, then an
//! exercise scored. All share one fixture lab: the regions test draws on
//! the item the route fixture keeps for region changes, never on the
//! gallery's item (a region change would make its renditions stale).

mod common;

use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource as _, MOUSE_BUTTON_LEFT, MouseActions, PointerAction};
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, Locator};
use serde_json::{Value, json};
use vilab_lab::Role;

use common::browser::{Browser, log_in, log_out, screenshot, screenshots_dir, text_of, wait_js};

/// A DevTools command through chromedriver.
#[derive(Debug)]
struct Cdp {
    cmd: &'static str,
    params: Value,
}

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({ "cmd": self.cmd, "params": self.params }).to_string()))
    }
}

async fn cdp(client: &Client, cmd: &'static str, params: Value) -> Value {
    client.issue_cmd(Cdp { cmd, params }).await.unwrap_or_else(|e| panic!("{cmd}: {e}"))
}

/// The fonts the browser drew `selector`'s text with:
/// (family name, whether it is a web font, glyphs).
async fn fonts_of(client: &Client, selector: &str) -> Vec<(String, bool, u64)> {
    // Fonts load after the page: wait for them.
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let status = client.execute("return document.fonts.status", vec![]).await.unwrap();
        if status == "loaded" || Instant::now() > deadline {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    cdp(client, "DOM.enable", json!({})).await;
    cdp(client, "CSS.enable", json!({})).await;
    let root = cdp(client, "DOM.getDocument", json!({ "depth": 0 })).await;
    let root = root["root"]["nodeId"].as_i64().expect("a document node");
    let node = cdp(client, "DOM.querySelector", json!({ "nodeId": root, "selector": selector })).await;
    let node = node["nodeId"].as_i64().filter(|n| *n != 0).unwrap_or_else(|| panic!("no {selector} on the page"));
    let fonts = cdp(client, "CSS.getPlatformFontsForNode", json!({ "nodeId": node })).await;
    fonts["fonts"]
        .as_array()
        .expect("fonts")
        .iter()
        .map(|f| {
            (
                f["familyName"].as_str().unwrap_or("").to_string(),
                f["isCustomFont"].as_bool().unwrap_or(false),
                f["glyphCount"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

/// Clicks the language switcher's button of `code` and waits for the page
/// in that language.
async fn switch_to(client: &Client, code: &str) {
    let button = format!("form[action='/settings/lang'] button[value={code}]");
    client.find(Locator::Css(&button)).await.unwrap().click().await.unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let lang = client.execute("return document.documentElement.lang", vec![]).await.unwrap();
        if lang == code {
            return;
        }
        assert!(Instant::now() < deadline, "the page did not switch to {code}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_analyst_works_in_khmer_and_thai_with_the_embedded_fonts() {
    let fx = tokio::task::spawn_blocking(|| common::lab("browser-lab")).await.unwrap();
    let browser = Browser::start(fx).await;
    let (client, base) = (browser.client.clone(), browser.base.clone());

    // The log-in page, in English (the browser asks for English).
    client.goto(&format!("{base}/login")).await.unwrap();
    assert_eq!(text_of(&client, "h1").await, "Log in to the lab");
    screenshot(&client, "login-en").await;
    // A wrong password: the one answer, on the page.
    client.find(Locator::Css("#username")).await.unwrap().send_keys("analyst").await.unwrap();
    client.find(Locator::Css("#password")).await.unwrap().send_keys("not the password").await.unwrap();
    client.find(Locator::Css("form[action='/login'] button[type=submit]")).await.unwrap().click().await.unwrap();
    assert!(text_of(&client, "p[role=alert]").await.contains("Login failed"), "the failed log-in is said");

    let analyst = fx.account(Role::Analyst);
    log_in(&client, &base, &analyst.username, &analyst.password).await;
    screenshot(&client, "home-en").await;
    client.goto(&format!("{base}/cases")).await.unwrap();
    client.find(Locator::LinkText(&fx.case)).await.unwrap().click().await.unwrap();
    assert_eq!(text_of(&client, "h1").await, format!("Case {}", fx.case));
    let family = client.execute("return getComputedStyle(document.body).fontFamily", vec![]).await.unwrap();
    assert!(family.as_str().unwrap_or("").starts_with("\"Noto Sans\""), "the style sheet is applied: {family}");
    let fonts = fonts_of(&client, "h1").await;
    assert!(fonts.iter().all(|(_, custom, _)| *custom), "English drawn with the embedded fonts only: {fonts:?}");
    screenshot(&client, "case-en").await;

    // Khmer.
    switch_to(&client, "km").await;
    let heading = text_of(&client, "h1").await;
    assert!(heading.starts_with("សំណុំរឿង"), "the dashboard in Khmer: {heading}");
    let fonts = fonts_of(&client, "h1").await;
    assert!(
        fonts.iter().any(|(family, custom, glyphs)| family.contains("Noto Sans Khmer") && *custom && *glyphs > 0),
        "Khmer drawn with the embedded Noto Sans Khmer: {fonts:?}"
    );
    assert!(fonts.iter().all(|(_, custom, _)| *custom), "no system font: {fonts:?}");
    screenshot(&client, "case-km").await;
    client.find(Locator::Css("a[href$='/media']")).await.unwrap().click().await.unwrap();
    client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css("tbody tr")).await.unwrap();
    screenshot(&client, "media-km").await;

    // Thai.
    switch_to(&client, "th").await;
    let heading = text_of(&client, "h1").await;
    assert!(heading.starts_with("รายการสื่อ"), "the media list in Thai: {heading}");
    let fonts = fonts_of(&client, "h1").await;
    assert!(
        fonts.iter().any(|(family, custom, glyphs)| family.contains("Noto Sans Thai") && *custom && *glyphs > 0),
        "Thai drawn with the embedded Noto Sans Thai: {fonts:?}"
    );
    assert!(fonts.iter().all(|(_, custom, _)| *custom), "no system font: {fonts:?}");
    screenshot(&client, "media-th").await;
    client.find(Locator::Css("tbody tr a[href^='/media/']")).await.unwrap().click().await.unwrap();
    client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css("td.mono")).await.unwrap();
    screenshot(&client, "item-th").await;
    client.goto(&format!("{base}/cases/{}", fx.case)).await.unwrap();
    screenshot(&client, "case-th").await;

    // Lao and Vietnamese, the dashboard only.
    for (code, word) in [("lo", "ຄະດີ"), ("vi", "Vụ án")] {
        switch_to(&client, code).await;
        assert!(text_of(&client, "h1").await.starts_with(word), "{code}");
        let fonts = fonts_of(&client, "h1").await;
        assert!(fonts.iter().all(|(_, custom, _)| *custom), "{code}: no system font: {fonts:?}");
        screenshot(&client, &format!("case-{code}")).await;
    }

    // The review grid: decided by keys without a reload, undone, revealed;
    // screenshotted in Khmer and Thai.
    client.goto(&format!("{base}/cases/{}/review", fx.case)).await.unwrap();
    for (code, name) in [("km", "review-km"), ("th", "review-th"), ("en", "review-en")] {
        switch_to(&client, code).await;
        wait_js(&client, "return !!document.querySelector('#grid figure.tile.focused img')", "the grid's tiles").await;
        wait_js(&client, "return [...document.querySelectorAll('#grid img')].slice(0, 4).every(i => i.complete && i.naturalWidth > 0)", "masked renditions drawn").await;
        if code != "en" {
            let family = if code == "km" { "Noto Sans Khmer" } else { "Noto Sans Thai" };
            let fonts = fonts_of(&client, "h1").await;
            assert!(
                fonts.iter().any(|(f, custom, glyphs)| f.contains(family) && *custom && *glyphs > 0),
                "the grid's heading in {code} drawn with the embedded {family}: {fonts:?}"
            );
            assert!(fonts.iter().all(|(_, custom, _)| *custom), "{code}: no system font: {fonts:?}");
        }
        screenshot(&client, name).await;
    }
    client.execute("window.vilabNoReload = 1", vec![]).await.unwrap();
    let grid = client.find(Locator::Css("#grid")).await.unwrap();
    grid.send_keys("2").await.unwrap();
    wait_js(
        &client,
        "return !!document.querySelector('#grid figure.tile.focused figcaption.badge.decided')",
        "the badge says decided",
    )
    .await;
    let badge = text_of(&client, "#grid figure.tile.focused figcaption").await;
    assert!(badge.contains('2'), "decided as 2: {badge}");
    grid.send_keys("z").await.unwrap();
    wait_js(
        &client,
        "return !document.querySelector('#grid figure.tile.focused figcaption.badge.decided')",
        "the decision undone",
    )
    .await;
    grid.send_keys("r").await.unwrap();
    wait_js(&client, "const i = document.querySelector('#overlay:not([hidden]) img'); return !!i && i.src.startsWith('blob:') && i.complete && i.naturalWidth > 0", "the revealed image").await;
    screenshot(&client, "review-reveal-en").await;
    client.find(Locator::Css("#overlay-close")).await.unwrap().click().await.unwrap();
    wait_js(&client, "return document.getElementById('overlay').hidden", "the overlay closed").await;
    let same = client.execute("return window.vilabNoReload === 1", vec![]).await.unwrap();
    assert_eq!(same, Value::Bool(true), "no page reload while reviewing");

    // Three items categorized by the keyboard and seen decided; the last
    // one undone.
    let decided = "return document.querySelectorAll('#grid figcaption.badge.decided').length";
    let before = client.execute(decided, vec![]).await.unwrap().as_u64().unwrap();
    for (i, key) in ["1", "\u{E014}1", "\u{E014}1"].iter().enumerate() {
        grid.send_keys(key).await.unwrap();
        let want = before + i as u64 + 1;
        wait_js(&client, &format!("{decided} === {want}"), "one more item decided").await;
    }
    screenshot(&client, "review-decided-en").await;
    grid.send_keys("z").await.unwrap();
    wait_js(&client, &format!("{decided} === {}", before + 2), "the last decision undone").await;
    let same = client.execute("return window.vilabNoReload === 1", vec![]).await.unwrap();
    assert_eq!(same, Value::Bool(true), "no page reload while deciding");

    // The timeline of times taken and the folder groups come into the
    // grid page after its first tiles.
    client
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css("svg#timeline[data-bound] rect.bar"))
        .await
        .expect("the timeline's bars");
    client
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css("aside#groups-panel li a"))
        .await
        .expect("the folder groups");
    assert_eq!(
        client.execute("return document.querySelectorAll('[data-fragment]').length", vec![]).await.unwrap(),
        json!(0),
        "no panel left loading"
    );
    client.execute("window.scrollTo(0, 0)", vec![]).await.unwrap();
    screenshot(&client, "review-top-en").await;

    // A series of the first hundred tiles (a click, then a shift-click),
    // grown by "find similar".
    client
        .execute(
            "const g = document.getElementById('grid'); \
             g.children[0].dispatchEvent(new MouseEvent('click', { bubbles: true })); \
             g.children[99].dispatchEvent(new MouseEvent('click', { bubbles: true, shiftKey: true }));",
            vec![],
        )
        .await
        .unwrap();
    wait_js(&client, "return document.querySelectorAll('#grid figure.tile.selected').length === 100", "a selection")
        .await;
    client.find(Locator::Css("#series-name")).await.unwrap().send_keys("beach").await.unwrap();
    client.find(Locator::Css("#series-create")).await.unwrap().click().await.unwrap();
    client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css("#series-members")).await.unwrap();
    let members = client.execute("return document.querySelectorAll('#series-members figure').length", vec![]).await;
    assert_eq!(members.unwrap(), json!(100), "the selection became the series");
    let radius = client.find(Locator::Css("#radius")).await.unwrap();
    radius.clear().await.unwrap();
    radius.send_keys("64").await.unwrap();
    client.find(Locator::Css("#find-similar")).await.unwrap().click().await.unwrap();
    client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css("#similar")).await.unwrap();
    screenshot(&client, "series-similar-en").await;
    client.find(Locator::Css("#add-similar")).await.unwrap().click().await.unwrap();
    wait_js(&client, "return document.querySelectorAll('#series-members figure').length > 100", "the series grown")
        .await;
    screenshot(&client, "series-en").await;

    // Viewing mode on the grid: the tiles come sharp through the audited
    // reveal, and go back to the masked renditions when it is switched off.
    client.goto(&format!("{base}/cases/{}/review", fx.case)).await.unwrap();
    wait_js(&client, "return !!document.querySelector('#grid figure.tile img')", "the grid's tiles").await;
    client.find(Locator::Css("#viewing")).await.unwrap().click().await.unwrap();
    wait_js(&client, "return [...document.querySelectorAll('#grid img')].slice(0, 3).every(i => i.src.endsWith('/reveal') && i.complete && i.naturalWidth > 0)", "sharp tiles").await;
    client.find(Locator::Css("#viewing")).await.unwrap().click().await.unwrap();
    wait_js(
        &client,
        "return [...document.querySelectorAll('#grid img')].every(i => i.src.endsWith('/rendition'))",
        "masked tiles again",
    )
    .await;
    // A range dragged across the timeline's bars sets the grid's dates.
    wait_js(&client, "return !!document.querySelector('svg#timeline[data-bound] rect.bar')", "the timeline's bars")
        .await;
    client
        .execute(
            "const t = document.getElementById('timeline'); const r = t.getBoundingClientRect(); \
             const n = t.querySelectorAll('rect.bar').length; const y = r.top + r.height / 2; \
             const x = (i) => r.left + (i + 0.5) * r.width / n; \
             t.dispatchEvent(new MouseEvent('mousedown', { clientX: x(0), clientY: y, bubbles: true })); \
             t.dispatchEvent(new MouseEvent('mousemove', { clientX: x(1), clientY: y, bubbles: true })); \
             window.dispatchEvent(new MouseEvent('mouseup', { clientX: x(1), clientY: y, bubbles: true }));",
            vec![],
        )
        .await
        .unwrap();
    wait_js(&client, "return location.search.includes('from=') && location.search.includes('before=') && !!document.querySelector('#grid figure.tile img')", "the grid of the dragged range").await;
    screenshot(&client, "review-range-en").await;

    // The camera groups: a camera's case opens the grid of that camera.
    client.goto(&format!("{base}/cameras")).await.unwrap();
    client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css("table#cameras")).await.unwrap();
    screenshot(&client, "cameras-en").await;
    client.find(Locator::Css("a.camera-filter")).await.unwrap().click().await.unwrap();
    wait_js(
        &client,
        "return location.search.includes('camera=') && !!document.querySelector('#grid figure.tile img')",
        "the camera's grid",
    )
    .await;

    // An item's page: its masked rendition, its matches and neighbours; the
    // search by picture and the settings.
    client.goto(&format!("{base}/media/%23{}", fx.member_id)).await.unwrap();
    client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css("#rendition")).await.unwrap();
    screenshot(&client, "item-en").await;
    // A lead's rectangle drawn by dragging on the rendition: the form's
    // four numbers get the rectangle in the original's pixels, and the
    // saved lead holds them (read back through the API).
    wait_js(
        &client,
        "const i = document.getElementById('rendition'); return i.complete && i.naturalWidth > 0",
        "the rendition",
    )
    .await;
    let img = client.find(Locator::Css("#rendition")).await.unwrap();
    let drag = MouseActions::new("mouse".into())
        .then(PointerAction::MoveToElement { element: img.clone(), duration: None, x: -20.0, y: -15.0 })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
        .then(PointerAction::MoveBy { duration: Some(Duration::from_millis(100)), x: 30.0, y: 25.0 })
        .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    client.perform_actions(drag).await.unwrap();
    let numbers = client
        .execute(
            "const f = document.querySelector('form.lead-form'); const l = document.getElementById('rendition-layer'); \
             const i = document.getElementById('rendition'); \
             return { rect: ['x', 'y', 'w', 'h'].map(k => Number(f.querySelector(`input[name=${k}]`).value)), \
                      width: Number(l.dataset.width), height: Number(l.dataset.height), shown: [i.clientWidth, i.clientHeight] };",
            vec![],
        )
        .await
        .unwrap();
    let rect: Vec<f64> = numbers["rect"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
    let (width, height) = (numbers["width"].as_f64().unwrap(), numbers["height"].as_f64().unwrap());
    let shown: Vec<f64> = numbers["shown"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
    // Dragged from 20 and 15 CSS pixels before the centre, 30 by 25: the
    // same in the original's pixels (a pixel's rounding either way).
    let (sx, sy) = (width / shown[0], height / shown[1]);
    let want = [(shown[0] / 2.0 - 20.0) * sx, (shown[1] / 2.0 - 15.0) * sy, 30.0 * sx, 25.0 * sy];
    for (got, want) in rect.iter().zip(want) {
        assert!((got - want).abs() <= sx.max(sy) + 1.0, "drawn {rect:?}, expected about {want:?} ({numbers})");
    }
    let text = client.find(Locator::Css("form.lead-form textarea[name=text]")).await.unwrap();
    text.send_keys("badge on the wall").await.unwrap();
    client.find(Locator::Css("form.lead-form button[type=submit]")).await.unwrap().click().await.unwrap();
    wait_js(
        &client,
        "return !!document.querySelector('tr[data-rect]') && !!document.querySelector('.lead-rect')",
        "the saved lead's outline",
    )
    .await;
    screenshot(&client, "item-lead-en").await;
    let stored = client
        .execute_async(
            &format!(
                "const done = arguments[arguments.length - 1]; \
                 fetch('/api/cases/{}/leads?media={}', {{ credentials: 'same-origin' }}).then(r => r.json()).then(done, e => done(String(e)));",
                fx.case, fx.member_id
            ),
            vec![],
        )
        .await
        .unwrap();
    let lead = stored["leads"]
        .as_array()
        .and_then(|l| l.iter().find(|l| l["text"] == "badge on the wall"))
        .unwrap_or_else(|| panic!("the lead through the API: {stored}"));
    let saved: Vec<f64> = ["x", "y", "w", "h"].iter().map(|k| lead["rect"][k].as_f64().unwrap()).collect();
    assert_eq!(saved, rect, "the stored rectangle is the drawn one");
    client.goto(&format!("{base}/search")).await.unwrap();
    screenshot(&client, "search-en").await;
    client.goto(&format!("{base}/settings")).await.unwrap();
    screenshot(&client, "settings-en").await;

    // The map: the case's positions as circles on the embedded borders; a
    // circle opens the grid of its cell.
    client.goto(&format!("{base}/cases/{}/map", fx.case)).await.unwrap();
    client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css("svg.map circle.cell")).await.unwrap();
    screenshot(&client, "map-en").await;
    let href = client.execute("return document.querySelector('svg.map a').getAttribute('href')", vec![]).await.unwrap();
    assert!(href.as_str().unwrap_or("").contains("/review?bbox="), "a circle leads to its cell's grid: {href}");
    // A click on a circle filters the grid to its cell.
    client.find(Locator::Css("svg.map circle.cell")).await.unwrap().click().await.unwrap();
    wait_js(
        &client,
        "return location.pathname.endsWith('/review') && location.search.includes('bbox=')",
        "the grid of the cell",
    )
    .await;
    wait_js(&client, "return !!document.querySelector('#grid figure.tile img')", "the cell's items").await;
    let bbox = client.execute("return document.querySelector('#grid').dataset.query", vec![]).await.unwrap();
    assert!(bbox.as_str().unwrap_or("").contains("bbox="), "the grid's API calls carry the cell: {bbox}");
    screenshot(&client, "map-filtered-grid-en").await;

    // The auditor's pages, in English (the grid switched back already).
    client.find(Locator::Css("form[action='/logout'] button")).await.unwrap().click().await.unwrap();
    client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css("#username")).await.unwrap();
    let auditor = fx.account(Role::Auditor);
    log_in(&client, &base, &auditor.username, &auditor.password).await;
    client.goto(&format!("{base}/audit?actor=analyst&action=session.")).await.unwrap();
    assert!(text_of(&client, "tbody").await.contains("session.login"), "the analyst's log-ins are in the audit log");
    screenshot(&client, "audit-en").await;
    // The analyst's reveal is in the audit trail.
    client.goto(&format!("{base}/audit?actor=analyst&action=media.reveal")).await.unwrap();
    assert!(text_of(&client, "tbody").await.contains("media.reveal"), "the reveal is audited");
    let rows = client.execute("return document.querySelectorAll('tbody tr').length", vec![]).await.unwrap();
    assert!(rows.as_u64().unwrap_or(0) >= 4, "the overlay's reveal and viewing mode's sharp tiles: {rows}");
    screenshot(&client, "audit-reveal-en").await;
    client.goto(&format!("{base}/audit/verify")).await.unwrap();
    assert_eq!(text_of(&client, "p.ok").await, "The audit chain is intact.");
    screenshot(&client, "audit-verify-en").await;
    client.goto(&format!("{base}/admin/users")).await.unwrap();
    assert!(text_of(&client, "tbody").await.contains("investigator"));
    screenshot(&client, "users-en").await;

    browser.end().await;
}

/// ViLab galleries (issue 20): two participants of the fixture's public
/// gallery open the same item's clue board; the partner pins a clue on the
/// picture and posts it; the public participant's board shows it without a
/// reload (polling); the case's analyst finds it among the case's leads.
/// Then a trainee answers the exercise and the trainer's results show the
/// score, and the mark given to the free text.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_clue_reaches_the_other_participant_live_and_an_exercise_is_scored() {
    let fx = tokio::task::spawn_blocking(|| common::lab("browser-lab")).await.unwrap();
    let browser = Browser::start(fx).await;
    let base = browser.base.clone();
    let (first, second) = (browser.client.clone(), browser.another_client().await);
    let board = format!("{base}/galleries/{}/items/{}", fx.galleries.member, fx.galleries.item);
    for (client, role) in [(&first, Role::Partner), (&second, Role::Public)] {
        let account = fx.account(role);
        log_in(client, &base, &account.username, &account.password).await;
        client.goto(&board).await.unwrap();
        client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css("#clue-form")).await.unwrap();
    }
    // A mark on the second page that a reload would lose.
    second.execute("window.vilabNotReloaded = true; return true", vec![]).await.unwrap();
    let before = second.execute("return document.querySelectorAll('#clues li').length", vec![]).await.unwrap();

    // The partner pins a spot of the picture (a quarter in from the left,
    // a third down) and posts.
    let img = first.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css("#board-picture img")).await;
    let img = img.expect("the item's picture on the board");
    wait_js(&first, "return document.querySelector('#board-picture img').naturalWidth > 0", "the picture").await;
    let size = first
        .execute("const r = document.querySelector('#board-picture img').getBoundingClientRect(); return [r.width, r.height]", vec![])
        .await
        .unwrap();
    let (w, h) = (size[0].as_f64().unwrap(), size[1].as_f64().unwrap());
    // WebDriver's pointer moves are from the element's centre.
    let click = MouseActions::new("mouse".into())
        .then(PointerAction::MoveToElement {
            element: img,
            duration: None,
            x: (w * 0.25 - w / 2.0).round(),
            y: (h / 3.0 - h / 2.0).round(),
        })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
        .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    first.perform_actions(click).await.unwrap();
    let x: f64 = first
        .execute("return parseFloat(document.querySelector('#clue-form [name=x]').value)", vec![])
        .await
        .unwrap()
        .as_f64()
        .unwrap_or(-1.0);
    assert!((x - 0.25).abs() < 0.03, "the pin is where the picture was clicked: x = {x}");
    let clue = "ป้ายร้านค้าภาษาไทย: Thai shop sign behind the bed";
    first.find(Locator::Css("#clue-form textarea[name=text]")).await.unwrap().send_keys(clue).await.unwrap();
    first.find(Locator::Css("#clue-form button[type=submit]")).await.unwrap().click().await.unwrap();
    wait_js(
        &first,
        &format!("return document.querySelector('#clues').textContent.includes({})", json!(clue)),
        "the clue on the poster's board",
    )
    .await;

    // The other participant's board shows it, pinned, without a reload.
    wait_js(
        &second,
        &format!("return document.querySelector('#clues').textContent.includes({})", json!(clue)),
        "the clue on the other board, live",
    )
    .await;
    assert_eq!(
        second.execute("return window.vilabNotReloaded === true", vec![]).await.unwrap(),
        Value::Bool(true),
        "no reload"
    );
    let after = second.execute("return document.querySelectorAll('#clues li').length", vec![]).await.unwrap();
    assert_eq!(after.as_u64().unwrap(), before.as_u64().unwrap() + 1);
    let author = text_of(&second, "#clues li:last-child .who").await;
    assert_eq!(author, fx.account(Role::Partner).username, "who posted it");
    wait_js(&second, "return document.querySelectorAll('#board-picture .pin').length > 0", "the pin's marker").await;
    screenshot(&second, "gallery-board").await;

    // The case's analyst sees it as a lead of the case, with who posted it.
    log_out(&first, &base).await;
    let analyst = fx.account(Role::Analyst);
    log_in(&first, &base, &analyst.username, &analyst.password).await;
    first.goto(&format!("{base}/cases/{}/leads", fx.case)).await.unwrap();
    let leads = text_of(&first, "main").await;
    assert!(leads.contains(clue), "the clue is a lead of the case");

    // A trainee answers the exercise's item.
    log_out(&second, &base).await;
    let trainee = fx.account(Role::Trainee);
    log_in(&second, &base, &trainee.username, &trainee.password).await;
    second.goto(&format!("{base}/galleries/{}/exercise", fx.galleries.member)).await.unwrap();
    let form = format!("#answer-{}", fx.galleries.item);
    second.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css(&form)).await.unwrap();
    // The fixture's trainee answered before: start from an empty form.
    let clear = format!(
        "document.querySelectorAll('{form} input[type=checkbox]').forEach(c => c.checked = false); document.querySelector('{form} textarea').value = ''; return true"
    );
    second.execute(&clear, vec![]).await.unwrap();
    second
        .find(Locator::Css(&format!("{form} select[name=country] option[value=KH]")))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    second.find(Locator::Css(&format!("{form} input[name=place]"))).await.unwrap().clear().await.unwrap();
    second
        .find(Locator::Css(&format!("{form} input[name=place]")))
        .await
        .unwrap()
        .send_keys("Phnom Penh")
        .await
        .unwrap();
    second.find(Locator::Css(&format!("{form} input[value=shop_sign]"))).await.unwrap().click().await.unwrap();
    second
        .find(Locator::Css(&format!("{form} textarea[name=free_text]")))
        .await
        .unwrap()
        .send_keys("The sign is in Khmer script.")
        .await
        .unwrap();
    second.find(Locator::Css(&format!("{form} button[type=submit]"))).await.unwrap().click().await.unwrap();
    second
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css(&format!("{form} .answered")))
        .await
        .unwrap();
    let page = text_of(&second, "main").await;
    assert!(!page.contains("the shop sign"), "no known answer (the solving lead) shown to a trainee");

    // The trainer's results: country 2 + place 2 + one object 1 = 5, of 5
    // automatic and 3 for free text; then 2 points for the free text.
    log_out(&first, &base).await;
    let trainer = fx.account(Role::Trainer);
    log_in(&first, &base, &trainer.username, &trainer.password).await;
    first.goto(&format!("{base}/galleries/{}/results", fx.galleries.member)).await.unwrap();
    let row = format!("#results-trainees tr[data-trainee='{}'] td.points", trainee.username);
    assert_eq!(text_of(&first, &row).await, "5 / 8");
    let mark = format!("#results-answers form[action$='/items/{}/mark']", fx.galleries.item);
    let mark_form = first.find(Locator::Css(&mark)).await.unwrap();
    mark_form.find(Locator::Css("input[name=points]")).await.unwrap().send_keys("2").await.unwrap();
    mark_form.find(Locator::Css("button[type=submit]")).await.unwrap().click().await.unwrap();
    wait_js(
        &first,
        &format!("return document.querySelector({}).textContent === '7 / 8'", json!(row)),
        "the marked total",
    )
    .await;
    screenshot(&first, "exercise-results").await;

    second.close().await.unwrap();
    browser.end().await;
}

// ---- Regions and renditions (issue 20)

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
    let fx = tokio::task::spawn_blocking(|| common::lab("browser-lab")).await.unwrap();
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
