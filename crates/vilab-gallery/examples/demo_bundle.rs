//! Writes a small demo bundle to a folder, to open in a browser from
//! `file://`: `cargo run -p vilab-gallery --example demo_bundle -- OUT
//! [--exercise] [--expires YYYY-MM-DD]`. Renditions are generated scenes
//! (vilab-synth), watermarked; the key is a fixed test key, no lab's.

use vilab_gallery::{BundleItem, BundleSpec, SigningKey, build, watermark, write_dir};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = args.first().ok_or("usage: demo_bundle OUT [--exercise] [--expires YYYY-MM-DD]")?;
    let exercise = args.iter().any(|a| a == "--exercise");
    let expires = args.iter().position(|a| a == "--expires").and_then(|i| args.get(i + 1)).cloned();
    let uid = "demo0123456789abcdef0123456789ab";
    let recipient = "សុខ ចាន់ណា";
    let captions = ["Which country is this room in?", "What does the sign say?", "Where was this bought?"];
    let items = captions
        .iter()
        .enumerate()
        .map(|(i, caption)| {
            let (w, h) = (800, 600);
            let mut img = vilab_synth::scene(7 + i as u64, w, h);
            watermark(&mut img, w, h, recipient, uid)?;
            Ok(BundleItem {
                id: format!("item-{}", i + 1),
                jpeg: vilab_synth::jpeg_bytes(&img, 85),
                caption: caption.to_string(),
            })
        })
        .collect::<Result<Vec<_>, vilab_gallery::BundleError>>()?;
    let spec = BundleSpec {
        uid: uid.into(),
        title: "Demo gallery".into(),
        recipient: recipient.into(),
        lab: "Demo lab".into(),
        created: "2026-12-07".into(),
        expires: expires.unwrap_or_else(|| "2099-12-31".into()),
        items,
        exercise: exercise.then(|| "demo-exercise-01".to_string()),
    };
    write_dir(std::path::Path::new(out), &build(&spec, &SigningKey::from_bytes(&[1; 32]))?)?;
    println!("{out}/index.html");
    Ok(())
}
