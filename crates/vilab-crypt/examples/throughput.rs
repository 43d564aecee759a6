//! Measures the blob format's throughput (writing and reading version 2,
//! reading version 1) and argon2id's cost on this machine. Run it
//! optimised:
//! `cargo run --release -p vilab-crypt --example throughput [MiB]`.

use std::time::Duration;

use vilab_crypt::bench::throughput;
use vilab_crypt::slots::KdfParams;
use vilab_crypt::{Padding, tune};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mib: usize = std::env::args().nth(1).map(|a| a.parse()).transpose()?.unwrap_or(256);
    let len = mib << 20;
    for padding in [Padding::None, Padding::Bucket] {
        // Best of three: the machine is shared.
        let mut best = throughput(len, padding)?;
        for _ in 0..2 {
            let t = throughput(len, padding)?;
            best.encrypt_mb_s = best.encrypt_mb_s.max(t.encrypt_mb_s);
            best.decrypt_mb_s = best.decrypt_mb_s.max(t.decrypt_mb_s);
            best.decrypt_v1_mb_s = best.decrypt_v1_mb_s.max(t.decrypt_v1_mb_s);
            best.random_reads_per_s = best.random_reads_per_s.max(t.random_reads_per_s);
        }
        println!(
            "{mib} MiB, {padding:?}: encrypt {:.0} MB/s, decrypt {:.0} MB/s (a v1 blob: {:.0} MB/s), {:.0} random 4 KiB reads/s",
            best.encrypt_mb_s, best.decrypt_mb_s, best.decrypt_v1_mb_s, best.random_reads_per_s
        );
    }
    let floor = KdfParams::FLOOR.measure()?;
    println!("argon2id at the floor (64 MiB, t=3, p=1): {:.3} s", floor.as_secs_f64());
    let tuned = tune(Duration::from_millis(750))?;
    println!(
        "tune(0.75 s): m = {} MiB, t = {}, p = {}: {:.3} s",
        tuned.params.m_cost_kib() / 1024,
        tuned.params.t_cost(),
        tuned.params.p_cost(),
        tuned.took.as_secs_f64()
    );
    Ok(())
}
