//! Lists a zip file's entries as vilab-zip sees them, one tab-separated line
//! each (index, hex name, method, compressed and uncompressed size, CRC-32,
//! local header offset), then reads every member and prints
//! `ok` or the error. For comparing with other tools by hand:
//!
//! ```sh
//! cargo run --release -p vilab-zip --example zip_list -- some.zip
//! ```

use std::fs::File;
use std::io::{self, BufReader};

use vilab_zip::{Limits, ZipArchive};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: zip_list FILE")?;
    let mut a = ZipArchive::open(BufReader::new(File::open(path)?), &Limits::default())?;
    println!("prepended\t{}", a.prepended_bytes());
    let entries = a.entries().to_vec();
    for e in &entries {
        let verdict = match a.open_entry(e) {
            Ok(mut r) => match io::copy(&mut r, &mut io::sink()) {
                Ok(_) => "ok".to_string(),
                Err(err) => err.to_string(),
            },
            Err(err) => err.to_string(),
        };
        let name: String = e.name.iter().map(|b| format!("{b:02x}")).collect();
        println!(
            "{}\t{}\t{}\t{}\t{}\t{:08x}\t{}\t{}",
            e.index, name, e.method, e.compressed_size, e.uncompressed_size, e.crc32, e.local_header_offset, verdict
        );
    }
    Ok(())
}
