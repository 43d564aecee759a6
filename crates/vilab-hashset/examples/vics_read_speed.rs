//! Reads a VICS file and prints records, MB/s and peak resident memory:
//! `cargo run --release -p vilab-hashset --example vics_read_speed -- FILE`
//! (with `--generate N FILE` it first writes a synthetic hash set of N
//! records in VICS 2.0, every record with MD5, SHA-1, a PDQ and PhotoDNA).

use std::io::Write;
use std::time::Instant;

fn generate(n: u64, path: &str) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    write!(
        out,
        "{{\"@odata.context\":\"http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/US/$metadata#Media\",\"value\":["
    )?;
    let pdna = "QUFB".repeat(48);
    for i in 0..n {
        let x = i.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        if i > 0 {
            write!(out, ",")?;
        }
        write!(
            out,
            "{{\"MediaID\":{i},\"MD5\":\"{x:016x}{i:016x}\",\"SHA1\":\"{x:016x}{i:016x}{:08x}\",\"Category\":{},\"IsPrecategorized\":\"true\",\"VictimIdentified\":false,\"Series\":\"S{}\",\"PhotoDNA\":\"{pdna}\",\"AlternativeHashes\":[{{\"HashName\":\"PDQ\",\"HashValue\":\"{x:016x}{i:016x}{x:016x}{i:016x}\"}}]}}",
            i as u32,
            i % 5,
            i % 100
        )?;
    }
    write!(out, "]}}")?;
    out.flush()
}

fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l.split_whitespace().nth(1).unwrap_or("0").parse().unwrap_or(0))
        })
        .unwrap_or(0)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = if args.first().map(String::as_str) == Some("--generate") {
        let n: u64 = args[1].parse().expect("N");
        generate(n, &args[2]).expect("writing");
        args[2].clone()
    } else {
        args.first().cloned().expect("FILE")
    };
    let file = std::fs::File::open(&path).expect("open");
    let start = Instant::now();
    let mut count = 0u64;
    let summary = vilab_hashset::vics::read_vics(file, &mut |_| {
        count += 1;
        Ok(())
    })
    .expect("read");
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "{} records, {:.1} MB in {:.2} s: {:.1} MB/s, {:.0} records/s, peak RSS {} MiB",
        summary.media,
        summary.bytes as f64 / 1e6,
        seconds,
        summary.bytes as f64 / 1e6 / seconds,
        count as f64 / seconds,
        peak_rss_kib() / 1024
    );
}
