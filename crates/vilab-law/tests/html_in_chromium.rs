//! The HTML page opened in headless Chromium (Debian's `chromium`, which
//! `.ci/install-deps` installs): it renders offline, and the conflict
//! marking is visible in the screenshot, which is kept beside the test
//! binaries for a person to look at; the sentence-range chart shows a bar
//! (or mark) in each jurisdiction's colour on every line that has one; the
//! Thai page is parsed as Thai.

use std::path::PathBuf;
use std::process::Command;

use vilab_i18n::{Lang, Messages};
use vilab_law::chart;
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

/// A screenshot of `html` in a window `width` by `height`, saved under
/// `name` beside the test binaries.
fn screenshot(html: &str, name: &str, width: u32, height: u32) -> image::RgbImage {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("law-html");
    std::fs::create_dir_all(&dir).unwrap();
    let page_path = dir.join(format!("{name}.html"));
    std::fs::write(&page_path, html).unwrap();
    let shot = dir.join(format!("{name}.png"));
    let _ = std::fs::remove_file(&shot);
    let profile = tempfile::tempdir().unwrap();
    let output = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--hide-scrollbars",
            "--force-device-scale-factor=1",
            "--host-resolver-rules=MAP * ~NOTFOUND",
        ])
        .arg(format!("--window-size={width},{height}"))
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("file://{}", page_path.display()))
        .output()
        .expect("running chromium");
    assert!(shot.exists(), "no screenshot; chromium said:\n{}", String::from_utf8_lossy(&output.stderr));
    println!("screenshot: {}", shot.display());
    let image = image::open(&shot).unwrap().to_rgb8();
    assert_eq!(image.dimensions(), (width, height));
    image
}

/// The horizontal bands of the image drawn in `colour`: runs of pixel rows
/// each holding at least `min_run` touching pixels of exactly that colour.
/// Returns each band's first row and its widest run.
fn bands(image: &image::RgbImage, colour: [u8; 3], min_run: u32) -> Vec<(u32, u32)> {
    let mut out: Vec<(u32, u32)> = Vec::new();
    let mut previous_row_had = false;
    for y in 0..image.height() {
        let (mut run, mut widest) = (0, 0);
        for x in 0..image.width() {
            run = if image.get_pixel(x, y).0 == colour { run + 1 } else { 0 };
            widest = widest.max(run);
        }
        let has = widest >= min_run;
        match out.last_mut() {
            Some(band) if has && previous_row_had => band.1 = band.1.max(widest),
            _ if has => out.push((y, widest)),
            _ => {}
        }
        previous_row_had = has;
    }
    out
}

#[test]
fn the_sentence_range_chart_shows_each_jurisdictions_bars() {
    let data = vilab_law::bundled().unwrap().at(vilab_law::date::PartialDate::parse("2026-01-01").unwrap());
    let m = matrix(&data, &Selection::all(&data));
    let html = page(&data, &m, &Messages::new(Lang::En));
    assert!(html.contains("<svg") && !html.contains("<script src"), "inline SVG, nothing fetched");
    let image = screenshot(&html, "law-chart", 1600, 7000);
    let rows = chart::rows(&m);
    let mut bars_seen = 0;
    for (i, (code, _)) in m.jurisdictions.iter().enumerate() {
        let colour = chart::colour(i);
        // The lines drawn in this colour, and the legend's swatch (12 pixels wide) below them.
        let drawn = rows.iter().filter(|r| r.lines[i].is_drawn()).count();
        let with_bar = rows.iter().filter(|r| r.lines[i].bar.is_some()).count();
        let found = bands(&image, colour, 3);
        assert_eq!(found.len(), drawn + 1, "{code}: {drawn} lines and the legend, found bands at {found:?}");
        // The legend is last; a bar is wider than the legend's swatch unless it is a single term.
        assert_eq!(found.last().unwrap().1, 12, "{code}: the legend swatch");
        assert!(
            drawn == 0 || with_bar == 0 || found.iter().any(|&(_, w)| w > 12),
            "{code}: no bar wider than a swatch"
        );
        assert!(with_bar > 0, "{code} has at least one offence with a prison term");
        bars_seen += with_bar;
    }
    assert!(bars_seen >= m.jurisdictions.len() * 2, "{bars_seen} bars in all");
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
