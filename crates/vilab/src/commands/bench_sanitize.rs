//! `vilab bench sanitize`: one rendition of a generated 12 MP JPEG (with
//! EXIF) with three regions (two rectangles, a polygon), ms per image on
//! one thread, by treatment and for a public crop, beside ImageMagick's
//! `convert` doing the same fills and metadata strip in the same run.

use std::path::Path;
use std::process::{Command, ExitCode};
use std::time::Instant;

use anyhow::{Context, bail};
use cpu_time::ThreadTime;
use serde::Serialize;
use vilab_core::model::MediaKind;
use vilab_sanitize::{Audience, Region, RegionKind, Rgb, SanitizeOptions, Shape, Treatment};

use crate::cli::BenchSanitizeArgs;

const WIDTH: u32 = 4000;
const HEIGHT: u32 = 3000;

#[derive(Serialize)]
struct Row {
    what: String,
    median_ms: f64,
    min_ms: f64,
    /// CPU time: of this thread for vilab's rows, of the child process
    /// (user + system, all its threads) for convert's.
    median_cpu_ms: f64,
    output_bytes: usize,
}

#[derive(Serialize)]
struct Report {
    width: u32,
    height: u32,
    original_bytes: usize,
    runs: usize,
    rows: Vec<Row>,
    convert: Option<String>,
    fill_speedup_vs_convert_one_thread: Option<f64>,
}

/// A face and a text rectangle and a body polygon, as an analyst would
/// draw them on a 4000x3000 picture; `person` is the face's and body's
/// treatment.
fn regions(person: Treatment) -> Vec<Region> {
    vec![
        Region { kind: RegionKind::Face, shape: Shape::Rect { x: 1200, y: 500, w: 420, h: 520 }, treatment: person },
        Region {
            kind: RegionKind::Text,
            shape: Shape::Rect { x: 2700, y: 2300, w: 900, h: 220 },
            treatment: Treatment::Fill,
        },
        Region {
            kind: RegionKind::Body,
            shape: Shape::Polygon(vec![
                (1100, 1050),
                (1750, 1000),
                (2050, 1900),
                (1800, 2900),
                (1250, 2950),
                (950, 1900),
            ]),
            treatment: person,
        },
    ]
}

fn median(mut ms: Vec<f64>) -> (f64, f64) {
    ms.sort_by(f64::total_cmp);
    (ms[ms.len() / 2], ms[0])
}

/// CPU time of waited-for children (user + system), from /proc/self/stat,
/// in ms (clock ticks of 10 ms on Linux).
fn children_cpu_ms() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which is in parentheses): cutime and
    // cstime are the 16th and 17th of the line, 14th and 15th after it.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<f64> = rest.split_whitespace().map(|v| v.parse().unwrap_or(0.0)).collect();
    (f.get(13).unwrap_or(&0.0) + f.get(14).unwrap_or(&0.0)) * 10.0
}

/// Wall-clock median and minimum, median CPU time, and the last result.
fn time<T>(runs: usize, mut f: impl FnMut() -> anyhow::Result<T>) -> anyhow::Result<(f64, f64, f64, T)> {
    let mut ms = Vec::with_capacity(runs);
    let mut cpu = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs.max(1) {
        let (started, thread, children) = (Instant::now(), ThreadTime::now(), children_cpu_ms());
        let out = f()?;
        ms.push(started.elapsed().as_secs_f64() * 1e3);
        cpu.push(thread.elapsed().as_secs_f64() * 1e3 + (children_cpu_ms() - children));
        last = Some(out);
    }
    let (median_ms, min) = median(ms);
    Ok((median_ms, min, median(cpu).0, last.context("no run")?))
}

pub fn run(args: &BenchSanitizeArgs) -> anyhow::Result<ExitCode> {
    let tags = vilab_synth::ExifTags {
        make: Some("Bench".into()),
        model: Some("Camera 12".into()),
        body_serial: Some("SN-0001".into()),
        gps: Some(vilab_synth::GpsPosition { latitude: 11.55, longitude: 104.92, altitude: 10.0 }),
        orientation: Some(1),
        ..Default::default()
    };
    let original = vilab_synth::with_exif(&vilab_synth::benchmark_jpeg(args.seed, WIDTH, HEIGHT), &tags);
    let options = SanitizeOptions::default();
    let mut rows = Vec::new();
    let push =
        |rows: &mut Vec<Row>, what: &str, (median_ms, min_ms, median_cpu_ms, output_bytes): (f64, f64, f64, usize)| {
            rows.push(Row { what: what.to_string(), median_ms, min_ms, median_cpu_ms, output_bytes });
        };
    let sanitize = |regions: &[Region], audience: Audience| -> anyhow::Result<usize> {
        let out = vilab_sanitize::sanitize(&original, MediaKind::Jpeg, Some(1), regions, audience, &options)?;
        Ok(out.iter().map(|o| o.bytes.len()).sum())
    };
    for (label, treatment) in [("fill", Treatment::Fill), ("pixelate", Treatment::Pixelate), ("blur", Treatment::Blur)]
    {
        let regions = regions(treatment);
        push(
            &mut rows,
            &format!("vilab, partner, {label} (decode, redact, encode)"),
            time(args.runs, || sanitize(&regions, Audience::Partner))?,
        );
    }
    // Where the fill's time goes.
    let fill = regions(Treatment::Fill);
    let (d, dmin, dcpu, decoded) = time(args.runs, || {
        let d = vilab_media::decode_rgb(&original, MediaKind::Jpeg, options.max_pixels)?;
        Ok(Rgb { width: d.width, height: d.height, pixels: d.rgb })
    })?;
    push(&mut rows, "  of which decode (libjpeg-turbo)", (d, dmin, dcpu, 0));
    let (r, rmin, rcpu, redacted) = time(args.runs, || {
        let mut image = decoded.clone();
        vilab_sanitize::redact(&mut image, &fill)?;
        Ok(image)
    })?;
    push(&mut rows, "  of which redact, 3 regions (with a 36 MB copy)", (r, rmin, rcpu, 0));
    push(
        &mut rows,
        "  of which encode (baseline, q85)",
        time(args.runs, || Ok(vilab_sanitize::encode_jpeg(&redacted, options.quality)?.len()))?,
    );
    let mut public = fill.clone();
    public.push(Region {
        kind: RegionKind::Object,
        shape: Shape::Rect { x: 2800, y: 300, w: 900, h: 700 },
        treatment: Treatment::Fill,
    });
    push(
        &mut rows,
        "vilab, public, 1 object crop (max side 1024)",
        time(args.runs, || sanitize(&public, Audience::Public))?,
    );

    let dir = match &args.dir {
        Some(d) => d.clone(),
        None => std::env::temp_dir(),
    };
    let scratch = tempfile::tempdir_in(&dir).with_context(|| format!("a scratch folder in {}", dir.display()))?;
    let convert = args.convert.clone();
    let mut speedup = None;
    let convert_version = convert_version(&convert);
    if convert_version.is_some() {
        let input = scratch.path().join("in.jpg");
        std::fs::write(&input, &original)?;
        let output = scratch.path().join("out.jpg");
        let fill_cpu_ms = rows[0].median_cpu_ms;
        for (label, threads) in [("one thread", Some("1")), ("its default threads", None)] {
            let row = time(args.runs, || run_convert(&convert, &input, &output, threads))?;
            if threads.is_some() {
                speedup = Some(row.2 / fill_cpu_ms);
            }
            push(&mut rows, &format!("ImageMagick convert, same fills + -strip, q85, {label}"), row);
        }
    }
    let report = Report {
        width: WIDTH,
        height: HEIGHT,
        original_bytes: original.len(),
        runs: args.runs,
        rows,
        convert: convert_version,
        fill_speedup_vs_convert_one_thread: speedup,
    };
    if args.json {
        return super::print_json(&report);
    }
    outln!(
        "{}x{} JPEG, {} bytes with EXIF; 3 regions (2 rectangles, 1 polygon); medians of {} runs, one thread",
        report.width,
        report.height,
        report.original_bytes,
        report.runs
    );
    outln!();
    outln!("| what | median CPU ms | median wall ms | min wall ms | output bytes |");
    outln!("|---|---|---|---|---|");
    for row in &report.rows {
        let bytes = if row.output_bytes > 0 { row.output_bytes.to_string() } else { String::new() };
        outln!("| {} | {:.1} | {:.1} | {:.1} | {bytes} |", row.what, row.median_cpu_ms, row.median_ms, row.min_ms);
    }
    outln!();
    match (&report.convert, report.fill_speedup_vs_convert_one_thread) {
        (Some(version), Some(x)) => outln!("fill: {x:.1}x less CPU time than convert on one thread ({version})"),
        _ => {
            outln!("ImageMagick's convert not found at {}: install Debian's imagemagick to compare", convert.display())
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn convert_version(convert: &Path) -> Option<String> {
    let out = Command::new(convert).arg("-version").output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text.lines().next()?.trim();
    line.contains("ImageMagick").then(|| line.trim_start_matches("Version: ").to_string())
}

/// The same three fills and the metadata strip with `convert`; `threads`
/// sets MAGICK_THREAD_LIMIT (OpenMP threads), None leaves its default.
fn run_convert(convert: &Path, input: &Path, output: &Path, threads: Option<&str>) -> anyhow::Result<usize> {
    let mut draw = Vec::new();
    for region in regions(Treatment::Fill) {
        match region.shape {
            Shape::Rect { x, y, w, h } => draw.push(format!("rectangle {x},{y} {},{}", x + w - 1, y + h - 1)),
            Shape::Polygon(points) => draw.push(format!(
                "polygon {}",
                points.iter().map(|(x, y)| format!("{x},{y}")).collect::<Vec<_>>().join(" ")
            )),
        }
    }
    let mut command = Command::new(convert);
    command.arg(input).args(["-fill", "black"]);
    for d in &draw {
        command.args(["-draw", d]);
    }
    command.args(["-strip", "-quality", "85"]).arg(output);
    if let Some(t) = threads {
        command.env("MAGICK_THREAD_LIMIT", t);
    }
    let status = command.status().with_context(|| format!("running {}", convert.display()))?;
    if !status.success() {
        bail!("{} failed: {status}", convert.display());
    }
    Ok(std::fs::metadata(output)?.len() as usize)
}
