//! CPU time of one `Detector::suggest` on 12 MP pictures, on one thread,
//! for BENCHMARKS.md when a release build of the whole `vilab` binary is
//! out of reach: a generated 4000 x 3000 scene with the two test portraits
//! pasted (faces 195 and 108 px tall) and the same scene without them.
//!
//!     cargo run --release -p vilab-faces --example time_12mp [RUNS] [MAX_WORK_PIXELS]

use cpu_time::ThreadTime;
use vilab_faces::{Detector, Options};

fn portrait(name: &str) -> image::RgbImage {
    image::open(format!("{}/testdata/{name}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .to_rgb8()
}

fn median_ms(detector: &Detector, img: &image::RgbImage, runs: usize) -> (f64, usize) {
    let mut times = Vec::new();
    let mut faces = 0;
    for _ in 0..runs {
        let start = ThreadTime::now();
        let found = detector.suggest(img.as_raw(), img.width(), img.height()).expect("sizes match");
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        faces = found.len();
    }
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], faces)
}

fn main() {
    let runs: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(5);
    let budget = std::env::args().nth(2).and_then(|a| a.parse().ok()).unwrap_or(Options::default().max_work_pixels);
    let detector =
        Detector::with_options(Options { max_work_pixels: budget, ..Options::default() }).expect("valid budget");
    println!("working picture: at most {budget} pixels");
    let empty = vilab_synth::scene::scene(2026, 4000, 3000);
    let mut pasted = empty.clone();
    image::imageops::overlay(&mut pasted, &portrait("grace_hopper.jpg"), 600, 500);
    image::imageops::overlay(&mut pasted, &portrait("astronaut.jpg"), 2600, 1800);
    for (what, img) in [("12 MP scene with 2 portraits", &pasted), ("12 MP scene without faces", &empty)] {
        let (ms, faces) = median_ms(&detector, img, runs);
        println!("{what}: median {ms:.0} ms CPU over {runs} runs, {faces} suggestions");
    }
}
