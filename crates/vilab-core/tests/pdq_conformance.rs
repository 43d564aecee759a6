//! PDQ conformance against Meta's reference C++ (`pdq-photo-hasher`): every
//! PNG of the shared test data must give the reference's hash, quality and
//! eight dihedral hashes exactly.
//!
//! PNG is lossless, so the only freedom is how the reference's loader turns a
//! file into channels. It decodes through CImg, which (built without libpng)
//! runs ImageMagick's `convert FILE pnm:-`: palette images become RGB, low bit
//! depths are scaled to 0..=255 (CImg maps PBM bits to 0 and 255), alpha is
//! dropped rather than composited, and an image whose pixels are all grey
//! arrives as one channel. The RGB path of `pdq_luma_from_rgb8` detects the
//! last case itself, so the loader here only needs to drop alpha.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};

use vilab_core::PdqHash;
use vilab_core::pdq::{Dihedral, hash_luma, hash_luma_dihedral, pdq_luma_from_grey8, pdq_luma_from_rgb8};

/// `../shared/testdata/pdq` beside the repository, as CI lays it out.
fn data_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/testdata/pdq");
    assert!(
        dir.join("expected.tsv").is_file() && dir.join("dihedral.tsv").is_file(),
        "PDQ test data missing: expected {} with expected.tsv, dihedral.tsv and images/ \
         (the shared/ checkout must sit beside the repository)",
        dir.display()
    );
    dir
}

/// Rows of a tab-separated file with a header, as maps from column name.
fn read_tsv(path: &Path) -> Vec<BTreeMap<String, String>> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let header: Vec<&str> = lines.next().expect("header").split('\t').collect();
    lines
        .map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            assert_eq!(cells.len(), header.len(), "{}: {line}", path.display());
            header.iter().zip(cells).map(|(h, c)| (h.to_string(), c.to_string())).collect()
        })
        .collect()
}

/// The PNG rows of one of the expectation files.
fn png_rows(file: &str) -> Vec<BTreeMap<String, String>> {
    let rows: Vec<_> = read_tsv(&data_dir().join(file))
        .into_iter()
        .filter(|r| r["path"].to_ascii_lowercase().ends_with(".png"))
        .collect();
    assert!(!rows.is_empty(), "no PNG rows in {file}");
    rows
}

/// Decodes a PNG to the luma the reference hashes, with its dimensions.
fn load_luma(rel: &str) -> (Vec<f32>, usize, usize) {
    let path = data_dir().join("images").join(rel);
    let file = File::open(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut decoder = png::Decoder::new(BufReader::new(file));
    // Palette to RGB, 1/2/4-bit grey scaled to 8 bits. There is no 16-bit
    // PNG in the data set; STRIP_16 only keeps the loader total.
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().unwrap_or_else(|e| panic!("{rel}: {e}"));
    let mut buf = vec![0; reader.output_buffer_size().expect("buffer size")];
    let info = reader.next_frame(&mut buf).unwrap_or_else(|e| panic!("{rel}: {e}"));
    buf.truncate(info.buffer_size());
    let (w, h) = (info.width as usize, info.height as usize);
    let channels = info.color_type.samples();
    let keep = |n: usize| -> Vec<u8> { buf.chunks_exact(channels).flat_map(|p| p[..n].to_vec()).collect() };
    let result = match info.color_type {
        png::ColorType::Grayscale => pdq_luma_from_grey8(&buf, w, h),
        png::ColorType::GrayscaleAlpha => pdq_luma_from_grey8(&keep(1), w, h),
        png::ColorType::Rgb => pdq_luma_from_rgb8(&buf, w, h),
        png::ColorType::Rgba => pdq_luma_from_rgb8(&keep(3), w, h),
        png::ColorType::Indexed => panic!("{rel}: palette not expanded"),
    };
    result.unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn parse_hash(text: &str) -> PdqHash {
    text.parse().unwrap_or_else(|e| panic!("expected hash {text:?}: {e}"))
}

#[test]
fn png_hashes_and_qualities_are_identical() {
    let rows = png_rows("expected.tsv");
    let mut failures = Vec::new();
    for row in &rows {
        let rel = &row["path"];
        let (luma, w, h) = load_luma(rel);
        let got = hash_luma(&luma, w, h).unwrap();
        let want = parse_hash(&row["pdq"]);
        let want_quality: u8 = row["quality"].parse().unwrap();
        if got.hash != want || got.quality != want_quality {
            failures.push(format!(
                "{rel}: got {} q{}, want {want} q{want_quality} ({} bits apart)",
                got.hash,
                got.quality,
                got.hash.distance(&want)
            ));
        }
    }
    println!("plain hash: {}/{} PNGs identical", rows.len() - failures.len(), rows.len());
    assert!(failures.is_empty(), "{} of {} PNGs differ:\n{}", failures.len(), rows.len(), failures.join("\n"));
}

#[test]
fn png_dihedral_hashes_are_identical() {
    let rows = png_rows("dihedral.tsv");
    // Identical counts per column: quality, then the eight hashes.
    let mut identical = [0usize; 9];
    let mut failures = Vec::new();
    for row in &rows {
        let rel = &row["path"];
        let (luma, w, h) = load_luma(rel);
        let got = hash_luma_dihedral(&luma, w, h).unwrap();
        let want_quality: u8 = row["quality"].parse().unwrap();
        if got.quality == want_quality {
            identical[0] += 1;
        } else {
            failures.push(format!("{rel}: quality {} want {want_quality}", got.quality));
        }
        for (k, which) in Dihedral::ALL.into_iter().enumerate() {
            let want = parse_hash(&row[&format!("pdq_{}", which.name())]);
            let hash = got.hashes[k];
            if hash == want {
                identical[k + 1] += 1;
            } else {
                failures.push(format!(
                    "{rel} {}: got {hash}, want {want} ({} bits apart)",
                    which.name(),
                    hash.distance(&want)
                ));
            }
        }
    }
    println!("| column | identical |");
    println!("|---|---|");
    println!("| quality | {}/{} |", identical[0], rows.len());
    for (k, which) in Dihedral::ALL.into_iter().enumerate() {
        println!("| {} | {}/{} |", which.name(), identical[k + 1], rows.len());
    }
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}

/// The flat image (quality 0) is the sharpest test of exactness: its DCT is
/// pure rounding noise, yet the reference prints the noise's bits rather
/// than zeros. Kept apart so that a regression names it.
#[test]
fn flat_png_reproduces_the_reference_noise() {
    let rows = png_rows("expected.tsv");
    let flat: Vec<_> = rows.iter().filter(|r| r["quality"] == "0").collect();
    assert!(!flat.is_empty(), "the data set has no quality-0 PNG any more");
    for row in flat {
        let (luma, w, h) = load_luma(&row["path"]);
        assert!(luma.iter().all(|&v| v == luma[0]), "{} is not flat", row["path"]);
        let got = hash_luma(&luma, w, h).unwrap();
        assert_eq!(got.quality, 0);
        assert_ne!(got.hash, PdqHash::default(), "the reference does not zero a flat image's hash");
        assert_eq!(got.hash, parse_hash(&row["pdq"]), "{}", row["path"]);
    }
}
