//! The pixels analysis holds (grey as one channel, a GIF's first frame
//! without the screen around it, RGBA and grey-alpha without alpha) give
//! the PDQ hashes and the thumbnail of the `image` crate's RGB decode, the
//! path analysis took before.

use std::io::Cursor;

use image::{DynamicImage, ImageFormat};
use vilab_media::analyze::pdq_of;
use vilab_media::thumbnail::make_thumbnail;
use vilab_media::{AnalyzeOptions, DecodedImage, analyze};
use vilab_synth::{Encoding, encode, scene};

fn written(image: &DynamicImage, format: ImageFormat) -> Vec<u8> {
    let mut out = Vec::new();
    image.write_to(&mut Cursor::new(&mut out), format).unwrap();
    out
}

/// A GIF of a 300 x 200 frame at (250, 120) on a 900 x 700 screen.
fn framed_gif() -> Vec<u8> {
    let picture = scene(21, 300, 200);
    let mut frame = gif::Frame::from_rgb_speed(300, 200, picture.as_raw(), 30);
    (frame.left, frame.top) = (250, 120);
    let mut out = Vec::new();
    {
        let mut encoder = gif::Encoder::new(&mut out, 900, 700, &[]).unwrap();
        encoder.write_frame(&frame).unwrap();
    }
    out
}

#[test]
fn held_pixels_hash_and_thumbnail_as_the_image_crates_rgb() {
    let photo = DynamicImage::ImageRgb8(scene(20, 900, 640));
    let cases = vec![
        ("grey png", written(&DynamicImage::ImageLuma8(photo.to_luma8()), ImageFormat::Png)),
        ("grey-alpha png", written(&DynamicImage::ImageLumaA8(photo.to_luma_alpha8()), ImageFormat::Png)),
        ("grey 16-bit png", written(&DynamicImage::ImageLuma16(photo.to_luma16()), ImageFormat::Png)),
        ("rgba png", written(&DynamicImage::ImageRgba8(photo.to_rgba8()), ImageFormat::Png)),
        ("rgb 16-bit png", written(&DynamicImage::ImageRgb16(photo.to_rgb16()), ImageFormat::Png)),
        ("grey tiff", written(&DynamicImage::ImageLuma8(photo.to_luma8()), ImageFormat::Tiff)),
        ("gif", encode(&photo.to_rgb8(), Encoding::Gif).unwrap()),
        ("framed gif", framed_gif()),
        ("webp", encode(&photo.to_rgb8(), Encoding::WebpLossless).unwrap()),
        ("bmp", encode(&photo.to_rgb8(), Encoding::Bmp).unwrap()),
    ];
    for (name, bytes) in cases {
        let rgb = image::load_from_memory(&bytes).unwrap().into_rgb8();
        let (width, height) = rgb.dimensions();
        let before =
            DecodedImage { width, height, rgb: rgb.into_raw(), full_width: width, full_height: height, damage: None };
        let analysis = analyze(&bytes, &AnalyzeOptions::default());
        assert!(analysis.problems.is_empty(), "{name}: {:?}", analysis.problems);
        assert_eq!(analysis.pdq.unwrap(), pdq_of(&before).unwrap(), "{name}");
        assert_eq!(analysis.thumbnail.unwrap(), make_thumbnail(&before, 256).unwrap(), "{name}");
    }
}
