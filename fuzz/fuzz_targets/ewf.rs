//! vilab-disk's EWF-E01 reader on arbitrary bytes as a one-segment set:
//! the section walk, the volume and table sections, then a full
//! verification (every chunk inflated or checksummed, MD5/SHA-1 against
//! the stored ones) and positioned reads. Must not panic, hang, or
//! allocate by the sizes the image declares (chunks are bounded by
//! `MAX_CHUNK_SIZE` and by the segment's own length).
#![no_main]

use libfuzzer_sys::fuzz_target;
use vilab_disk::ewf::EwfImage;
use vilab_disk::{MemImage, ReadAt};

fuzz_target!(|data: &[u8]| {
    let segment: Box<dyn ReadAt> = Box::new(MemImage(data.to_vec()));
    let Ok(img) = EwfImage::from_segments(vec![("fuzz.E01".into(), segment)]) else { return };
    if let Ok(v) = img.verify() {
        assert_eq!(v.bytes, img.len());
    }
    let mut buf = [0u8; 4096];
    for off in [0, img.len() / 2, img.len().saturating_sub(4096)] {
        let n = (img.len() - off).min(buf.len() as u64) as usize;
        let _ = img.read_at(off, &mut buf[..n]);
    }
});
