//! `vilab media`: list and show media items, and list ingest errors.

use std::process::ExitCode;

use anyhow::Context;
use vilab_core::pdq::Dihedral;
use vilab_store::{MediaDetail, MediaKey, MediaQuery};

use crate::cli::LabArg;
use crate::{lab_path, messages, tsv};

pub fn list(lab: &LabArg, case: &str, limit: u32, offset: u32, json: bool) -> anyhow::Result<ExitCode> {
    let lab = lab_path::open(lab)?;
    let store = lab.store();
    let case = store.case_by_name(case)?.with_context(|| format!("no case '{case}' in this lab"))?;
    let rows = store.list_media(case.id, &MediaQuery { limit, offset: u64::from(offset), kind: None })?;
    if json {
        super::print_json(&rows)?;
        return Ok(ExitCode::SUCCESS);
    }
    outln!("id\tsha256\tkind\tsize\twidth\theight\tpdq\tquality\toccurrences\tfirst_path");
    for m in &rows {
        // The path is in its display form, escaped by the same convention
        // as every TSV field.
        outln!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            m.id,
            m.sha256,
            m.kind.as_str(),
            m.size,
            opt(m.width),
            opt(m.height),
            m.pdq.map(|p| p.to_hex()).unwrap_or_default(),
            opt(m.quality),
            m.occurrences,
            m.first_path.display_path()
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn show(lab: &LabArg, key: &str, json: bool) -> anyhow::Result<ExitCode> {
    let lab = lab_path::open(lab)?;
    let key = MediaKey::parse(key)?;
    let detail = lab.store().media(&key)?.with_context(|| format!("no media item matches {key}"))?;
    if json {
        super::print_json(&detail)?;
    } else {
        print_detail(&detail);
    }
    Ok(ExitCode::SUCCESS)
}

pub fn errors(lab: &LabArg, case: &str, json: bool) -> anyhow::Result<ExitCode> {
    let lab = lab_path::open(lab)?;
    let store = lab.store();
    let case = store.case_by_name(case)?.with_context(|| format!("no case '{case}' in this lab"))?;
    let errors = store.ingest_errors(case.id)?;
    if json {
        super::print_json(&errors)?;
        return Ok(ExitCode::SUCCESS);
    }
    outln!("exhibit\tpath\tarchive_path\tstage\tretry\treason");
    for (exhibit, e) in &errors {
        outln!(
            "{}\t{}\t{}\t{}\t{}\t{}",
            tsv::field(exhibit),
            e.key.path_display(),
            e.key.archive_display(),
            e.stage.as_str(),
            if e.transient { "yes" } else { "no" },
            tsv::field(&e.describe_en())
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn opt<T: std::fmt::Display>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

fn print_detail(d: &MediaDetail) {
    let r = &d.record;
    let line = |label: &str, value: String| outln!("{}", messages::line(label, tsv::field(&value)));
    outln!("Media item {}", d.id);
    line("sha256", r.digests.sha256.to_hex());
    line("md5", r.digests.md5.to_hex());
    line("sha1", r.digests.sha1.to_hex());
    line("kind", r.kind.mime().to_string());
    line("size", format!("{} bytes", r.digests.size));
    if let (Some(w), Some(h)) = (r.width, r.height) {
        line("pixels", format!("{w}x{h}"));
    }
    if let Some(pdq) = &r.pdq {
        line("pdq quality", pdq.quality.to_string());
        for (d, h) in Dihedral::ALL.iter().zip(pdq.hashes.iter()) {
            line(&format!("pdq {}", d.name()), h.to_hex());
        }
    }
    if let Some(t) = &r.thumbnail {
        line("thumbnail", t.to_hex());
    }
    if let Some(e) = &r.exif {
        let fields: [(&str, Option<String>); 11] = [
            ("exif make", e.make.clone()),
            ("exif model", e.model.clone()),
            ("exif body serial", e.body_serial.clone()),
            ("exif lens serial", e.lens_serial.clone()),
            ("exif taken (camera time)", e.datetime_original.clone()),
            ("exif time offset", e.offset_time_original.clone()),
            ("gps latitude", e.gps_latitude.map(|v| format!("{v:.6}"))),
            ("gps longitude", e.gps_longitude.map(|v| format!("{v:.6}"))),
            ("gps altitude (m)", e.gps_altitude.map(|v| format!("{v:.1}"))),
            ("exif orientation", e.orientation.map(|v| v.to_string())),
            ("exif software", e.software.clone()),
        ];
        for (label, value) in fields {
            if let Some(v) = value {
                line(label, v);
            }
        }
    }
    outln!("Occurrences ({})", d.occurrences.len());
    for o in &d.occurrences {
        let notes: Vec<String> = o.occurrence.notes.iter().map(messages::occurrence_note).collect();
        let notes = if notes.is_empty() { String::new() } else { format!("  ({})", notes.join("; ")) };
        outln!("  {} / {} : {}{notes}", tsv::field(&o.case), tsv::field(&o.exhibit), o.occurrence.key.display_path());
    }
    if !d.errors.is_empty() {
        outln!("Ingest errors ({})", d.errors.len());
        for e in &d.errors {
            let resolved = e.resolved_by.map(messages::resolved_by).unwrap_or_default();
            outln!(
                "  {} / {} : {} [{}] {}{resolved}",
                tsv::field(&e.case),
                tsv::field(&e.exhibit),
                e.error.key.display_path(),
                e.error.stage.as_str(),
                tsv::field(&e.error.describe_en())
            );
        }
    }
}
