//! Time to open a zip of many tiny members and read every member, with
//! vilab-zip and, as the peer, the `zip` crate's reader on the same file.
//!
//! ```sh
//! cargo run --release -p vilab-zip --example open_speed            # builds /tmp/vilab-zip-100k.zip
//! cargo run --release -p vilab-zip --example open_speed -- FILE    # any zip
//! ```
//!
//! Each figure is the median of 5 runs; the file is read from the page
//! cache after the first run.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use vilab_zip::{Limits, ZipArchive};

const MEMBERS: u32 = 100_000;

fn build(path: &PathBuf) -> io::Result<()> {
    let mut w = zip::ZipWriter::new(File::create(path)?);
    let opts = zip::write::SimpleFileOptions::default();
    for i in 0..MEMBERS {
        w.start_file(format!("seized/{:03}/img-{i:06}.jpg", i % 1000), opts)?;
        writeln!(w, "member {i}")?;
    }
    w.finish()?;
    Ok(())
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = match std::env::args().nth(1) {
        Some(p) => PathBuf::from(p),
        None => {
            let p = PathBuf::from("/tmp/vilab-zip-100k.zip");
            if !p.exists() {
                build(&p)?;
            }
            p
        }
    };
    println!("{} ({} bytes)", path.display(), std::fs::metadata(&path)?.len());
    let mut buf = vec![0u8; 64 * 1024];

    let (mut open_t, mut read_t, mut entries, mut bytes) = (Vec::new(), Vec::new(), 0, 0u64);
    for _ in 0..5 {
        let t = Instant::now();
        let mut a = ZipArchive::open(File::open(&path)?, &Limits::default())?;
        open_t.push(t.elapsed());
        let t = Instant::now();
        entries = a.entries().len();
        bytes = 0;
        for i in 0..entries as u32 {
            let mut r = a.open_index(i)?;
            loop {
                let n = r.read(&mut buf)?;
                if n == 0 {
                    break;
                }
                bytes += n as u64;
            }
        }
        read_t.push(t.elapsed());
    }
    let (o, r) = (median(open_t), median(read_t));
    println!("vilab-zip: {entries} entries, {bytes} bytes: open {o:.2?}, read all {r:.2?}, total {:.2?}", o + r);

    let (mut open_t, mut read_t) = (Vec::new(), Vec::new());
    for _ in 0..5 {
        let t = Instant::now();
        let mut a = zip::ZipArchive::new(io::BufReader::new(File::open(&path)?))?;
        open_t.push(t.elapsed());
        let t = Instant::now();
        entries = a.len();
        bytes = 0;
        for i in 0..entries {
            let mut f = a.by_index(i)?;
            loop {
                let n = f.read(&mut buf)?;
                if n == 0 {
                    break;
                }
                bytes += n as u64;
            }
        }
        read_t.push(t.elapsed());
    }
    let (o, r) = (median(open_t), median(read_t));
    println!("zip crate: {entries} entries, {bytes} bytes: open {o:.2?}, read all {r:.2?}, total {:.2?}", o + r);
    Ok(())
}
