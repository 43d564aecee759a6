//! Writes the training pack of a seed into a folder, to look at:
//! `cargo run -p vilab-synth --example training_pack -- OUT_DIR [SEED]`
//! (the JPEGs and `answers.json`).

use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(args.next().unwrap_or_else(|| "training-pack".into()));
    let seed = args.next().and_then(|s| s.parse().ok()).unwrap_or(20);
    std::fs::create_dir_all(&out)?;
    let pack = vilab_synth::training::training_pack(seed);
    let mut answers = Vec::new();
    for scene in &pack {
        std::fs::write(out.join(&scene.name), &scene.jpeg)?;
        answers.push(serde_json::json!({ "name": scene.name, "answer": scene.answer }));
    }
    let json = serde_json::to_string_pretty(&answers).map_err(std::io::Error::other)?;
    std::fs::write(out.join("answers.json"), json)?;
    println!("{} scenes in {}", pack.len(), out.display());
    Ok(())
}
