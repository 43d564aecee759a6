//! vilab-disk's partition tables on arbitrary bytes as a disk image: MBR
//! with its extended chain, GPT with its backup, or none. Must not panic
//! or hang; every volume lies within the image, and a disk without a
//! table is one volume of the whole image.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vilab_disk::volume::{Scheme, read_volumes};
use vilab_disk::{MemImage, ReadAt};

fuzz_target!(|data: &[u8]| {
    let img = MemImage(data);
    let t = read_volumes(&img);
    for v in &t.volumes {
        assert!(v.start.checked_add(v.len).is_some_and(|end| end <= img.len()), "{v:?}");
    }
    if t.scheme == Scheme::None {
        assert_eq!(t.volumes.len(), 1);
        assert_eq!(t.volumes[0].len, img.len());
    }
    assert!(t.volumes.len() <= 4 + vilab_disk::volume::MAX_LOGICAL + 16_384);
});
