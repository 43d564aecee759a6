//! The devices and places behind the synthetic photos: two cameras that
//! write body serial numbers (the lead that links photos to one camera),
//! four phones that write GPS, and towns of the Mekong region.

use super::clock::{LocalTime, OFFSET_TEXT};
use crate::exif_write::{ExifTags, GpsPosition};
use crate::rng::SynthRng;

/// A town where synthetic photos are geotagged.
pub(crate) struct Place {
    pub(crate) latitude: f64,
    pub(crate) longitude: f64,
    /// Metres above sea level, roughly.
    pub(crate) altitude: f64,
}

/// Phnom Penh, Bangkok, Vientiane, Hanoi, Siem Reap, Ho Chi Minh City.
pub(crate) const PHNOM_PENH: Place = Place { latitude: 11.5564, longitude: 104.9282, altitude: 12.0 };
pub(crate) const BANGKOK: Place = Place { latitude: 13.7563, longitude: 100.5018, altitude: 2.0 };
pub(crate) const VIENTIANE: Place = Place { latitude: 17.9757, longitude: 102.6331, altitude: 174.0 };
pub(crate) const HANOI: Place = Place { latitude: 21.0278, longitude: 105.8342, altitude: 16.0 };
pub(crate) const SIEM_REAP: Place = Place { latitude: 13.3671, longitude: 103.8448, altitude: 18.0 };
pub(crate) const HO_CHI_MINH_CITY: Place = Place { latitude: 10.8231, longitude: 106.6297, altitude: 9.0 };

/// A device that writes EXIF, and what it writes.
pub(crate) struct Device {
    pub(crate) make: &'static str,
    pub(crate) model: &'static str,
    /// BodySerialNumber, for cameras that record it (phones do not).
    pub(crate) body_serial: Option<&'static str>,
    pub(crate) lens_serial: Option<&'static str>,
    /// Whether it records OffsetTimeOriginal (older cameras do not).
    pub(crate) writes_offset: bool,
    /// Whether it geotags (phones; cameras paired with a phone app).
    pub(crate) writes_gps: bool,
    pub(crate) software: &'static str,
    /// Typical JPEG quality range of the device.
    pub(crate) quality: (u32, u32),
}

/// A DSLR with body and lens serials but no GPS.
pub(crate) const CANON: Device = Device {
    make: "Canon",
    model: "Canon EOS 80D",
    body_serial: Some("083021004518"),
    lens_serial: Some("0000a3f1c2"),
    writes_offset: false,
    writes_gps: false,
    software: "Firmware Version 1.0.2",
    quality: (92, 96),
};

/// A DSLR that writes its serial and, paired with a phone, GPS.
pub(crate) const NIKON: Device = Device {
    make: "NIKON CORPORATION",
    model: "NIKON D5600",
    body_serial: Some("7104552"),
    lens_serial: None,
    writes_offset: true,
    writes_gps: true,
    software: "Ver.1.30",
    quality: (90, 95),
};

/// Phones: GPS and offset, never a serial number.
pub(crate) const IPHONE: Device = phone("Apple", "iPhone 13", "17.2.1");
pub(crate) const SAMSUNG: Device = phone("samsung", "SM-G991B", "G991BXXU5CWAA");
pub(crate) const XIAOMI: Device = phone("Xiaomi", "M2101K6G", "MIUI 14.0.4");
pub(crate) const OPPO: Device = phone("OPPO", "CPH2219", "CPH2219_11_F.21");

const fn phone(make: &'static str, model: &'static str, software: &'static str) -> Device {
    Device {
        make,
        model,
        body_serial: None,
        lens_serial: None,
        writes_offset: true,
        writes_gps: true,
        software,
        quality: (85, 93),
    }
}

impl Device {
    /// The EXIF tags this device writes for a photo taken at `time` near
    /// `place` (GPS jittered by up to about 3 km, as around a town).
    pub(crate) fn tags(&self, rng: &mut SynthRng, time: LocalTime, place: Option<&Place>) -> ExifTags {
        // Rounded to what receivers resolve (about 0.1 m, 0.1 m altitude);
        // short decimals also survive a JSON round trip of the manifest.
        let round = |value: f64, places: i32| (value * 10f64.powi(places)).round() / 10f64.powi(places);
        let gps = place.filter(|_| self.writes_gps).map(|p| GpsPosition {
            latitude: round(p.latitude + f64::from(rng.range_f32(-0.03, 0.03)), 6),
            longitude: round(p.longitude + f64::from(rng.range_f32(-0.03, 0.03)), 6),
            altitude: round((p.altitude + f64::from(rng.range_f32(-3.0, 25.0))).max(0.0), 1),
        });
        // Phones held upright store landscape pixels plus "rotate 90" (6).
        let orientation = if self.body_serial.is_none() && rng.chance(0.2) { 6 } else { 1 };
        ExifTags {
            make: Some(self.make.into()),
            model: Some(self.model.into()),
            body_serial: self.body_serial.map(Into::into),
            lens_serial: self.lens_serial.map(Into::into),
            datetime_original: Some(time.exif_text()),
            offset_time_original: self.writes_offset.then(|| OFFSET_TEXT.into()),
            gps,
            orientation: Some(orientation),
            software: Some(self.software.into()),
        }
    }
}
