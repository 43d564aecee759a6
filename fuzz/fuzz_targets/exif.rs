//! EXIF reading on arbitrary bytes, as if they were each container kind
//! that can carry EXIF (the JPEG path walks the segments itself; the others
//! go through kamadak-exif's container readers). Errors are fine; panics
//! are not.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vilab_core::model::MediaKind;
use vilab_media::exif_read::read_exif;

const KINDS: [MediaKind; 5] = [MediaKind::Jpeg, MediaKind::Png, MediaKind::Tiff, MediaKind::Webp, MediaKind::Heif];

fuzz_target!(|data: &[u8]| {
    for kind in KINDS {
        if let Ok(Some(fields)) = read_exif(data, kind) {
            // `Some` is only returned with at least one lead in it.
            assert!(!fields.is_empty());
        }
    }
});
