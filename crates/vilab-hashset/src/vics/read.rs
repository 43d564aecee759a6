//! The streaming reader: the input is read in large chunks into a buffer of
//! our own; a small structural scanner walks the top-level object key by key
//! and the `value` array (and each case's `Media` array) element by element.
//! Each media record is found by a balanced scan of its bytes and parsed from
//! that slice, its text fields borrowed, then handed to the caller at once.
//! The buffer holds at most one record (plus a chunk), so memory stays flat
//! whatever the file's size.

use std::fmt;
use std::io::{self, Read};

use base64::Engine as _;
use roaring::RoaringTreemap;
use serde::Serialize;
use serde::de::{self, Deserialize as _, DeserializeSeed, Deserializer, IgnoredAny, Visitor};
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

/// Bytes asked of the reader at a time: large enough that the per-call cost
/// vanishes, small enough to stay in cache.
const CHUNK: usize = 1 << 20;
/// The buffer's first size, doubled as needed.
const FIRST_BUFFER: usize = 8 << 10;
/// The largest single record (or key, or metadata value) accepted: a record
/// is kept whole in memory while it is parsed, so a broken file (a missing
/// quote that swallows the rest) must not make the buffer grow without end.
const MAX_RECORD: usize = crate::MAX_RECORD;
/// A value that is skipped (an unknown key's) is checked from the buffer when
/// it is at most this long, else streamed through a byte-wise skip that keeps
/// nothing, so a huge unknown value costs time, not memory.
const SKIP_WINDOW: usize = 1 << 20;

/// Reads a VICS file, handing every media record to `sink` in file order.
/// A sink error stops the read. Duplicate `MediaID`s are refused, and so is
/// a single record over 64 MiB. Memory stays flat whatever the file's size.
pub fn read_vics<R: Read>(reader: R, sink: &mut dyn FnMut(KnownMedia) -> Result<(), String>) -> Result<VicsSummary> {
    read_vics_with(reader, sink, Limits { chunk: CHUNK, max_record: MAX_RECORD, skip_window: SKIP_WINDOW })
}

/// The reader's sizes, apart so that tests can make every boundary fall
/// everywhere with small ones.
#[derive(Debug, Clone, Copy)]
struct Limits {
    /// Bytes asked of the reader at a time.
    chunk: usize,
    /// The largest record, key or metadata value accepted.
    max_record: usize,
    /// The longest skipped value checked from the buffer.
    skip_window: usize,
}

/// [`read_vics`] with the sizes given.
fn read_vics_with<R: Read>(
    reader: R,
    sink: &mut dyn FnMut(KnownMedia) -> Result<(), String>,
    limits: Limits,
) -> Result<VicsSummary> {
    let mut walk = Walk {
        input: Input::new(reader, &limits),
        state: State {
            sink,
            seen: RoaringTreemap::new(),
            summary: VicsSummary { version: None, shape: None, context: None, media: 0, cases: 0, bytes: 0 },
            saw_value: false,
        },
        limits,
    };
    walk.root()?;
    walk.rest()?;
    if !walk.state.saw_value {
        return Err(HashsetError::NotVics("no \"value\" list at the top level".into()));
    }
    walk.state.summary.bytes = walk.input.offset();
    Ok(walk.state.summary)
}

/// The input and our buffer of it. Offsets (`u64`) are from the start of the
/// file; indices (`usize`) are into `buf`, whose first byte is at `base`.
struct Input<R> {
    reader: R,
    buf: Vec<u8>,
    base: u64,
    /// The cursor: the next byte to walk.
    pos: usize,
    /// The end of the bytes read so far.
    end: usize,
    eof: bool,
    chunk: usize,
    /// The most the buffer grows to by doubling: a record at the limit plus
    /// read-ahead (past that it grows only by what a read needs).
    cap: usize,
    /// The start of a record being walked key by key (an element of unknown
    /// shape, which may yet prove to be a media record and then be parsed
    /// whole): its bytes stay until `pin_limit` bytes past it.
    pin: Option<u64>,
    pin_limit: usize,
    /// Lines counted in the bytes before `base`, for error positions.
    line: usize,
    line_start: u64,
}

/// Where a value the scanner looked for ends.
enum Span {
    /// Its end, one past its last byte.
    End(u64),
    /// It runs past the limit given.
    TooBig,
    /// The input ends inside it; the buffer holds it from its start to the end.
    Eof,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// Bytes that end a bare value (number, `true`, …) in JSON text.
fn ends_scalar(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b',' | b':' | b'[' | b']' | b'{' | b'}' | b'"')
}

impl<R: Read> Input<R> {
    fn new(reader: R, limits: &Limits) -> Self {
        let chunk = limits.chunk.max(1);
        Input {
            reader,
            buf: Vec::new(),
            base: 0,
            pos: 0,
            end: 0,
            eof: false,
            chunk,
            cap: limits.max_record.max(limits.skip_window).saturating_add(2 * chunk),
            pin: None,
            pin_limit: 0,
            line: 1,
            line_start: 0,
        }
    }

    fn offset(&self) -> u64 {
        self.base + self.pos as u64
    }

    fn index(&self, offset: u64) -> usize {
        // Callers ask only for offsets still in the buffer.
        usize::try_from(offset.saturating_sub(self.base)).unwrap_or(usize::MAX)
    }

    /// Reads more, first dropping the bytes before the cursor, `hold` and the
    /// pin. `Ok(false)` at the end of the input.
    fn fill(&mut self, hold: u64) -> io::Result<bool> {
        if self.eof {
            return Ok(false);
        }
        if let Some(pin) = self.pin
            && self.offset().saturating_sub(pin) > self.pin_limit as u64
        {
            // The record is too large to be parsed whole; its walk goes on
            // and the caller refuses it when it ends.
            self.pin = None;
        }
        let keep = self.offset().min(hold).min(self.pin.unwrap_or(u64::MAX));
        let drop = self.index(keep);
        if drop > 0 {
            let gone = &self.buf[..drop];
            if let Some(last) = memchr::memrchr(b'\n', gone) {
                self.line += memchr::memchr_iter(b'\n', gone).count();
                self.line_start = self.base + last as u64 + 1;
            }
            self.buf.copy_within(drop..self.end, 0);
            self.base += drop as u64;
            self.pos -= drop;
            self.end -= drop;
        }
        if self.buf.len() - self.end < self.chunk {
            // From a small buffer (a small file needs no more), doubling until
            // a whole chunk fits, and as a record grows: its copies stay linear.
            let doubled = self.buf.len().saturating_mul(2).max(FIRST_BUFFER).min(self.cap);
            let len = doubled.max(self.end + self.chunk.min(FIRST_BUFFER));
            if len > self.buf.len() {
                self.buf.resize(len, 0);
            }
        }
        let room = self.buf.len().min(self.end + self.chunk);
        loop {
            match self.reader.read(&mut self.buf[self.end..room]) {
                Ok(0) => {
                    self.eof = true;
                    return Ok(false);
                }
                Ok(n) => {
                    self.end += n;
                    return Ok(true);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }

    /// Steps over a UTF-8 byte-order mark at the very start: RFC 8259 lets
    /// a reader ignore one, and files saved by Windows tools often begin
    /// with it. Columns on the first line count from after it.
    fn skip_byte_order_mark(&mut self) -> io::Result<()> {
        const MARK: &[u8] = b"\xEF\xBB\xBF";
        while self.end - self.pos < MARK.len() && self.fill(u64::MAX)? {}
        if self.offset() == 0 && self.buf[self.pos..self.end].starts_with(MARK) {
            self.pos += MARK.len();
            self.line_start = self.offset();
        }
        Ok(())
    }

    /// The next byte that is not whitespace, left unconsumed; `None` at the end.
    fn peek(&mut self) -> io::Result<Option<u8>> {
        loop {
            while self.pos < self.end {
                let b = self.buf[self.pos];
                if !is_space(b) {
                    return Ok(Some(b));
                }
                self.pos += 1;
            }
            if !self.fill(u64::MAX)? {
                return Ok(None);
            }
        }
    }

    /// Finds the end of the value whose first byte is at the cursor, reading
    /// more as needed but consuming nothing: its bytes stay in the buffer.
    /// Not a parse: strings are followed (escapes included) and brackets
    /// counted; the slice found is then parsed, which checks the rest.
    fn locate(&mut self, limit: usize) -> io::Result<Span> {
        let start = self.offset();
        let first = self.buf[self.pos];
        let scalar = !matches!(first, b'{' | b'[' | b'"');
        let (mut depth, mut in_string) = (0usize, false);
        // Bytes of the value scanned so far.
        let mut done = 0usize;
        loop {
            let bytes = &self.buf[self.pos..self.end];
            let found = if scalar {
                match bytes[done..].iter().position(|&b| ends_scalar(b)) {
                    Some(i) => Some(done + i),
                    None => {
                        done = bytes.len();
                        None
                    }
                }
            } else {
                scan(bytes, &mut done, &mut depth, &mut in_string)
            };
            if let Some(end) = found {
                return Ok(if end > limit { Span::TooBig } else { Span::End(start + end as u64) });
            }
            if done > limit {
                return Ok(Span::TooBig);
            }
            if !self.fill(start)? {
                // A bare value may end the input; anything else is cut off.
                return Ok(if scalar { Span::End(self.base + self.end as u64) } else { Span::Eof });
            }
        }
    }

    /// The line and the bytes before `offset` on it (a 0-based column).
    fn position(&self, offset: u64) -> (usize, u64) {
        if offset < self.base {
            // Gone from the buffer (never asked for): the last line known.
            return (self.line, offset.saturating_sub(self.line_start));
        }
        let upto = &self.buf[..self.index(offset).min(self.end)];
        match memchr::memrchr(b'\n', upto) {
            Some(last) => {
                (self.line + memchr::memchr_iter(b'\n', upto).count(), offset - (self.base + last as u64 + 1))
            }
            None => (self.line, offset - self.line_start),
        }
    }
}

/// Scans a string, object or list from `*done` on: returns one past its end,
/// or `None` when `bytes` ends first, with `*done` where to go on from.
fn scan(bytes: &[u8], done: &mut usize, depth: &mut usize, in_string: &mut bool) -> Option<usize> {
    let mut i = *done;
    loop {
        if *in_string {
            match memchr::memchr2(b'"', b'\\', &bytes[i..]) {
                None => {
                    *done = bytes.len();
                    return None;
                }
                Some(k) if bytes[i + k] == b'"' => {
                    *in_string = false;
                    i += k + 1;
                    if *depth == 0 {
                        return Some(i);
                    }
                }
                Some(k) => {
                    // A backslash: the next byte is escaped, whatever it is.
                    if i + k + 1 >= bytes.len() {
                        *done = i + k;
                        return None;
                    }
                    i += k + 2;
                }
            }
        } else {
            let Some(&b) = bytes.get(i) else {
                *done = i;
                return None;
            };
            i += 1;
            match b {
                b'"' => *in_string = true,
                b'{' | b'[' => *depth += 1,
                b'}' | b']' => {
                    *depth = depth.saturating_sub(1);
                    if *depth == 0 {
                        return Some(i);
                    }
                }
                _ => {}
            }
        }
    }
}

/// Hands the buffered bytes to serde_json's byte-wise reader, which asks for
/// exactly what it consumes.
struct Feed<'a, R>(&'a mut Input<R>);

impl<R: Read> Read for Feed<'_, R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let input = &mut *self.0;
        if input.pos == input.end && !input.fill(u64::MAX)? {
            return Ok(0);
        }
        let n = out.len().min(input.end - input.pos);
        out[..n].copy_from_slice(&input.buf[input.pos..input.pos + n]);
        input.pos += n;
        Ok(n)
    }
}

/// Where in the file's structure a value sits, for error fields.
#[derive(Clone, Copy)]
enum Place<'k> {
    /// The root object itself.
    Root,
    /// A key of the root object: `value`, `odata.metadata`, ….
    Key(&'k str),
    /// An element of `value`.
    Element(u64),
    /// A key of an element of `value`.
    ElementKey(u64, &'k str),
    /// A media record of a case: `value[i].Media[j]`.
    CaseMedia(u64, u64),
}

impl fmt::Display for Place<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Root => f.write_str("-"),
            Place::Key(key) => f.write_str(key),
            Place::Element(i) => write!(f, "value[{i}]"),
            Place::ElementKey(i, key) => write!(f, "value[{i}].{key}"),
            Place::CaseMedia(i, j) => write!(f, "value[{i}].Media[{j}]"),
        }
    }
}

/// A list being read: `value`, or the `Media` of the case that is element
/// `element` of `value` and the `case`-th case.
#[derive(Clone, Copy)]
enum List {
    Value,
    CaseMedia { element: u64, case: u64 },
}

/// A value found in the buffer.
struct Taken {
    /// Its first byte.
    start: u64,
    /// One past its last byte.
    end: u64,
    /// One past the bytes to parse: past `end` by the byte after a bare value.
    parse_end: u64,
    /// False when the input ended inside it.
    complete: bool,
}

/// A serde_json failure on a slice, with the path inside the slice.
struct SliceError {
    error: serde_json::Error,
    path: String,
}

/// Parses a `T` from the start of `bytes`: a string, object or list, which
/// the bytes hold whole (and maybe a few after it, never looked at when it
/// is well-formed), or a bare value, whose parse as a `T` (never a number or
/// the like) fails. On failure it parses again as `U` (`T` itself, or
/// [`Skim`] for [`IgnoredAny`]) with the path tracked, which costs, now that
/// the path is needed.
fn parse_slice<'b, T: de::Deserialize<'b>, U: de::Deserialize<'b>>(bytes: &'b [u8]) -> Result<T, SliceError> {
    let mut json = serde_json::Deserializer::from_slice(bytes);
    match T::deserialize(&mut json) {
        Ok(value) => Ok(value),
        Err(error) => {
            let mut json = serde_json::Deserializer::from_slice(bytes);
            let mut track = serde_path_to_error::Track::new();
            let again = U::deserialize(serde_path_to_error::Deserializer::new(&mut json, &mut track));
            // The path is the second parse's: trusted where it failed alike.
            let path = match again {
                Err(again) if again.to_string() == error.to_string() => track.path().to_string(),
                _ => String::new(),
            };
            Err(SliceError { error, path })
        }
    }
}

/// Checks the bare value (number, `true`, …) that starts `bytes`, which
/// hold the byte after it when there is one, and gives its length as
/// serde_json reads it: of `1x` that is 1, what follows being left to the
/// walk to word (`expected ',' or '}'`) as a parse of the whole text would.
fn parse_bare(bytes: &[u8]) -> Result<usize, SliceError> {
    let mut stream = serde_json::Deserializer::from_slice(bytes).into_iter::<IgnoredAny>();
    match stream.next() {
        Some(Ok(_)) => Ok(stream.byte_offset()),
        // The value was read and only what follows it is wrong: the stream
        // had moved past the value before it looked at the next byte.
        Some(Err(_)) if stream.byte_offset() > 0 => Ok(stream.byte_offset()),
        Some(Err(error)) => Err(SliceError { error, path: String::new() }),
        None => match serde_json::from_slice::<IgnoredAny>(bytes) {
            Err(error) => Err(SliceError { error, path: String::new() }),
            Ok(_) => Ok(bytes.len()),
        },
    }
}

/// Any JSON value, walked through serde's visitors rather than skipped
/// wholesale as [`IgnoredAny`] is, so that serde_path_to_error sees inside
/// it and can name where an error in a skipped value is.
struct Skim;

impl<'de> de::Deserialize<'de> for Skim {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(Skim)
    }
}

impl<'de> Visitor<'de> for Skim {
    type Value = Skim;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Skim, E> {
        Ok(Skim)
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Skim, E> {
        Ok(Skim)
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Skim, E> {
        Ok(Skim)
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Skim, E> {
        Ok(Skim)
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Skim, E> {
        Ok(Skim)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Skim, E> {
        Ok(Skim)
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Skim, A::Error> {
        while seq.next_element::<Skim>()?.is_some() {}
        Ok(Skim)
    }
    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Skim, A::Error> {
        // Keys as strings, so that the path names them.
        while map.next_key::<String>()?.is_some() {
            map.next_value::<Skim>()?;
        }
        Ok(Skim)
    }
}

/// `prefix` followed by serde_path_to_error's `path` inside it.
fn join_path(prefix: &Place<'_>, path: &str) -> String {
    match (prefix, path) {
        (_, "" | ".") => prefix.to_string(),
        (Place::Root, _) => path.to_string(),
        (_, _) if path.starts_with('[') => format!("{prefix}{path}"),
        _ => format!("{prefix}.{path}"),
    }
}

/// The message of a serde_json error without its position, which we give
/// for the whole file instead.
fn bare_message(error: &serde_json::Error) -> String {
    let message = error.to_string();
    message.split(" at line ").next().unwrap_or(&message).to_string()
}

struct State<'s> {
    sink: &'s mut dyn FnMut(KnownMedia) -> Result<(), String>,
    /// MediaIDs handed over so far. A roaring bitmap rather than a hash set:
    /// real files number their media from a few dense ranges, which it keeps
    /// in a few bits per id, so memory stays near flat even at millions of
    /// records (a `HashSet<i64>` took 70–100 MB at 4M). Ids are stored as
    /// their `u64` bit pattern, negative ones included.
    seen: RoaringTreemap,
    summary: VicsSummary,
    saw_value: bool,
}

impl State<'_> {
    /// Converts, checks and hands over one record, which starts at `start`.
    fn deliver(&mut self, raw: RawMedia<'_>, case_index: Option<u64>, start: u64) -> Result<()> {
        let index = self.summary.media;
        let media_id = raw.media_id;
        let fail = |field: &str, message: String| HashsetError::Record {
            record: index,
            media_id: media_id.map_or_else(|| "-".to_string(), |m| m.to_string()),
            offset: start,
            field: field.into(),
            message,
        };
        let media = convert(raw, case_index).map_err(|(field, message)| fail(field, message))?;
        if let Some(id) = media.media_id
            && !self.seen.insert(id as u64)
        {
            return Err(fail("MediaID", format!("MediaID {id} appears twice")));
        }
        (self.sink)(media).map_err(HashsetError::Sink)?;
        self.summary.media += 1;
        Ok(())
    }
}

struct Walk<'s, R> {
    input: Input<R>,
    state: State<'s>,
    limits: Limits,
}

impl<R: Read> Walk<'_, R> {
    /// A syntax error at the byte at `offset`.
    fn syntax_at(&self, offset: u64, place: &Place<'_>, message: impl Into<String>) -> HashsetError {
        let (line, before) = self.input.position(offset);
        HashsetError::Syntax {
            line,
            column: usize::try_from(before + 1).unwrap_or(usize::MAX),
            field: place.to_string(),
            message: message.into(),
        }
    }

    /// A syntax error at the end of the input.
    fn syntax_at_end(&self, place: &Place<'_>, message: &str) -> HashsetError {
        let (line, before) = self.input.position(self.input.base + self.input.end as u64);
        HashsetError::Syntax {
            line,
            column: usize::try_from(before).unwrap_or(usize::MAX),
            field: place.to_string(),
            message: message.into(),
        }
    }

    /// A serde_json error in the slice that starts at `start`, placed in the file.
    fn slice_error(&self, start: u64, place: &Place<'_>, error: SliceError) -> HashsetError {
        if error.error.is_io() {
            return HashsetError::Io(error.error.into());
        }
        let (line, before) = self.input.position(start);
        let before = usize::try_from(before).unwrap_or(usize::MAX);
        let (line, column) = match error.error.line() {
            0 => (line, before + 1),
            1 => (line, before + error.error.column()),
            n => (line + n - 1, error.error.column()),
        };
        HashsetError::Syntax { line, column, field: join_path(place, &error.path), message: bare_message(&error.error) }
    }

    /// The first byte of the value at the cursor (after whitespace).
    fn value_start(&mut self, place: &Place<'_>) -> Result<u8> {
        match self.input.peek()? {
            Some(b) => Ok(b),
            None => Err(self.syntax_at_end(place, "EOF while parsing a value")),
        }
    }

    /// Finds the value at the cursor, of at most `limit` bytes (`None` past
    /// that), and leaves it in the buffer.
    fn take(&mut self, limit: usize) -> io::Result<Option<Taken>> {
        let start = self.input.offset();
        let bare = !matches!(self.input.buf[self.input.pos], b'{' | b'[' | b'"');
        let located = self.input.locate(limit)?;
        let buffered = |input: &Input<R>| input.base + input.end as u64;
        Ok(match located {
            Span::End(end) => {
                // The value is parsed with the bytes after it that a parse of the
                // whole text would look at, so that serde_json words what is wrong
                // alike: `tr,` is `expected ident`, and `"\u12"` (whose escape reads
                // four bytes, past the quote) is `invalid escape`, not the end of
                // the input. The parse stops at the value's end all the same.
                let parse_end = end + if bare { 1 } else { 4 };
                while buffered(&self.input) < parse_end && self.input.fill(start)? {}
                Some(Taken { start, end, parse_end: parse_end.min(buffered(&self.input)), complete: true })
            }
            Span::Eof => {
                let end = buffered(&self.input);
                Some(Taken { start, end, parse_end: end, complete: false })
            }
            Span::TooBig => None,
        })
    }

    /// The bytes of a value taken, to parse.
    fn bytes(&self, taken: &Taken) -> &[u8] {
        &self.input.buf[self.input.index(taken.start)..self.input.index(taken.parse_end)]
    }

    /// The refusal of a value over the record limit that is not a record.
    fn too_big(&self, start: u64, place: &Place<'_>) -> HashsetError {
        self.syntax_at(start, place, format!("a value over {} bytes (a broken file?)", self.limits.max_record))
    }

    /// Reads a whole value of at most the record limit, such as a key or the
    /// metadata URL, into a `T`.
    fn small_value<T: de::DeserializeOwned>(&mut self, place: &Place<'_>) -> Result<T> {
        self.value_start(place)?;
        let start = self.input.offset();
        let Some(taken) = self.take(self.limits.max_record)? else { return Err(self.too_big(start, place)) };
        match parse_slice::<T, T>(self.bytes(&taken)) {
            Ok(_) if !taken.complete => Err(self.syntax_at_end(place, "EOF while parsing a value")),
            Ok(value) => {
                self.input.pos = self.input.index(taken.end);
                Ok(value)
            }
            Err(e) => Err(self.slice_error(start, place, e)),
        }
    }

    /// Skips the value at the cursor, checking that it is well-formed JSON.
    fn skip_value(&mut self, place: &Place<'_>) -> Result<()> {
        let first = self.value_start(place)?;
        let start = self.input.offset();
        if !matches!(first, b'{' | b'[' | b'"') {
            let Some(taken) = self.take(self.limits.max_record)? else { return Err(self.too_big(start, place)) };
            return match parse_bare(self.bytes(&taken)) {
                Ok(len) => {
                    self.input.pos += len;
                    Ok(())
                }
                Err(e) => Err(self.slice_error(start, place, e)),
            };
        }
        let Some(taken) = self.take(self.limits.skip_window)? else { return self.stream_skip(place) };
        match parse_slice::<IgnoredAny, Skim>(self.bytes(&taken)) {
            Ok(_) if !taken.complete => Err(self.syntax_at_end(place, "EOF while parsing a value")),
            Ok(_) => {
                self.input.pos = self.input.index(taken.end);
                Ok(())
            }
            Err(e) => Err(self.slice_error(start, place, e)),
        }
    }

    /// Skips the object, list or string at the cursor through serde_json's
    /// byte-wise reader: slow, but it keeps none of it.
    fn stream_skip(&mut self, place: &Place<'_>) -> Result<()> {
        let start = self.input.offset();
        let (line, before) = self.input.position(start);
        let mut json = serde_json::Deserializer::from_reader(Feed(&mut self.input));
        let Err(error) = IgnoredAny::deserialize(&mut json) else { return Ok(()) };
        if error.is_io() {
            return Err(HashsetError::Io(error.into()));
        }
        let message = bare_message(&error);
        if message.starts_with("control character") {
            // The byte-wise reader has taken the control character (a newline
            // even moves it to the next line) where the slice reader stops
            // before it: place it as the slice reader does, so that where an
            // error is said to be does not hang on the size of the value.
            let (line, before) = self.input.position(self.input.offset().saturating_sub(1));
            let column = usize::try_from(before).unwrap_or(usize::MAX);
            return Err(HashsetError::Syntax { line, column, field: place.to_string(), message });
        }
        let before = usize::try_from(before).unwrap_or(usize::MAX);
        let (line, column) = match error.line() {
            0 | 1 => (line, before + error.column().max(1)),
            n => (line + n - 1, error.column()),
        };
        Err(HashsetError::Syntax { line, column, field: place.to_string(), message })
    }

    /// An error for a value of the wrong kind at the cursor (it is not what
    /// `expecting` names), worded as serde_json words it.
    fn wrong_type(&mut self, first: u8, map: bool, expecting: &'static str, place: &Place<'_>) -> HashsetError {
        let start = self.input.offset();
        let found = match first {
            b'{' => "map",
            b'[' => "sequence",
            _ => {
                // A bare value or a string: let serde_json name it.
                let taken = match self.take(self.limits.max_record) {
                    Ok(Some(taken)) => taken,
                    Ok(None) => return self.syntax_at(start, place, format!("expected {expecting}")),
                    Err(e) => return HashsetError::Io(e),
                };
                let mut json = serde_json::Deserializer::from_slice(self.bytes(&taken));
                return match (Expect { map, expecting }).deserialize(&mut json) {
                    Err(error) => self.slice_error(start, place, SliceError { error, path: String::new() }),
                    Ok(()) => self.syntax_at(start, place, format!("expected {expecting}")),
                };
            }
        };
        self.syntax_at(start, place, format!("invalid type: {found}, expected {expecting}"))
    }

    /// The next key of the object being walked, the cursor then after its
    /// colon; `None` after the closing brace. `first` is for the first key.
    fn next_key(&mut self, first: &mut bool, place: &Place<'_>) -> Result<Option<String>> {
        let at = |walk: &Self| walk.input.offset();
        match (self.input.peek()?, *first) {
            (Some(b'}'), _) => {
                self.input.pos += 1;
                return Ok(None);
            }
            (Some(b'"'), true) => {}
            (Some(b','), false) => {
                self.input.pos += 1;
                match self.input.peek()? {
                    Some(b'"') => {}
                    Some(b'}') => return Err(self.syntax_at(at(self), place, "trailing comma")),
                    Some(_) => return Err(self.syntax_at(at(self), place, "key must be a string")),
                    None => return Err(self.syntax_at_end(place, "EOF while parsing a value")),
                }
            }
            (Some(_), true) => return Err(self.syntax_at(at(self), place, "key must be a string")),
            (Some(_), false) => return Err(self.syntax_at(at(self), place, "expected `,` or `}`")),
            (None, _) => return Err(self.syntax_at_end(place, "EOF while parsing an object")),
        }
        *first = false;
        let key: String = self.small_value(place)?;
        match self.input.peek()? {
            Some(b':') => self.input.pos += 1,
            Some(_) => return Err(self.syntax_at(at(self), place, "expected `:`")),
            None => return Err(self.syntax_at_end(place, "EOF while parsing an object")),
        }
        Ok(Some(key))
    }

    /// Moves to the next element of the list being walked; `false` after the
    /// closing bracket. `first` is for the first element.
    fn next_element(&mut self, first: &mut bool, place: &Place<'_>) -> Result<bool> {
        match (self.input.peek()?, *first) {
            (Some(b']'), _) => {
                self.input.pos += 1;
                return Ok(false);
            }
            (Some(_), true) => {}
            (Some(b','), false) => {
                self.input.pos += 1;
                match self.input.peek()? {
                    Some(b']') => return Err(self.syntax_at(self.input.offset(), place, "trailing comma")),
                    Some(_) => {}
                    None => return Err(self.syntax_at_end(place, "EOF while parsing a value")),
                }
            }
            (Some(_), false) => return Err(self.syntax_at(self.input.offset(), place, "expected `,` or `]`")),
            (None, _) => return Err(self.syntax_at_end(place, "EOF while parsing a list")),
        }
        *first = false;
        Ok(true)
    }

    /// The root object.
    fn root(&mut self) -> Result<()> {
        self.input.skip_byte_order_mark()?;
        match self.input.peek()? {
            Some(b'{') => self.input.pos += 1,
            Some(b) => return Err(self.wrong_type(b, true, "a VICS object with \"value\"", &Place::Root)),
            None => return Err(self.syntax_at_end(&Place::Root, "EOF while parsing a value")),
        }
        let mut first = true;
        while let Some(key) = self.next_key(&mut first, &Place::Root)? {
            let place = Place::Key(&key);
            match key.as_str() {
                "odata.metadata" | "@odata.context" => {
                    let context: String = self.small_value(&place)?;
                    let summary = &mut self.state.summary;
                    summary.version = Some(if key == "odata.metadata" { VicsVersion::V1 } else { VicsVersion::V2 });
                    if context.ends_with("#Cases") {
                        summary.shape = Some(VicsShape::Cases);
                    } else if context.ends_with("#Media") {
                        summary.shape = Some(VicsShape::Media);
                    }
                    summary.context = Some(context);
                }
                "value" => {
                    self.state.saw_value = true;
                    self.list(List::Value)?;
                }
                _ => self.skip_value(&place)?,
            }
        }
        Ok(())
    }

    /// After the root object: only whitespace, read to the end.
    fn rest(&mut self) -> Result<()> {
        match self.input.peek()? {
            None => Ok(()),
            Some(_) => Err(self.syntax_at(self.input.offset(), &Place::Root, "trailing characters")),
        }
    }

    /// A list of media records, or (in `value`, unless the metadata said
    /// media) of elements that may be cases.
    fn list(&mut self, list: List) -> Result<()> {
        let place = match list {
            List::Value => Place::Key("value"),
            List::CaseMedia { element, .. } => Place::ElementKey(element, "Media"),
        };
        match self.value_start(&place)? {
            b'[' => self.input.pos += 1,
            b => return Err(self.wrong_type(b, false, "a list of media or cases", &place)),
        }
        let media_records =
            matches!(list, List::CaseMedia { .. }) || self.state.summary.shape == Some(VicsShape::Media);
        let mut first = true;
        let mut index = 0u64;
        while self.next_element(&mut first, &place)? {
            match list {
                List::CaseMedia { element, case } => {
                    self.media_record(&Place::CaseMedia(element, index), Some(case))?;
                }
                List::Value if media_records => self.media_record(&Place::Element(index), None)?,
                List::Value => self.element(index)?,
            }
            index += 1;
        }
        Ok(())
    }

    /// The refusal of a record over the size limit.
    fn too_large(&self, start: u64) -> HashsetError {
        HashsetError::Record {
            record: self.state.summary.media,
            media_id: "-".into(),
            offset: start,
            field: "-".into(),
            message: format!("a single record over {} bytes is refused (a broken file?)", self.limits.max_record),
        }
    }

    /// A media record at the cursor, parsed whole from the buffer.
    fn media_record(&mut self, place: &Place<'_>, case_index: Option<u64>) -> Result<()> {
        let start = self.input.offset();
        if self.input.buf[self.input.pos] == b'{' {
            // Most records lie whole in the buffer: parse in place, the parse
            // telling where the record ends, which spares a scan. A record cut
            // off by the buffer's end, or a broken one, takes the way below,
            // which finds its end first (and the path of what is broken).
            let bytes = &self.input.buf[self.input.pos..self.input.end];
            let mut stream = serde_json::Deserializer::from_slice(bytes).into_iter::<RawMedia<'_>>();
            if let Some(Ok(raw)) = stream.next() {
                let len = stream.byte_offset();
                if len > self.limits.max_record {
                    return Err(self.too_large(start));
                }
                self.state.deliver(raw, case_index, start)?;
                self.input.pos += len;
                return Ok(());
            }
        }
        let Some(taken) = self.take(self.limits.max_record)? else { return Err(self.too_large(start)) };
        self.parse_record(&taken, place, case_index)
    }

    /// Parses a record taken and hands it over.
    fn parse_record(&mut self, taken: &Taken, place: &Place<'_>, case_index: Option<u64>) -> Result<()> {
        let bytes = &self.input.buf[self.input.index(taken.start)..self.input.index(taken.parse_end)];
        match parse_slice::<RawMedia<'_>, RawMedia<'_>>(bytes) {
            Ok(_) if !taken.complete => Err(self.syntax_at_end(place, "EOF while parsing a value")),
            Ok(raw) => {
                self.state.deliver(raw, case_index, taken.start)?;
                self.input.pos = self.input.index(taken.end);
                Ok(())
            }
            Err(e) => Err(self.slice_error(taken.start, place, e)),
        }
    }

    /// An element of `value` when the metadata did not say media: a case (it
    /// has `Media` or `CaseID`, or the metadata said cases) or a media record.
    /// Walked key by key, a case's media streamed one by one; while it may
    /// still be a media record its bytes are kept, to be parsed whole.
    fn element(&mut self, index: u64) -> Result<()> {
        let place = Place::Element(index);
        match self.value_start(&place)? {
            b'{' => {}
            b => return Err(self.wrong_type(b, true, "a media record or a case", &place)),
        }
        let start = self.input.offset();
        let declared_cases = self.state.summary.shape == Some(VicsShape::Cases);
        if !declared_cases {
            self.input.pin = Some(start);
            self.input.pin_limit = self.limits.max_record;
        }
        self.input.pos += 1;
        let case_index = self.state.summary.cases;
        let mut is_case = declared_cases;
        let mut first = true;
        let walked = (|| -> Result<()> {
            while let Some(key) = self.next_key(&mut first, &place)? {
                if key == "Media" || key == "CaseID" {
                    is_case = true;
                    self.input.pin = None;
                }
                if key == "Media" {
                    self.list(List::CaseMedia { element: index, case: case_index })?;
                } else {
                    self.skip_value(&Place::ElementKey(index, &key))?;
                }
            }
            Ok(())
        })();
        let pinned = self.input.pin.take().is_some();
        walked?;
        if is_case {
            self.state.summary.cases += 1;
            self.state.summary.shape.get_or_insert(VicsShape::Cases);
            return Ok(());
        }
        self.state.summary.shape.get_or_insert(VicsShape::Media);
        let end = self.input.offset();
        if !pinned || end - start > self.limits.max_record as u64 {
            return Err(self.too_large(start));
        }
        self.parse_record(&Taken { start, end, parse_end: end, complete: true }, &place, None)
    }
}

/// Expects a map or a list and finds anything else, to word the error.
struct Expect {
    map: bool,
    expecting: &'static str,
}

impl<'de> DeserializeSeed<'de> for Expect {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        if self.map { d.deserialize_map(self) } else { d.deserialize_seq(self) }
    }
}

impl<'de> Visitor<'de> for Expect {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }
}

fn convert(raw: RawMedia<'_>, case_index: Option<u64>) -> Result<KnownMedia, (&'static str, String)> {
    /// Hex text (trimmed; empty is none) parsed as the digest.
    fn hex<T>(
        value: Option<&str>,
        field: &'static str,
        parse: fn(&str) -> Result<T, vilab_core::CoreError>,
    ) -> Result<Option<T>, (&'static str, String)> {
        let Some(text) = value else { return Ok(None) };
        // Text that parses has no whitespace to trim: try it as it is first.
        if let Ok(digest) = parse(text) {
            return Ok(Some(digest));
        }
        match text.trim() {
            "" => Ok(None),
            text => parse(text).map(Some).map_err(|e| (field, e.to_string())),
        }
    }
    let owned = |text: Option<std::borrow::Cow<'_, str>>| text.filter(|s| !s.is_empty()).map(|s| s.into_owned());
    let mut media = KnownMedia {
        media_id: raw.media_id,
        md5: hex(raw.md5.as_deref(), "MD5", Md5::from_hex)?,
        sha1: hex(raw.sha1.as_deref(), "SHA1", Sha1::from_hex)?,
        category: raw.category,
        series: owned(raw.series),
        victim_identified: raw.victim_identified,
        offender_identified: raw.offender_identified,
        is_distributed: raw.is_distributed,
        is_precategorized: raw.is_precategorized,
        comments: owned(raw.comments),
        tags: owned(raw.tags),
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
        let value = value.trim();
        match hash_name(&name).as_ref().map(|(upper, len)| &upper[..*len]) {
            Some(b"PDQ") => media.pdq = hex(Some(value), "AlternativeHashes.PDQ", PdqHash::from_hex)?,
            Some(b"SHA256") => {
                media.sha256 = hex(Some(value), "AlternativeHashes.SHA256", Sha256::from_hex)?;
            }
            Some(b"SHA1") if media.sha1.is_none() => {
                media.sha1 = hex(Some(value), "AlternativeHashes.SHA1", Sha1::from_hex)?;
            }
            Some(b"MD5") if media.md5.is_none() => {
                media.md5 = hex(Some(value), "AlternativeHashes.MD5", Md5::from_hex)?;
            }
            Some(b"PHOTODNA") if media.photodna.is_none() => {
                media.photodna = Some(photodna(value).map_err(|m| ("AlternativeHashes.PhotoDNA", m))?);
            }
            _ => {}
        }
    }
    Ok(media)
}

/// Each byte's value as a base64 digit (standard alphabet), or 0xff.
const BASE64_DIGIT: [u8; 256] = {
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut table = [0xff; 256];
    let mut i = 0;
    while i < 64 {
        table[alphabet[i] as usize] = i as u8;
        i += 1;
    }
    table
};

/// Standard base64 without padding, in whole groups of four: the form
/// PhotoDNA takes (192 characters), decoded by table, which the base64
/// crate's general decoder was slower at. `None` for anything else, left
/// to that decoder, which also words what is wrong; for this form both
/// give the same bytes.
fn unbase64(text: &str) -> Option<Vec<u8>> {
    let text = text.as_bytes();
    if !text.len().is_multiple_of(4) {
        return None;
    }
    let mut out = vec![0u8; text.len() / 4 * 3];
    let mut any_bad = 0u8;
    for (bytes, group) in out.chunks_exact_mut(3).zip(text.chunks_exact(4)) {
        let digit = |i: usize| BASE64_DIGIT[usize::from(group[i])];
        let (a, b, c, d) = (digit(0), digit(1), digit(2), digit(3));
        any_bad |= a | b | c | d;
        bytes[0] = (a << 2) | (b >> 4);
        bytes[1] = (b << 4) | (c >> 2);
        bytes[2] = (c << 6) | d;
    }
    (any_bad < 64).then_some(out)
}

/// An alternative hash's name trimmed, upper-cased and without dashes
/// (`sha-256` is `SHA256`), in a small array rather than a new string;
/// `None` when it is longer than any name we know.
fn hash_name(name: &str) -> Option<([u8; 8], usize)> {
    let mut out = [0u8; 8];
    let mut len = 0;
    for b in name.trim().bytes().filter(|&b| b != b'-') {
        *out.get_mut(len)? = b.to_ascii_uppercase();
        len += 1;
    }
    Some((out, len))
}

/// PhotoDNA: 144 bytes, as 192 base64 characters or 288 hex digits.
fn photodna(text: &str) -> Result<Vec<u8>, String> {
    let text = text.trim();
    let bytes = if text.len() == 288 && text.bytes().all(|b| b.is_ascii_hexdigit()) {
        (0..144).map(|i| u8::from_str_radix(&text[2 * i..2 * i + 2], 16).unwrap_or(0)).collect()
    } else if let Some(bytes) = unbase64(text) {
        bytes
    } else {
        base64::engine::general_purpose::STANDARD.decode(text).map_err(|e| format!("not base64 or hex: {e}"))?
    };
    if bytes.len() == 144 { Ok(bytes) } else { Err(format!("{} bytes, a PhotoDNA hash has 144", bytes.len())) }
}

#[cfg(test)]
mod tests;
