//! Writing VICS 2.0: the hash-set shape (`#Media`) and the case shape
//! (`#Cases`), one record at a time. PDQ and SHA-256 travel as
//! `AlternativeHashes` entries, as VICS has no slot of their own.

use std::io::Write;

use base64::Engine as _;
use serde_json::{Map, Value, json};
use vilab_core::known::KnownMedia;

const CONTEXT: &str = "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/Default/$metadata";

/// The case a case-shaped export describes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseHeader {
    /// `CaseID`, a GUID.
    pub case_id: String,
    /// `CaseNumber`.
    pub case_number: String,
    /// `SourceApplicationName`.
    pub application: String,
}

fn media_json(m: &KnownMedia, fallback_id: i64) -> Value {
    let mut o = Map::new();
    o.insert("MediaID".into(), json!(m.media_id.unwrap_or(fallback_id)));
    if let Some(h) = m.md5 {
        o.insert("MD5".into(), json!(h.to_hex()));
    }
    if let Some(h) = m.sha1 {
        o.insert("SHA1".into(), json!(h.to_hex()));
    }
    if let Some(c) = m.category {
        o.insert("Category".into(), json!(c));
    }
    o.insert("IsPrecategorized".into(), json!(m.is_precategorized.unwrap_or(m.category.is_some())));
    for (key, flag) in [
        ("VictimIdentified", m.victim_identified),
        ("OffenderIdentified", m.offender_identified),
        ("IsDistributed", m.is_distributed),
    ] {
        if let Some(flag) = flag {
            o.insert(key.into(), json!(flag));
        }
    }
    for (key, text) in [("Series", &m.series), ("Comments", &m.comments), ("Tags", &m.tags)] {
        if let Some(text) = text {
            o.insert(key.into(), json!(text));
        }
    }
    if let Some(size) = m.size {
        o.insert("MediaSize".into(), json!(size));
    }
    if let Some(p) = &m.photodna {
        o.insert("PhotoDNA".into(), json!(base64::engine::general_purpose::STANDARD.encode(p)));
    }
    let mut alternatives = Vec::new();
    if let Some(h) = m.pdq {
        alternatives.push(json!({ "HashName": "PDQ", "HashValue": h.to_hex() }));
    }
    if let Some(h) = m.sha256 {
        alternatives.push(json!({ "HashName": "SHA256", "HashValue": h.to_hex() }));
    }
    if !alternatives.is_empty() {
        o.insert("AlternativeHashes".into(), Value::Array(alternatives));
    }
    Value::Object(o)
}

/// Writes VICS 2.0: the case shape when `case` is given, else the hash-set
/// shape. Records without a `MediaID` are numbered from 1 in order.
pub fn write_vics2<W: Write>(
    out: &mut W,
    case: Option<&CaseHeader>,
    records: impl IntoIterator<Item = KnownMedia>,
) -> std::io::Result<u64> {
    let shape = if case.is_some() { "Cases" } else { "Media" };
    write!(out, "{{\"@odata.context\":\"{CONTEXT}#{shape}\",\"value\":[")?;
    if let Some(case) = case {
        write!(
            out,
            "{{\"CaseID\":{},\"CaseNumber\":{},\"SourceApplicationName\":{},\"Media\":[",
            json!(case.case_id),
            json!(case.case_number),
            json!(case.application)
        )?;
    }
    let mut n = 0u64;
    for (i, m) in records.into_iter().enumerate() {
        if i > 0 {
            out.write_all(b",\n")?;
        }
        serde_json::to_writer(&mut *out, &media_json(&m, i as i64 + 1))?;
        n += 1;
    }
    if case.is_some() {
        write!(out, "],\"TotalMediaFiles\":{n}}}")?;
    }
    out.write_all(b"]}\n")?;
    Ok(n)
}
