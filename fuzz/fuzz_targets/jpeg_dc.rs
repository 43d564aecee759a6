//! The DC-only JPEG decoder (`vilab_media::jpeg_dc`) on arbitrary bytes. It
//! must never panic, and whatever it decodes must be exactly the picture
//! libjpeg-turbo gives at 1/8 scale, of a file libjpeg decodes without a
//! warning: ingest stores what the DC decoder returns and relies on libjpeg
//! (the fallback) for every file it declines, damaged ones included.
//!
//! Seed it with real baseline JPEGs (`../shared/testdata/pdq/images`, or
//! `vilab bench hash`'s generated ones): random bytes rarely reach the
//! entropy decoder.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vilab_media::jpeg::decode_jpeg;
use vilab_media::jpeg_dc::decode_eighth;

fuzz_target!(|data: &[u8]| {
    // As the `analyze` target: 4 MP keeps one iteration well under
    // libFuzzer's memory limit.
    let max_pixels = 4_000_000;
    let Ok(ours) = decode_eighth(data, max_pixels) else { return };
    let libjpeg = match decode_jpeg(data, max_pixels, |_, _| 8) {
        Ok(decoded) => decoded,
        Err(e) => panic!("the DC decoder decoded what libjpeg refuses: {e}"),
    };
    assert_eq!(libjpeg.warnings, 0, "libjpeg warned: {:?}", libjpeg.first_warning);
    let image = libjpeg.image;
    assert_eq!((ours.width, ours.height), (image.width, image.height));
    assert_eq!((ours.full_width, ours.full_height), (image.full_width, image.full_height));
    if let Some(at) = ours.rgb.iter().zip(&image.rgb).position(|(a, b)| a != b) {
        panic!("pixels differ from libjpeg's at byte {at} of {}", ours.rgb.len());
    }
    assert_eq!(ours.rgb.len(), image.rgb.len());
});
