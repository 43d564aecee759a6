//! Where files go in the fake laptop, and what they are called: camera
//! folders (`DCIM/100CANON`), dated albums under `Users/owner/Pictures`,
//! messenger and browser downloads, scans, screenshots, temp and backup
//! folders, with the naming habits of each.

use std::collections::BTreeSet;

use super::camera::{
    BANGKOK, CANON, Device, HANOI, HO_CHI_MINH_CITY, IPHONE, NIKON, OPPO, PHNOM_PENH, Place, SAMSUNG, SIEM_REAP,
    VIENTIANE, XIAOMI,
};
use super::clock::LocalTime;
use crate::rng::SynthRng;

/// How a folder's files are named.
#[derive(Clone, Copy)]
pub(crate) enum Naming {
    /// `IMG_1234.JPG`.
    Canon,
    /// `DSC_1234.JPG`.
    Nikon,
    /// `IMG_20240115_143022.jpg`, from the capture time.
    Phone,
    /// `photo_2024-01-15_14-30-22.jpg`.
    Telegram,
    /// `IMG-20240115-WA0007.jpg`.
    WhatsApp,
    /// `image (3).jpg`, `download (3).jpg` or a hex name.
    Browser,
    /// `Screenshot 2024-01-15 143022.png`.
    Screenshot,
    /// `scan_007.bmp`.
    Scan,
}

/// A folder of JPEG photos and where they came from.
pub(crate) struct Album {
    pub(crate) dir: &'static str,
    pub(crate) naming: Naming,
    /// The device that wrote their EXIF; `None` for stripped files
    /// (messengers and browsers remove EXIF).
    pub(crate) device: Option<&'static Device>,
    pub(crate) place: Option<&'static Place>,
    /// Year and month the photos were taken.
    pub(crate) year: i32,
    pub(crate) month: u32,
    /// Relative share of the JPEGs that land here.
    pub(crate) weight: usize,
}

const fn album(
    dir: &'static str,
    naming: Naming,
    device: Option<&'static Device>,
    place: Option<&'static Place>,
    (year, month): (i32, u32),
    weight: usize,
) -> Album {
    Album { dir, naming, device, place, year, month, weight }
}

/// The JPEG folders. Folder names include spaces and Vietnamese letters
/// on purpose: paths must survive ingest byte for byte.
pub(crate) const ALBUMS: &[Album] = &[
    album("DCIM/100CANON", Naming::Canon, Some(&CANON), None, (2024, 2), 6),
    album("DCIM/101NIKON", Naming::Nikon, Some(&NIKON), Some(&PHNOM_PENH), (2024, 5), 5),
    album("Users/owner/Pictures/2023/2023-07 Siem Reap", Naming::Phone, Some(&SAMSUNG), Some(&SIEM_REAP), (2023, 7), 4),
    album("Users/owner/Pictures/2024/2024-01 Bangkok", Naming::Phone, Some(&IPHONE), Some(&BANGKOK), (2024, 1), 4),
    album("Users/owner/Pictures/2024/2024-04 Vientiane", Naming::Phone, Some(&IPHONE), Some(&VIENTIANE), (2024, 4), 3),
    album("Users/owner/Pictures/2024/Hà Nội 2024", Naming::Phone, Some(&XIAOMI), Some(&HANOI), (2024, 9), 3),
    album("Users/owner/Pictures/Telegram Desktop", Naming::Telegram, None, None, (2024, 6), 3),
    album("Users/owner/Downloads", Naming::Browser, None, None, (2024, 8), 4),
    album("Users/owner/Downloads/WhatsApp Images", Naming::WhatsApp, None, None, (2024, 3), 3),
    album("Users/owner/Desktop", Naming::Browser, None, None, (2024, 10), 1),
    album("Users/guest/Pictures", Naming::Phone, Some(&OPPO), Some(&HO_CHI_MINH_CITY), (2023, 12), 2),
];

/// Where screenshots (PNG), downloads (GIF, WebP) and scans (BMP, TIFF) go.
pub(crate) const SCREENSHOTS: &str = "Users/owner/Pictures/Screenshots";
pub(crate) const DOWNLOADS: &str = "Users/owner/Downloads";
pub(crate) const SCANS: &str = "Users/owner/Documents/Scans";

impl Album {
    /// One album, drawn by weight.
    pub(crate) fn pick(rng: &mut SynthRng) -> &'static Album {
        let total: usize = ALBUMS.iter().map(|a| a.weight).sum();
        let mut ticket = rng.below(total);
        for album in ALBUMS {
            if ticket < album.weight {
                return album;
            }
            ticket -= album.weight;
        }
        &ALBUMS[0]
    }

    /// A random capture time within the album's month, in daylight.
    pub(crate) fn time(&self, rng: &mut SynthRng) -> LocalTime {
        random_time(rng, self.year, self.month)
    }
}

/// A random daytime moment in the given month (days 1..=28 exist in all).
pub(crate) fn random_time(rng: &mut SynthRng, year: i32, month: u32) -> LocalTime {
    LocalTime {
        year,
        month,
        day: rng.range_u32(1, 28),
        hour: rng.range_u32(7, 21),
        minute: rng.range_u32(0, 59),
        second: rng.range_u32(0, 59),
    }
}

/// Hands out file names, never the same path twice, with a running number
/// for the styles that count.
#[derive(Default)]
pub(crate) struct Namer {
    used: BTreeSet<String>,
    counter: u32,
}

impl Namer {
    /// A fresh path in `dir` named in `naming` style with extension `ext`.
    pub(crate) fn name(&mut self, rng: &mut SynthRng, dir: &str, naming: Naming, time: LocalTime, ext: &str) -> String {
        self.counter += 1;
        let n = self.counter;
        let t = time;
        let stem = match naming {
            Naming::Canon => format!("IMG_{:04}", 1000 + n),
            Naming::Nikon => format!("DSC_{:04}", 2000 + n),
            Naming::Phone => {
                format!("IMG_{:04}{:02}{:02}_{:02}{:02}{:02}", t.year, t.month, t.day, t.hour, t.minute, t.second)
            }
            Naming::Telegram => {
                format!("photo_{:04}-{:02}-{:02}_{:02}-{:02}-{:02}", t.year, t.month, t.day, t.hour, t.minute, t.second)
            }
            Naming::WhatsApp => format!("IMG-{:04}{:02}{:02}-WA{:04}", t.year, t.month, t.day, n % 10_000),
            Naming::Browser => match rng.below(3) {
                0 => format!("image ({n})"),
                1 => format!("download ({n})"),
                _ => format!("{:08x}", rng.next_u64() as u32),
            },
            Naming::Screenshot => format!(
                "Screenshot {:04}-{:02}-{:02} {:02}{:02}{:02}",
                t.year, t.month, t.day, t.hour, t.minute, t.second
            ),
            Naming::Scan => format!("scan_{n:03}"),
        };
        // Cameras shout their extension.
        let ext =
            if matches!(naming, Naming::Canon | Naming::Nikon) { ext.to_ascii_uppercase() } else { ext.to_string() };
        self.claim(&format!("{dir}/{stem}.{ext}"))
    }

    /// `path` itself if still free, otherwise `stem (2).ext`, `stem (3).ext`, ...
    pub(crate) fn claim(&mut self, path: &str) -> String {
        if self.used.insert(path.to_string()) {
            return path.to_string();
        }
        let (stem, ext) = split_extension(path);
        (2..)
            .map(|k| format!("{stem} ({k}){ext}"))
            .find(|candidate| self.used.insert(candidate.clone()))
            .expect("an unbounded range always yields a free name")
    }
}

/// `("dir/name", ".ext")`, or `(path, "")` when the file name has no dot.
pub(crate) fn split_extension(path: &str) -> (&str, &str) {
    let name_start = path.rfind('/').map_or(0, |i| i + 1);
    match path[name_start..].rfind('.') {
        Some(dot) if dot > 0 => path.split_at(name_start + dot),
        _ => (path, ""),
    }
}

/// The file name part of a `/`-separated path.
pub(crate) fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claim_never_repeats() {
        let mut namer = Namer::default();
        assert_eq!(namer.claim("a/b.jpg"), "a/b.jpg");
        assert_eq!(namer.claim("a/b.jpg"), "a/b (2).jpg");
        assert_eq!(namer.claim("a/b.jpg"), "a/b (3).jpg");
        assert_eq!(namer.claim("a/noext"), "a/noext");
        assert_eq!(namer.claim("a/noext"), "a/noext (2)");
    }

    #[test]
    fn extension_split() {
        assert_eq!(split_extension("x/y.z/file.tar"), ("x/y.z/file", ".tar"));
        assert_eq!(split_extension("x/y.z/file"), ("x/y.z/file", ""));
        assert_eq!(split_extension("x/.hidden"), ("x/.hidden", ""));
        assert_eq!(file_name("a/b/c.jpg"), "c.jpg");
    }
}
