//! vilab-disk's carver on arbitrary bytes, byte-granular and at sector
//! starts: JPEG, PNG, GIF, BMP, WebP and MP4 headers measured by their
//! structure. Must not panic or hang; every item lies within the input,
//! items do not overlap, and each starts with its format's header.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vilab_disk::carve::{CarveOptions, carve};
use vilab_disk::{Extent, MemImage, ReadAt};

fuzz_target!(|data: &[u8]| {
    let img = MemImage(data);
    let whole = Extent { offset: 0, len: img.len() };
    for alignment in [1, 512] {
        let mut last_end = 0u64;
        let errors = carve(&img, [whole], CarveOptions { alignment, max_size: 1 << 20 }, |c| {
            assert!(c.offset >= last_end && c.len > 0 && c.offset + c.len <= img.len(), "{c:?}");
            assert_eq!(c.offset % alignment, 0);
            last_end = c.offset + c.len;
        });
        assert!(errors.is_empty());
    }
});
