//! The bundle in a browser: Debian's chromium, headless, driven over
//! WebDriver (fantoccini, chromedriver started on a free port, as the
//! browser lab's test does) opens a written bundle's `index.html` from
//! `file://` with no server: the pages render under their strict
//! Content-Security-Policy, images load, the language switch shows the
//! Khmer words with the embedded Khmer font, an item opens, a click pins a
//! typed clue, and the clue kept in localStorage is one the lab's parser
//! accepts. An expired bundle shows its notice and no image. It fails,
//! never skips, when chromium or chromedriver is missing.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};
use vilab_gallery::{BundleItem, BundleSpec, SigningKey, build, parse_clues, read_dir, verify, write_dir};
use vilab_i18n::{Lang, Messages};

const UID: &str = "c0ffee0123456789abcdef0123456789";

fn program(var: &str, default: &str) -> PathBuf {
    let path = std::env::var_os(var).map(PathBuf::from).unwrap_or_else(|| PathBuf::from(default));
    assert!(path.exists(), "{} is missing: run `bash .ci/install-deps`, or set {var}", path.display());
    path
}

/// chromedriver, ended when the test ends (passing or not).
struct Driver {
    child: Child,
    port: u16,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_driver() -> Driver {
    let driver = program("CHROMEDRIVER", "/usr/bin/chromedriver");
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let child = Command::new(&driver)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", driver.display()));
    let driver = Driver { child, port };
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "chromedriver did not listen within 20 s");
        std::thread::sleep(Duration::from_millis(100));
    }
    driver
}

fn write_bundle(dir: &Path, created: &str, expires: &str) {
    let items = (0..2)
        .map(|i| {
            let mut img = vilab_synth::scene(11 + i, 640, 480);
            vilab_gallery::watermark(&mut img, 640, 480, "សុខ ចាន់ណា", UID).unwrap();
            BundleItem { id: format!("i{i}"), jpeg: vilab_synth::jpeg_bytes(&img, 85), caption: format!("Item {i}") }
        })
        .collect();
    let spec = BundleSpec {
        uid: UID.into(),
        title: "Browser test gallery".into(),
        recipient: "សុខ ចាន់ណា".into(),
        lab: "Test lab".into(),
        created: created.into(),
        expires: expires.into(),
        items,
        exercise: None,
    };
    write_dir(dir, &build(&spec, &SigningKey::from_bytes(&[5; 32])).unwrap()).unwrap();
}

async fn js(client: &Client, script: &str) -> Value {
    client.execute(script, vec![]).await.unwrap_or_else(|e| panic!("{script}: {e}"))
}

/// Waits until `script` returns true (fonts and images load after the page).
async fn until(client: &Client, script: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while js(client, script).await != json!(true) {
        assert!(Instant::now() < deadline, "never true: {script}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn url(dir: &Path) -> String {
    format!("file://{}/index.html", dir.canonicalize().unwrap().display())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_bundle_works_from_file_in_khmer_and_keeps_a_pinned_clue() {
    let chromium = program("CHROMIUM", "/usr/bin/chromium");
    let scratch = tempfile::tempdir().unwrap();
    let live = scratch.path().join("live");
    let expired = scratch.path().join("expired");
    write_bundle(&live, "2026-01-01", "2099-12-31");
    write_bundle(&expired, "2020-01-01", "2020-01-02");
    let driver = start_driver();
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        json!({
            "binary": chromium,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,1000", "--lang=en-US"],
        }),
    );
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    let client = ClientBuilder::new(connector)
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .expect("a WebDriver session of chromium");

    client.goto(&url(&live)).await.unwrap();
    // Rendered by app.js from data.js: the policy let the scripts run, and
    // both images load from the folder.
    assert_eq!(client.find(Locator::Css("h1")).await.unwrap().text().await.unwrap(), "Browser test gallery");
    until(&client, "return [...document.querySelectorAll('.card img')].length === 2 && [...document.querySelectorAll('.card img')].every(i => i.complete && i.naturalWidth === 640)").await;
    let expires = client.find(Locator::Id("expires")).await.unwrap().text().await.unwrap();
    assert!(expires.contains("2099-12-31"), "{expires}");

    // Khmer, with the bundle's own Khmer font.
    js(
        &client,
        "const s = document.getElementById('lang'); s.value = 'km'; s.dispatchEvent(new Event('change')); return true",
    )
    .await;
    let notice = client.find(Locator::Css(".notice div")).await.unwrap().text().await.unwrap();
    assert_eq!(notice, Messages::new(Lang::Km).get("gallery-notice"));
    until(&client, "return [...document.fonts].some(f => f.family.includes('Khmer') && f.status === 'loaded')").await;

    // An item; a click on the image pins the clue; the clue is typed.
    client.find(Locator::Css(".card")).await.unwrap().click().await.unwrap();
    let image = client.find(Locator::Id("item-image")).await.unwrap();
    until(&client, "const i = document.getElementById('item-image'); return i.complete && i.naturalWidth > 0").await;
    image.click().await.unwrap();
    let typed = "ស្លាកហាង Phnom Penh";
    client.find(Locator::Id("clue-text")).await.unwrap().send_keys(typed).await.unwrap();
    client.find(Locator::Id("add-clue")).await.unwrap().click().await.unwrap();
    let list = client.find(Locator::Id("clue-list")).await.unwrap().text().await.unwrap();
    assert!(list.contains(typed), "{list}");

    // What the page keeps is what the lab parses.
    let kept = js(&client, &format!("return localStorage.getItem('vilab.bundle.{UID}')")).await;
    let kept: Value = serde_json::from_str(kept.as_str().expect("kept in localStorage")).unwrap();
    let clues = kept["clues"].as_array().unwrap();
    assert_eq!(clues.len(), 1);
    assert_eq!(clues[0]["text"], typed);
    assert_eq!(clues[0]["item"], "i0");
    // The element's centre, as fractions of the rendition.
    for axis in ["x", "y"] {
        let v = clues[0]["pin"][axis].as_f64().unwrap();
        assert!((v - 0.5).abs() < 0.01, "pin {axis} = {v}");
    }
    let file = json!({ "format": "vilab.clues/1", "bundle": UID, "participant": "Dara", "clues": clues });
    let manifest = verify(&read_dir(&live).unwrap(), None).unwrap().manifest;
    let parsed = parse_clues(file.to_string().as_bytes(), &manifest).unwrap();
    assert_eq!(parsed.clues[0].uid.len(), 32);

    // Past its expiry: the notice, no image.
    client.goto(&url(&expired)).await.unwrap();
    client.find(Locator::Id("expired")).await.unwrap();
    assert_eq!(js(&client, "return document.querySelectorAll('img').length").await, json!(0));
    client.close().await.unwrap();
}
