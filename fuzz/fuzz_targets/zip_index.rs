//! vilab-zip on arbitrary bytes: open the archive (or, when that fails,
//! recover it with `scan_local_headers`), check what the index promises
//! (indices in order, no two entries sharing bytes), and read every member
//! under an output cap of 4 MiB for the whole input. Must not
//! panic, hang, or allocate by the sizes an archive declares; a member
//! reader must never yield more than its entry declares, and a clean end
//! means the declared count was met.
#![no_main]

use std::io::{Cursor, Read};

use libfuzzer_sys::fuzz_target;
use vilab_zip::{Limits, ZipArchive};

const OUTPUT_CAP: u64 = 4 << 20;

fuzz_target!(|data: &[u8]| {
    let limits = Limits { max_entries: 100_000, max_central_directory: 16 << 20 };
    let mut archive = match ZipArchive::open(Cursor::new(data), &limits) {
        Ok(a) => a,
        Err(_) => match ZipArchive::scan_local_headers(Cursor::new(data), &limits) {
            Ok(a) => {
                assert!(a.entries().iter().all(|e| e.recovered));
                a
            }
            Err(_) => return,
        },
    };

    let mut by_offset: Vec<_> = archive
        .entries()
        .iter()
        .enumerate()
        .inspect(|(i, e)| assert_eq!(e.index as usize, *i))
        .filter(|(_, e)| e.problem.is_none_or(|p| !p.is_local_header()))
        .map(|(_, e)| (e.local_header_offset, e.data_offset, e.data_end()))
        .collect();
    by_offset.sort_unstable();
    for w in by_offset.windows(2) {
        assert!(w[0].2 <= w[1].0, "entries share bytes: {w:?}");
    }
    for &(lho, data, _) in &by_offset {
        assert!(data >= lho + 30);
    }

    let mut left = OUTPUT_CAP;
    let mut buf = [0u8; 16 * 1024];
    for index in 0..archive.entries().len() as u32 {
        let declared = archive.entries()[index as usize].uncompressed_size;
        let Ok(mut reader) = archive.open_index(index) else { continue };
        loop {
            match reader.read(&mut buf) {
                Ok(0) => {
                    assert_eq!(reader.produced(), declared);
                    break;
                }
                Ok(n) => {
                    assert!(reader.produced() <= declared);
                    left = left.saturating_sub(n as u64);
                    if left == 0 {
                        return;
                    }
                }
                Err(_) => break,
            }
        }
    }
});
