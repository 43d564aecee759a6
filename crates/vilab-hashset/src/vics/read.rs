//! The streaming reader: the top-level object is walked key by key and the
//! `value` array (and each case's `Media` array) element by element, each
//! record handed to the caller as soon as it is read, so memory stays flat
//! whatever the file's size.

use std::cell::{Cell, RefCell};
use std::fmt;
use std::io::{BufReader, Read};
use std::rc::Rc;

use base64::Engine as _;
use roaring::RoaringTreemap;
use serde::Serialize;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use vilab_core::{Md5, PdqHash, Sha1, Sha256};

use super::raw::RawMedia;
use crate::error::{HashsetError, Result};
use vilab_core::known::KnownMedia;

/// The OData generation of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum VicsVersion {
    /// 1.1–1.3, root key `odata.metadata`.
    V1,
    /// 2.0, root key `@odata.context`.
    V2,
}

/// What the file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum VicsShape {
    /// `value` is a list of media.
    Media,
    /// `value` is a list of cases, each with its media.
    Cases,
}

/// What a read found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VicsSummary {
    /// From the root key, when present.
    pub version: Option<VicsVersion>,
    /// From the metadata's `#Media` / `#Cases`, else from the records.
    pub shape: Option<VicsShape>,
    /// The metadata URL as written.
    pub context: Option<String>,
    /// Media records handed over.
    pub media: u64,
    /// Cases seen.
    pub cases: u64,
    /// Bytes read.
    pub bytes: u64,
}

/// Reads a VICS file, handing every media record to `sink` in file order.
/// A sink error stops the read. Duplicate `MediaID`s are refused.
pub fn read_vics<R: Read>(reader: R, sink: &mut dyn FnMut(KnownMedia) -> Result<(), String>) -> Result<VicsSummary> {
    let offset = Rc::new(Cell::new(0u64));
    let counting = Counting { inner: reader, offset: Rc::clone(&offset) };
    let mut json = serde_json::Deserializer::from_reader(BufReader::with_capacity(1 << 16, counting));
    let state = RefCell::new(State {
        sink,
        offset: Rc::clone(&offset),
        seen: RoaringTreemap::new(),
        failure: None,
        summary: VicsSummary { version: None, shape: None, context: None, media: 0, cases: 0, bytes: 0 },
        saw_value: false,
    });
    let mut track = serde_path_to_error::Track::new();
    let result = RootSeed { state: &state }
        .deserialize(serde_path_to_error::Deserializer::new(&mut json, &mut track))
        .and_then(|()| json.end());
    let mut state = state.into_inner();
    if let Some(failure) = state.failure.take() {
        return Err(failure);
    }
    if let Err(e) = result {
        if e.is_io() {
            return Err(HashsetError::Io(std::io::Error::other(e.to_string())));
        }
        let path = track.path().to_string();
        let field = if path.is_empty() || path == "." { "-".to_string() } else { path };
        let message = e.to_string();
        let message = message.split(" at line ").next().unwrap_or(&message).to_string();
        return Err(HashsetError::Syntax { line: e.line(), column: e.column(), field, message });
    }
    if !state.saw_value {
        return Err(HashsetError::NotVics("no \"value\" list at the top level".into()));
    }
    state.summary.bytes = offset.get();
    Ok(state.summary)
}

struct Counting<R> {
    inner: R,
    offset: Rc<Cell<u64>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.offset.set(self.offset.get() + n as u64);
        Ok(n)
    }
}

struct State<'s> {
    sink: &'s mut dyn FnMut(KnownMedia) -> Result<(), String>,
    /// Bytes the JSON reader has pulled; with its 64 KiB buffer this is at
    /// most that far past the record being read.
    offset: Rc<Cell<u64>>,
    /// MediaIDs handed over so far. A roaring bitmap rather than a hash set:
    /// real files number their media from a few dense ranges, which it keeps
    /// in a few bits per id, so memory stays near flat even at millions of
    /// records (a `HashSet<i64>` took 70–100 MB at 4M). Ids are stored as
    /// their `u64` bit pattern, negative ones included.
    seen: RoaringTreemap,
    failure: Option<HashsetError>,
    summary: VicsSummary,
    saw_value: bool,
}

impl State<'_> {
    fn deliver<E: de::Error>(&mut self, raw: RawMedia, case_index: Option<u64>) -> Result<(), E> {
        let index = self.summary.media;
        let media_id = raw.media_id.map_or_else(|| "-".to_string(), |m| m.to_string());
        let fail = |field: &str, message: String, offset: u64| HashsetError::Record {
            record: index,
            media_id: media_id.clone(),
            offset,
            field: field.into(),
            message,
        };
        let offset = self.offset.get();
        let converted = convert(raw, case_index).map_err(|(field, message)| fail(field, message, offset));
        let outcome = converted.and_then(|media| {
            if let Some(id) = media.media_id
                && !self.seen.insert(id as u64)
            {
                return Err(fail("MediaID", format!("MediaID {id} appears twice"), offset));
            }
            (self.sink)(media).map_err(HashsetError::Sink)
        });
        match outcome {
            Ok(()) => {
                self.summary.media += 1;
                Ok(())
            }
            Err(e) => {
                self.failure = Some(e);
                Err(E::custom("record refused"))
            }
        }
    }
}

fn convert(raw: RawMedia, case_index: Option<u64>) -> Result<KnownMedia, (&'static str, String)> {
    fn hex<T>(
        value: Option<String>,
        field: &'static str,
        parse: impl Fn(&str) -> Result<T, vilab_core::CoreError>,
    ) -> Result<Option<T>, (&'static str, String)> {
        match value.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(text) => parse(text).map(Some).map_err(|e| (field, e.to_string())),
        }
    }
    let mut media = KnownMedia {
        media_id: raw.media_id,
        md5: hex(raw.md5, "MD5", Md5::from_hex)?,
        sha1: hex(raw.sha1, "SHA1", Sha1::from_hex)?,
        category: raw.category,
        series: raw.series.filter(|s| !s.is_empty()),
        victim_identified: raw.victim_identified,
        offender_identified: raw.offender_identified,
        is_distributed: raw.is_distributed,
        is_precategorized: raw.is_precategorized,
        comments: raw.comments.filter(|s| !s.is_empty()),
        tags: raw.tags.filter(|s| !s.is_empty()),
        size: raw
            .size
            .map(|s| u64::try_from(s).map_err(|_| ("MediaSize", format!("negative size {s}"))))
            .transpose()?,
        case_index,
        ..KnownMedia::default()
    };
    if let Some(p) = raw.photodna.as_deref().filter(|p| !p.trim().is_empty()) {
        media.photodna = Some(photodna(p).map_err(|m| ("PhotoDNA", m))?);
    }
    for alt in raw.alternative_hashes.unwrap_or_default() {
        let (Some(name), Some(value)) = (alt.name, alt.value) else { continue };
        let value = value.trim().to_string();
        match name.trim().to_ascii_uppercase().replace('-', "").as_str() {
            "PDQ" => media.pdq = hex(Some(value), "AlternativeHashes.PDQ", PdqHash::from_hex)?,
            "SHA256" => media.sha256 = hex(Some(value), "AlternativeHashes.SHA256", Sha256::from_hex)?,
            "SHA1" if media.sha1.is_none() => media.sha1 = hex(Some(value), "AlternativeHashes.SHA1", Sha1::from_hex)?,
            "MD5" if media.md5.is_none() => media.md5 = hex(Some(value), "AlternativeHashes.MD5", Md5::from_hex)?,
            "PHOTODNA" if media.photodna.is_none() => {
                media.photodna = Some(photodna(&value).map_err(|m| ("AlternativeHashes.PhotoDNA", m))?);
            }
            _ => {}
        }
    }
    Ok(media)
}

/// PhotoDNA: 144 bytes, as 192 base64 characters or 288 hex digits.
fn photodna(text: &str) -> Result<Vec<u8>, String> {
    let text = text.trim();
    let bytes = if text.len() == 288 && text.bytes().all(|b| b.is_ascii_hexdigit()) {
        (0..144).map(|i| u8::from_str_radix(&text[2 * i..2 * i + 2], 16).unwrap_or(0)).collect()
    } else {
        base64::engine::general_purpose::STANDARD.decode(text).map_err(|e| format!("not base64 or hex: {e}"))?
    };
    if bytes.len() == 144 { Ok(bytes) } else { Err(format!("{} bytes, a PhotoDNA hash has 144", bytes.len())) }
}

struct RootSeed<'a, 's> {
    state: &'a RefCell<State<'s>>,
}

impl<'de> DeserializeSeed<'de> for RootSeed<'_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for RootSeed<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a VICS object with \"value\"")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "odata.metadata" | "@odata.context" => {
                    let context: String = map.next_value()?;
                    let mut state = self.state.borrow_mut();
                    state.summary.version =
                        Some(if key == "odata.metadata" { VicsVersion::V1 } else { VicsVersion::V2 });
                    if context.ends_with("#Cases") {
                        state.summary.shape = Some(VicsShape::Cases);
                    } else if context.ends_with("#Media") {
                        state.summary.shape = Some(VicsShape::Media);
                    }
                    state.summary.context = Some(context);
                }
                "value" => {
                    self.state.borrow_mut().saw_value = true;
                    map.next_value_seed(ListSeed { state: self.state, case_index: None })?;
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
}

/// A list of media (`value` of a hash set, `Media` of a case) or of cases.
struct ListSeed<'a, 's> {
    state: &'a RefCell<State<'s>>,
    case_index: Option<u64>,
}

impl<'de> DeserializeSeed<'de> for ListSeed<'_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for ListSeed<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of media or cases")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let shape = self.state.borrow().summary.shape;
        if self.case_index.is_some() || shape == Some(VicsShape::Media) {
            // Media records: read straight into the typed record.
            while let Some(raw) = seq.next_element::<RawMedia>()? {
                self.state.borrow_mut().deliver(raw, self.case_index)?;
            }
        } else {
            while seq.next_element_seed(ElementSeed { state: self.state })?.is_some() {}
        }
        Ok(())
    }
}

/// An element of `value` when the shape is not declared up front: a case
/// (it has `Media`) or a media record.
struct ElementSeed<'a, 's> {
    state: &'a RefCell<State<'s>>,
}

impl<'de> DeserializeSeed<'de> for ElementSeed<'_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for ElementSeed<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a media record or a case")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut fields = serde_json::Map::new();
        let mut is_case = false;
        let case_index = self.state.borrow().summary.cases;
        while let Some(key) = map.next_key::<String>()? {
            if key == "Media" {
                is_case = true;
                map.next_value_seed(ListSeed { state: self.state, case_index: Some(case_index) })?;
            } else {
                let value: serde_json::Value = map.next_value()?;
                fields.insert(key, value);
            }
        }
        let mut state = self.state.borrow_mut();
        if is_case || fields.contains_key("CaseID") || state.summary.shape == Some(VicsShape::Cases) {
            state.summary.cases += 1;
            state.summary.shape.get_or_insert(VicsShape::Cases);
            return Ok(());
        }
        state.summary.shape.get_or_insert(VicsShape::Media);
        let raw: RawMedia = serde_json::from_value(serde_json::Value::Object(fields)).map_err(de::Error::custom)?;
        state.deliver(raw, None)
    }
}
