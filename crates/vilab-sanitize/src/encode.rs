//! Re-encoding from pixels: a baseline JPEG from libjpeg-turbo's fast
//! settings (vilab-media's encoder: 4:2:0, no trellis, no progressive
//! scans; mozjpeg's own defaults are several times slower), then checked
//! to be a bare JFIF before it leaves.

use crate::{Rgb, SanitizeError};

/// A JPEG of `image`: SOI, one APP0 JFIF, tables, frame, scan, EOI and
/// nothing else (checked by [`jfif_problem`] on every output).
pub fn encode_jpeg(image: &Rgb, quality: u8) -> Result<Vec<u8>, SanitizeError> {
    if !(1..=100).contains(&quality) {
        return Err(SanitizeError::Quality(quality));
    }
    image.check()?;
    if image.width == 0 || image.height == 0 || image.width > 65_500 || image.height > 65_500 {
        return Err(SanitizeError::Encode(format!(
            "a JPEG cannot hold {}x{} pixels (1 to 65,500 a side)",
            image.width, image.height
        )));
    }
    let jpeg = vilab_media::jpeg::encode_rgb(&image.pixels, image.width, image.height, quality)
        .map_err(|e| SanitizeError::Encode(e.to_string()))?;
    if let Some(problem) = jfif_problem(&jpeg) {
        return Err(SanitizeError::Encode(format!("the encoder wrote {problem}")));
    }
    Ok(jpeg)
}

/// What makes `jpeg` more than a bare JFIF, or `None`: an APPn other than
/// one APP0 `JFIF`, a COM, an unknown marker, or any byte after EOI.
pub fn jfif_problem(jpeg: &[u8]) -> Option<String> {
    if !jpeg.starts_with(&[0xFF, 0xD8]) {
        return Some("no SOI at offset 0".into());
    }
    let mut at = 2;
    let mut app0 = 0;
    loop {
        if at + 1 >= jpeg.len() || jpeg[at] != 0xFF {
            return Some(format!("no marker at offset {at}"));
        }
        let marker = jpeg[at + 1];
        match marker {
            0xD9 => {
                return (at + 2 != jpeg.len())
                    .then(|| format!("{} bytes after EOI at offset {at}", jpeg.len() - at - 2));
            }
            0xE0 | 0xDB | 0xC0 | 0xC1 | 0xC2 | 0xC4 | 0xDD | 0xDA => {}
            0xE1..=0xEF => return Some(format!("APP{} at offset {at}", marker - 0xE0)),
            0xFE => return Some(format!("a comment (COM) at offset {at}")),
            other => return Some(format!("marker FF{other:02X} at offset {at}")),
        }
        let Some(len) = jpeg.get(at + 2..at + 4).map(|b| usize::from(u16::from_be_bytes([b[0], b[1]]))) else {
            return Some(format!("a cut segment at offset {at}"));
        };
        if marker == 0xE0 {
            app0 += 1;
            if app0 > 1 || jpeg.get(at + 4..at + 9) != Some(b"JFIF\0") {
                return Some(format!("an APP0 that is not the one JFIF header at offset {at}"));
            }
        }
        at += 2 + len;
        if marker == 0xDA {
            // Entropy-coded data: up to the next marker that is neither a
            // stuffed 0xFF00 nor a restart marker.
            while at + 1 < jpeg.len()
                && !(jpeg[at] == 0xFF && jpeg[at + 1] != 0 && !(0xD0..=0xD7).contains(&jpeg[at + 1]))
            {
                at += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_a_bare_jfif_must_not_hold() {
        let jpeg = encode_jpeg(&Rgb::filled(40, 30, [10, 200, 30]), 85).unwrap();
        assert_eq!(jfif_problem(&jpeg), None);
        let mut trailing = jpeg.clone();
        trailing.extend_from_slice(b"secret");
        assert!(jfif_problem(&trailing).unwrap().contains("6 bytes after EOI"));
        let mut com = jpeg[..2].to_vec();
        com.extend_from_slice(&[0xFF, 0xFE, 0, 4, b'h', b'i']);
        com.extend_from_slice(&jpeg[2..]);
        assert!(jfif_problem(&com).unwrap().contains("COM"));
        let mut app1 = jpeg[..2].to_vec();
        app1.extend_from_slice(&[0xFF, 0xE1, 0, 4, 0, 0]);
        app1.extend_from_slice(&jpeg[2..]);
        assert!(jfif_problem(&app1).unwrap().contains("APP1"));
        assert!(jfif_problem(&jpeg[..jpeg.len() / 2]).is_some());
        assert!(matches!(encode_jpeg(&Rgb::filled(0, 3, [0; 3]), 85), Err(SanitizeError::Encode(_))));
        assert!(matches!(encode_jpeg(&Rgb::filled(3, 3, [0; 3]), 0), Err(SanitizeError::Quality(0))));
    }
}
