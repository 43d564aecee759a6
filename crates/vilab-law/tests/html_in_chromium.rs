//! The HTML page opened in headless Chromium (Debian's `chromium`, which
//! `.ci/install-deps` installs): it renders offline, and the conflict
//! marking is visible in the screenshot, which is kept beside the test
//! binaries for a person to look at; the Thai page is parsed as Thai.

use std::path::PathBuf;
use std::process::Command;

use vilab_i18n::{Lang, Messages};
use vilab_law::compare::{Selection, matrix};
use vilab_law::html::{CONFLICT_BACKGROUND, page};

fn chromium() -> PathBuf {
    for candidate in ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"] {
        if std::path::Path::new(candidate).exists() {
            return candidate.into();
        }
    }
    panic!("no Chromium found: run `bash .ci/install-deps` (installs Debian's chromium)");
}

#[test]
fn the_matrix_page_renders_in_chromium_with_conflicts_marked() {
    let data = vilab_law::bundled().unwrap();
    let html = page(&data, &matrix(&data, &Selection::all(&data)), &Messages::new(Lang::En));
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("law-html");
    std::fs::create_dir_all(&dir).unwrap();
    let page_path = dir.join("matrix.html");
    std::fs::write(&page_path, &html).unwrap();
    let screenshot = dir.join("law-matrix.png");
    let _ = std::fs::remove_file(&screenshot);
    let profile = tempfile::tempdir().unwrap();
    let output = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--hide-scrollbars",
            // Nothing may be fetched: the page must stand alone.
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--window-size=1600,2200",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--screenshot={}", screenshot.display()))
        .arg(format!("file://{}", page_path.display()))
        .output()
        .expect("running chromium");
    assert!(screenshot.exists(), "no screenshot; chromium said:\n{}", String::from_utf8_lossy(&output.stderr));
    println!("screenshot: {}", screenshot.display());

    let image = image::open(&screenshot).unwrap().to_rgb8();
    assert_eq!(image.dimensions(), (1600, 2200));
    let conflict_pixels = image.pixels().filter(|p| p.0 == CONFLICT_BACKGROUND).count();
    assert!(conflict_pixels > 2_000, "conflict cells not visible: {conflict_pixels} pixels");
    let distinct: std::collections::HashSet<[u8; 3]> = image.pixels().map(|p| p.0).collect();
    assert!(distinct.len() > 50, "the page looks blank ({} colours)", distinct.len());
}

#[test]
fn the_thai_page_renders_as_thai() {
    let data = vilab_law::bundled().unwrap();
    let th = Messages::new(Lang::Th);
    let html = page(&data, &matrix(&data, &Selection::all(&data)), &th);
    assert!(html.contains("<html lang=\"th\">"), "{}", &html[..200]);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("law-html");
    std::fs::create_dir_all(&dir).unwrap();
    let page_path = dir.join("matrix.th.html");
    std::fs::write(&page_path, &html).unwrap();
    let profile = tempfile::tempdir().unwrap();
    // The document as Chromium parsed and ran it (the page's script included).
    let output = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--host-resolver-rules=MAP * ~NOTFOUND",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page_path.display()))
        .output()
        .expect("running chromium");
    let dom = String::from_utf8_lossy(&output.stdout);
    assert!(
        dom.contains("<html lang=\"th\">"),
        "no Thai document; chromium said:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for thai in [
        th.get("law-html-heading"),
        th.get("law-html-title"),
        th.get("law-value-not-found"),
        th.get("law-penalty-life"),
    ] {
        assert!(thai.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c)), "{thai} is not Thai");
        assert!(dom.contains(&thai), "the rendered page lacks {thai}");
    }
    for english in ["Offences against children", "Open every cell", "Instruments and their dates", "Exchange rates"] {
        assert!(!dom.contains(english), "English left in the Thai page: {english}");
    }
}
