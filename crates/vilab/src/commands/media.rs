//! `vilab media`: list and show media items, and list ingest errors.

use std::process::ExitCode;

use vilab_core::pdq::Dihedral;
use vilab_lab::ops::media::MediaView;
use vilab_lab::types::MediaKey;

use crate::cli::LabArg;
use crate::ui::{line, msgs};
use crate::{auth, lab_path, tsv, ui};

pub fn list(
    lab: &LabArg,
    user: Option<&str>,
    case: &str,
    limit: u32,
    offset: u32,
    json: bool,
) -> anyhow::Result<ExitCode> {
    let lab = lab_path::open(lab)?;
    let listing = auth::session(&lab, user)?.list_media(case, limit, u64::from(offset))?;
    if json {
        return super::print_shaped(&listing);
    }
    outln!(
        "id\tsha256\tkind\tsize\twidth\theight\tpdq\tquality\toccurrences\tcamera_make\tcamera_model\tbody_serial\ttaken\tgps\tfirst_path"
    );
    for m in &listing.items {
        // The path is in its display form, escaped by the same convention
        // as every TSV field.
        outln!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            m.id,
            m.sha256,
            m.kind.as_str(),
            m.size,
            opt(m.width),
            opt(m.height),
            m.pdq.map(|p| p.to_hex()).unwrap_or_default(),
            opt(m.quality),
            m.occurrences,
            tsv::field(m.camera.make.as_deref().unwrap_or("")),
            tsv::field(m.camera.model.as_deref().unwrap_or("")),
            tsv::field(m.camera.body_serial.as_deref().unwrap_or("")),
            tsv::field(m.taken.as_deref().unwrap_or("")),
            if m.has_gps { "yes" } else { "no" },
            m.first_path.display_path()
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn show(lab: &LabArg, user: Option<&str>, key: &str, json: bool) -> anyhow::Result<ExitCode> {
    let lab = lab_path::open(lab)?;
    let session = auth::session(&lab, user)?;
    let key = MediaKey::parse(key).map_err(|e| vilab_lab::AppError::invalid("key", e))?;
    let view = session.show_media(&key)?;
    if json {
        return super::print_shaped(&view);
    }
    print_detail(&view);
    Ok(ExitCode::SUCCESS)
}

pub fn errors(lab: &LabArg, user: Option<&str>, case: &str, json: bool) -> anyhow::Result<ExitCode> {
    let lab = lab_path::open(lab)?;
    let listing = auth::session(&lab, user)?.media_errors(case)?;
    if json {
        return super::print_shaped(&listing);
    }
    outln!("exhibit\tpath\tarchive_path\tstage\tretry\tcode\treason");
    for e in &listing.errors {
        outln!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}",
            tsv::field(&e.exhibit),
            e.error.key.path_display(),
            e.error.key.archive_display(),
            e.error.stage.as_str(),
            if e.error.transient { "yes" } else { "no" },
            e.error.code.as_str(),
            tsv::field(&super::describe_error(&e.error))
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// The times a seized disk's file system kept for an occurrence on it
/// (evidence of the seized system, unlike a folder copy's own times), in
/// UTC; `None` off a disk or where it kept none.
fn disk_times(o: &vilab_core::model::Occurrence) -> Option<String> {
    o.disk.as_ref()?;
    let times: Vec<String> = [
        o.modified.map(|t| tr!("media-place-modified", time = utc(t))),
        o.created.map(|t| tr!("media-place-created", time = utc(t))),
        o.accessed.map(|t| tr!("media-place-accessed", time = utc(t))),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!times.is_empty()).then(|| times.join(", "))
}

/// Unix seconds as an RFC 3339 UTC time; seconds outside the years
/// 1970-9999 (a damaged or hostile entry) as `@<seconds>`.
fn utc(seconds: i64) -> String {
    const YEAR_10000: i64 = 253_402_300_800;
    match u64::try_from(seconds) {
        Ok(s) if seconds < YEAR_10000 => {
            let at = std::time::UNIX_EPOCH + std::time::Duration::from_secs(s);
            humantime::format_rfc3339_seconds(at).to_string()
        }
        _ => format!("@{seconds}"),
    }
}

fn opt<T: std::fmt::Display>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

fn print_detail(d: &MediaView) {
    let field = |key: &str, value: String| outln!("{}", line(&msgs().get(key), tsv::field(&value)));
    outln!("{}", tr!("media-heading", id = d.id.to_string()));
    field("media-label-sha256", d.sha256.to_hex());
    field("media-label-md5", d.md5.to_hex());
    field("media-label-sha1", d.sha1.to_hex());
    field("media-label-kind", d.kind.mime().to_string());
    field("media-label-size", tr!("media-bytes", bytes = d.size));
    if let (Some(w), Some(h)) = (d.width, d.height) {
        field("media-label-pixels", format!("{w}x{h}"));
    }
    if let Some(pdq) = &d.pdq {
        field("media-label-pdq-quality", pdq.quality.to_string());
        for (dihedral, h) in Dihedral::ALL.iter().zip(pdq.hashes.iter()) {
            outln!("{}", line(&tr!("media-label-pdq", symmetry = dihedral.name()), h.to_hex()));
        }
    }
    if let Some(t) = &d.thumbnail {
        field("media-label-thumbnail", t.to_hex());
    }
    if let Some(e) = &d.exif {
        let fields: [(&str, Option<String>); 11] = [
            ("media-label-exif-make", e.make.clone()),
            ("media-label-exif-model", e.model.clone()),
            ("media-label-exif-body-serial", e.body_serial.clone()),
            ("media-label-exif-lens-serial", e.lens_serial.clone()),
            ("media-label-exif-taken", e.datetime_original.clone()),
            ("media-label-exif-offset", e.offset_time_original.clone()),
            ("media-label-gps-latitude", e.gps_latitude.map(|v| format!("{v:.6}"))),
            ("media-label-gps-longitude", e.gps_longitude.map(|v| format!("{v:.6}"))),
            ("media-label-gps-altitude", e.gps_altitude.map(|v| format!("{v:.1}"))),
            ("media-label-exif-orientation", e.orientation.map(|v| v.to_string())),
            ("media-label-exif-software", e.software.clone()),
        ];
        for (key, value) in fields {
            if let Some(v) = value {
                field(key, v);
            }
        }
    }
    outln!("{}", tr!("media-places", count = d.places.len()));
    for p in &d.places {
        let notes: Vec<String> = p.occurrence.notes.iter().map(super::occurrence_note).collect();
        let notes = if notes.is_empty() { String::new() } else { format!("  ({})", notes.join("; ")) };
        outln!("  {} / {} : {}{notes}", tsv::field(&p.case), tsv::field(&p.exhibit), p.occurrence.key.display_path());
        if let Some(times) = disk_times(&p.occurrence) {
            outln!("    {times}");
        }
    }
    if d.places_elsewhere > 0 {
        outln!("{}", tr!("media-places-elsewhere", count = d.places_elsewhere));
    }
    if !d.errors.is_empty() {
        outln!("{}", tr!("media-errors", count = d.errors.len()));
        for e in &d.errors {
            let resolved = e
                .resolved_by
                .map(|r| format!(" {}", tr!("ingest-resolved-by", run = r.to_string())))
                .unwrap_or_default();
            outln!(
                "  {} / {} : {} [{}] {}{resolved}",
                tsv::field(&e.case),
                tsv::field(&e.exhibit),
                e.error.key.display_path(),
                e.error.stage.as_str(),
                tsv::field(&super::describe_error(&e.error))
            );
        }
    }
    let _ = ui::msgs;
}
