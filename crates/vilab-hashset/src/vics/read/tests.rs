//! The reader with its sizes made small, so that every chunk boundary, every
//! truncation and the record limit fall everywhere: the records read must
//! never depend on where the input was cut into reads.

use std::io;

use super::*;

const MD5_HEX: &str = "0123456789abcdef0123456789abcdef";
const SHA1_HEX: &str = "00112233445566778899aabbccddeeff00112233";
const SHA256_HEX: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const PDQ_HEX: &str = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

fn photodna_base64() -> String {
    // 144 bytes of 0x41 ('A').
    "QUFB".repeat(48)
}

/// Nested lists and objects `depth` deep, with structure inside strings.
fn deep(depth: usize) -> String {
    let mut text = String::from("\"]}{[,:\\\"\"");
    for i in 0..depth {
        text = if i % 2 == 0 { format!("[{text}, 1]") } else { format!("{{\"k{i}\": {text}, \"s\": \"}}\"}}") };
    }
    text
}

/// A hash set (VICS 2.0, `#Media`) with what is hard to cut right: strings
/// holding `{ } [ ] , :`, escaped quotes and backslashes, `\u` escapes
/// (a hex digest written with one), deep unknown values, whitespace and
/// newlines between every token, a record larger than small chunks.
fn media_file() -> String {
    format!(
        " \r\n{{ \"@odata.context\" :\n \"http://x/2.0.xml/US/$metadata#Media\" ,\n\
         \"odata.count\" : 3 , \"Extra\" : {deep} ,\n\
         \"value\" :\n[\n\t{{ \"MediaID\" : 1 ,\n \"MD5\" : \"\\u0030123456789ABCDEF0123456789abcdef\" ,\n\
         \"Series\" : \"a{{b}}c[d]e,f:g\\\"h\\\\i\" , \"Comments\" : \"caf\\u00e9 \\ud83d\\ude00 \\/ x\\ty\" ,\n\
         \"Tags\" : [ \"x\" , \"y,z\" ] , \"Unknown\" : {deep} ,\n\
         \"IsPrecategorized\" : \"TRUE\" , \"Category\" : \"3\" , \"VictimIdentified\" : 1 ,\n\
         \"PhotoDNA\" : \"{pdna}\" ,\n\
         \"AlternativeHashes\" : [ {{ \"HashName\" : \"pdq\" , \"HashValue\" : \" {PDQ_HEX} \" }} ,\n\
         {{ \"HashName\" : \"SHA-256\" , \"HashValue\" : \"{SHA256_HEX}\" }} ] }}\n\
         ,\n{{\"MediaID\":\"2\",\"SHA1\":\"{sha1}\",\"Category\":null,\"MediaSize\":\" 77 \"}}\n\
         ,{{\"MediaID\":-3,\"MD5\":\"{MD5_HEX}\",\"Tags\":\"t1, t2\",\"Comments\":\"\",\"x\":\"\\\\\"}}\n\
         ] , \"trailer\" : [ \"]\" , \"}}\" ]\n}}\n\t ",
        deep = deep(40),
        pdna = photodna_base64(),
        sha1 = SHA1_HEX.to_ascii_uppercase(),
    )
}

/// Cases (VICS 1.3, `#Cases`): case keys with deep values around the media
/// lists, an empty list, a case without one.
fn cases_file() -> String {
    format!(
        "{{\"odata.metadata\":\"http://x/1.3.xml#Cases\",\"value\":[\n\
         {{\"CaseID\":\"c-1\",\"Notes\":{deep},\"Media\":[{{\"MediaID\":1,\"MD5\":\"{MD5_HEX}\",\"Series\":\"]}},{{\"}},\n\
         {{\"MediaID\":2,\"SHA1\":\"{SHA1_HEX}\",\"Category\":\"1\"}}],\"After\":[\"[\",{{}}]}},\n\
         {{\"CaseNumber\":\"OP-2\",\"Media\":[]}},\n\
         {{\"CaseNumber\":\"OP-3\"}},\n\
         {{\"Media\":[{{\"MediaID\":3,\"PhotoDNA\":\"{pdna}\"}}],\"Media\":[{{\"MediaID\":4}}]}}\n]}}",
        deep = deep(30),
        pdna = photodna_base64(),
    )
}

/// No metadata: the elements tell media from cases, and the metadata comes
/// after the list.
fn unknown_shape_file() -> String {
    format!(
        "{{\"value\":[{{\"MediaID\":10,\"MD5\":\"{MD5_HEX}\",\"Series\":\"{{[\\\"Media\\\"]}}\",\"Deep\":{deep}}},\n\
         {{\"CaseNumber\":\"X\",\"Media\":[{{\"MediaID\":11,\"SHA1\":\"{SHA1_HEX}\"}}]}},\n\
         {{\"CaseID\":\"only-an-id\",\"MediaID\":12}},\n\
         {{\"MediaID\":13,\"PhotoDNA\":\"{pdna}\"}}],\"odata.metadata\":\"x\"}}",
        deep = deep(20),
        pdna = photodna_base64(),
    )
}

fn limits(chunk: usize) -> Limits {
    Limits { chunk, max_record: MAX_RECORD, skip_window: SKIP_WINDOW }
}

/// Reads `data` through `reader` with `limits`: the records, or the error
/// (as its `Debug` text, to compare).
fn read_from(reader: impl Read, limits: Limits) -> Result<(Vec<KnownMedia>, VicsSummary), String> {
    let mut media = Vec::new();
    read_vics_with(
        reader,
        &mut |m| {
            media.push(m);
            Ok(())
        },
        limits,
    )
    .map(|summary| (media, summary))
    .map_err(|e| format!("{e:?}"))
}

fn read(data: &str, limits: Limits) -> Result<(Vec<KnownMedia>, VicsSummary), String> {
    read_from(data.as_bytes(), limits)
}

/// Hands out its bytes in reads that end at the cuts given.
struct Pieces<'a> {
    data: &'a [u8],
    cuts: Vec<usize>,
    pos: usize,
}

impl Read for Pieces<'_> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let stop = self.cuts.iter().copied().find(|&c| c > self.pos).unwrap_or(self.data.len());
        let n = out.len().min(stop - self.pos);
        out[..n].copy_from_slice(&self.data[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

#[test]
fn the_fixtures_read_as_written() {
    let (media, summary) = read(&media_file(), limits(CHUNK)).unwrap();
    assert_eq!(
        (summary.version, summary.shape, summary.media, summary.cases),
        (Some(VicsVersion::V2), Some(VicsShape::Media), 3, 0)
    );
    assert_eq!(summary.bytes, media_file().len() as u64);
    let a = &media[0];
    assert_eq!(a.md5.unwrap().to_hex(), MD5_HEX, "an MD5 written with a \\u escape");
    assert_eq!(a.series.as_deref(), Some("a{b}c[d]e,f:g\"h\\i"));
    assert_eq!(a.comments.as_deref(), Some("café 😀 / x\ty"));
    assert_eq!(a.tags.as_deref(), Some("x, y,z"));
    assert_eq!((a.is_precategorized, a.category, a.victim_identified), (Some(true), Some(3), Some(true)));
    assert_eq!(a.photodna.as_deref(), Some(&[0x41u8; 144][..]));
    assert_eq!((a.pdq.unwrap().to_hex(), a.sha256.unwrap().to_hex()), (PDQ_HEX.to_string(), SHA256_HEX.to_string()));
    assert_eq!((media[1].media_id, media[1].sha1.unwrap().to_hex()), (Some(2), SHA1_HEX.to_string()));
    assert_eq!((media[1].category, media[1].size), (None, Some(77)));
    assert_eq!(
        (media[2].media_id, media[2].tags.as_deref(), media[2].comments.as_deref()),
        (Some(-3), Some("t1, t2"), None)
    );

    let (media, summary) = read(&cases_file(), limits(CHUNK)).unwrap();
    assert_eq!((summary.shape, summary.cases, summary.media), (Some(VicsShape::Cases), 4, 4));
    assert_eq!(media.iter().map(|m| m.case_index).collect::<Vec<_>>(), [Some(0), Some(0), Some(3), Some(3)]);
    assert_eq!(media[0].series.as_deref(), Some("]},{"));

    let (media, summary) = read(&unknown_shape_file(), limits(CHUNK)).unwrap();
    // The first element made the shape media; the metadata after the list names no shape.
    assert_eq!((summary.shape, summary.version, summary.cases), (Some(VicsShape::Media), Some(VicsVersion::V1), 2));
    assert_eq!(
        media.iter().map(|m| (m.media_id, m.case_index)).collect::<Vec<_>>(),
        [(Some(10), None), (Some(11), Some(0)), (Some(13), None)]
    );
    assert_eq!(media[0].series.as_deref(), Some("{[\"Media\"]}"));
}

#[test]
fn the_same_records_at_every_chunk_size() {
    for (name, file) in [("media", media_file()), ("cases", cases_file()), ("unknown shape", unknown_shape_file())] {
        let expected = read(&file, limits(CHUNK)).unwrap();
        for chunk in [1, 2, 3, 7, 64, 333, 4096] {
            for skip_window in [SKIP_WINDOW, 5] {
                let got = read(&file, Limits { chunk, max_record: MAX_RECORD, skip_window });
                assert_eq!(got.as_ref(), Ok(&expected), "{name}: chunk {chunk}, skip window {skip_window}");
            }
        }
    }
}

#[test]
fn the_same_records_whatever_byte_a_read_ends_at() {
    for (name, file) in [("media", media_file()), ("cases", cases_file()), ("unknown shape", unknown_shape_file())] {
        let expected = read(&file, limits(CHUNK)).unwrap();
        for cut in 0..=file.len() {
            let pieces = Pieces { data: file.as_bytes(), cuts: vec![cut], pos: 0 };
            assert_eq!(read_from(pieces, limits(CHUNK)).as_ref(), Ok(&expected), "{name}: a read ends at byte {cut}");
        }
    }
}

#[test]
fn a_record_larger_than_the_chunk_is_read_whole() {
    let file = media_file();
    let (media, _) = read(&file, limits(64)).unwrap();
    assert!(file.find("\"AlternativeHashes\"").unwrap() - file.find("\"MediaID\" : 1").unwrap() > 64 * 4);
    assert_eq!(media[0].photodna.as_ref().map(Vec::len), Some(144));
}

#[test]
fn every_truncation_is_an_error() {
    for (name, file) in [("media", media_file()), ("cases", cases_file()), ("unknown shape", unknown_shape_file())] {
        let root_end = file.rfind('}').unwrap();
        for chunk in [1, CHUNK] {
            for len in 0..=root_end {
                let cut = &file.as_bytes()[..len];
                let result = read_from(cut, limits(chunk));
                assert!(result.is_err(), "{name}: {len} of {} bytes read as a whole file (chunk {chunk})", file.len());
            }
            // Whitespace after the root object is no truncation.
            assert!(read(&file[..=root_end], limits(chunk)).is_ok(), "{name}");
        }
    }
}

#[test]
fn errors_name_the_line_column_and_field_at_every_chunk_size() {
    // Positions counted by hand: the byte an error is at (1-based), or for
    // the end of the input the bytes on its last line.
    let wrong_category = cases_file().replace("\"Category\":\"1\"", "\"Category\":{\"x\":1}");
    let bad_escape = media_file().replace("x\\ty", "x\\qy");
    let trailing = format!("{} x", media_file());
    let missing_comma = media_file().replace("} ,\n{ \"HashName\"", "}\n{ \"HashName\"");
    let cut_in_a_string = &media_file()[..media_file().find("caf").unwrap()];
    let bad_unknown = media_file().replace("\"odata.count\" : 3", "\"odata.count\" : [1 2]");
    for (name, file, expected) in [
        ("wrong type in a case's media", wrong_category.as_str(), (3, 75, "value[0].Media[1].Category")),
        ("bad escape", bad_escape.as_str(), (9, 78, "value[0].Comments")),
        ("trailing characters", trailing.as_str(), (20, 4, "-")),
        ("missing comma", missing_comma.as_str(), (14, 1, "value[0].AlternativeHashes")),
        ("cut in a string", cut_in_a_string, (9, 49, "value[0].Comments")),
        ("broken unknown value", bad_unknown.as_str(), (4, 20, "odata.count")),
    ] {
        for chunk in [1, 2, 7, 64, CHUNK] {
            for skip_window in [SKIP_WINDOW, 5] {
                let error = read_vics_with(
                    file.as_bytes(),
                    &mut |_| Ok(()),
                    Limits { chunk, max_record: MAX_RECORD, skip_window },
                )
                .unwrap_err();
                let HashsetError::Syntax { line, column, field, .. } = &error else { panic!("{name}: {error:?}") };
                assert_eq!((*line, *column, field.as_str()), expected, "{name}, chunk {chunk}: {error}");
            }
        }
    }
}

#[test]
fn a_record_over_the_limit_is_refused_naming_where_it_starts() {
    let file = media_file();
    let first = file.find("{ \"MediaID\" : 1").unwrap();
    let size = file[first..].find("] }").unwrap() + 3;
    for chunk in [1, 7, CHUNK] {
        let at_limit = read(&file, Limits { chunk, max_record: size, skip_window: SKIP_WINDOW });
        assert_eq!(at_limit.map(|(m, _)| m.len()), Ok(3), "a record of exactly the limit is read");
        let error = read_vics_with(
            file.as_bytes(),
            &mut |_| Ok(()),
            Limits { chunk, max_record: size - 1, skip_window: SKIP_WINDOW },
        )
        .unwrap_err();
        match error {
            HashsetError::Record { record, offset, message, .. } => {
                assert_eq!((record, offset), (0, first as u64));
                assert!(message.contains(&format!("over {} bytes", size - 1)), "{message}");
            }
            other => panic!("{other:?}"),
        }
    }
    // In a case, and as an element of unknown shape, alike.
    for (file, record, start) in [
        (cases_file(), 2, cases_file().find("{\"MediaID\":3").unwrap()),
        // The first element: its deep unknown value makes it too large.
        (unknown_shape_file(), 0, unknown_shape_file().find("{\"MediaID\":10").unwrap()),
    ] {
        let error =
            read_vics_with(file.as_bytes(), &mut |_| Ok(()), Limits { chunk: 3, max_record: 150, skip_window: 5 })
                .unwrap_err();
        match error {
            HashsetError::Record { record: r, offset, .. } => assert_eq!((r, offset), (record, start as u64)),
            other => panic!("{other:?}"),
        }
    }
}

#[test]
fn an_unknown_value_past_the_skip_window_is_streamed() {
    // Far larger than the record limit, so it cannot have been held whole.
    let huge =
        format!("[{}]", (0..20_000).map(|i| format!("{{\"n\":{i},\"s\":\"]}}\\\"\"}}")).collect::<Vec<_>>().join(","));
    let file = format!(
        "{{\"odata.metadata\":\"x#Cases\",\"Big\":{huge},\"value\":[{{\"Notes\":{huge},\"Media\":[{{\"MediaID\":1}}],\"More\":\"{}\"}}]}}",
        "y".repeat(50_000)
    );
    for chunk in [64, 4096] {
        let (media, summary) = read(&file, Limits { chunk, max_record: 1000, skip_window: 500 }).unwrap();
        assert_eq!((media.len(), summary.cases, summary.bytes), (1, 1, file.len() as u64));
    }
}

#[test]
fn duplicate_ids_are_refused_across_cases_and_at_the_extremes() {
    let ids = [i64::MIN, -1, 0, 1, i64::MAX];
    let records = |ids: &[i64]| ids.iter().map(|i| format!("{{\"MediaID\":{i}}}")).collect::<Vec<_>>().join(",");
    let file =
        format!("{{\"odata.metadata\":\"x#Cases\",\"value\":[{{\"Media\":[{}]}},{{\"Media\":[]}}]}}", records(&ids));
    assert_eq!(read(&file, limits(CHUNK)).map(|(m, _)| m.len()), Ok(5));
    let again = format!(
        "{{\"odata.metadata\":\"x#Cases\",\"value\":[{{\"Media\":[{}]}},{{\"Media\":[{{\"MediaID\":-1}}]}}]}}",
        records(&ids)
    );
    let error = read_vics_with(again.as_bytes(), &mut |_| Ok(()), limits(CHUNK)).unwrap_err();
    assert!(
        matches!(&error, HashsetError::Record { record: 5, media_id, field, .. } if media_id == "-1" && field == "MediaID"),
        "{error:?}"
    );
}

/// Counts what is read from it.
struct Counted<'a> {
    data: &'a [u8],
    taken: &'a mut usize,
}

impl Read for Counted<'_> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let n = (&self.data[*self.taken..]).read(out)?;
        *self.taken += n;
        Ok(n)
    }
}

#[test]
fn a_sink_error_stops_the_read_at_once() {
    let records = (0..2000).map(|i| format!("{{\"MediaID\":{i},\"MD5\":\"{MD5_HEX}\"}}")).collect::<Vec<_>>().join(",");
    let file = format!("{{\"@odata.context\":\"x#Media\",\"value\":[{records}]}}");
    let mut taken = 0;
    let mut seen = 0;
    let result = read_vics_with(
        Counted { data: file.as_bytes(), taken: &mut taken },
        &mut |_| {
            seen += 1;
            if seen == 3 { Err("full".into()) } else { Ok(()) }
        },
        limits(4096),
    );
    assert!(matches!(result, Err(HashsetError::Sink(m)) if m == "full"));
    assert_eq!(seen, 3);
    assert_eq!(taken, 4096, "nothing read past the chunk that held the refused record");
}

/// Fails after handing out some bytes.
struct Failing<'a>(&'a [u8]);

impl Read for Failing<'_> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if self.0.is_empty() {
            return Err(io::Error::other("disk gone"));
        }
        self.0.read(out)
    }
}

#[test]
fn a_failing_reader_is_an_io_error_in_every_path() {
    let file = media_file();
    for len in [10, 60, 300, 900, file.len() - 3] {
        for skip_window in [SKIP_WINDOW, 5] {
            let result = read_vics_with(
                Failing(&file.as_bytes()[..len]),
                &mut |_| Ok(()),
                Limits { chunk: 7, max_record: MAX_RECORD, skip_window },
            );
            assert!(matches!(&result, Err(HashsetError::Io(e)) if e.to_string() == "disk gone"), "{len}: {result:?}");
        }
    }
}

#[test]
fn a_byte_order_mark_at_the_start_is_stepped_over_and_only_there() {
    let plain = media_file();
    let with_mark = format!("\u{feff}{plain}");
    for chunk in [1, 2, 3, 7, CHUNK] {
        let (marked_records, marked) = read(&with_mark, limits(chunk)).unwrap();
        let (records, summary) = read(&plain, limits(chunk)).unwrap();
        assert_eq!(marked_records, records);
        assert_eq!((marked.version, marked.shape, marked.media), (summary.version, summary.shape, summary.media));
        assert_eq!(marked.bytes, summary.bytes + 3);
    }
    // Columns on the first line count from after the mark.
    let error = read("\u{feff}{\"value\":[}", limits(CHUNK)).unwrap_err();
    assert!(error.contains("line: 1, column: 11"), "{error}");
    // Anywhere else it is not JSON.
    let error = read(" \u{feff}{\"value\":[]}", limits(CHUNK)).unwrap_err();
    assert!(error.contains("line: 1, column: 2"), "{error}");
}

#[test]
fn the_table_decoders_agree_with_the_crates() {
    use base64::Engine as _;
    let engine = base64::engine::general_purpose::STANDARD;
    let base64_cases = [
        photodna_base64(),
        "QUFB".into(),
        String::new(),
        "+/+/ABCDabcd0189".into(),
        "QUF=".into(),
        "QU==".into(),
        "Q!FB".into(),
        "QUFBQ".into(),
        "QUFB QUF".into(),
        "ÄÄ".into(),
    ];
    for text in &base64_cases {
        match unbase64(text) {
            Some(bytes) => assert_eq!(engine.decode(text).ok(), Some(bytes), "{text:?}"),
            // Left to the crate: padded, cut short, or not base64 at all.
            None => assert!(text.len() % 4 != 0 || text.contains('=') || engine.decode(text).is_err(), "{text:?}"),
        }
    }
    // The hex side is vilab-core's `from_hex`, checked against the hex crate there.
}

#[test]
fn text_fields_of_the_wrong_type_name_what_they_expect() {
    let head = "{\"@odata.context\":\"x#Media\",\"value\":[";
    let cases = [
        ("{\"MD5\":5}", "expected a string"),
        ("{\"MD5\":[\"a\"]}", "expected a string"),
        ("{\"Tags\":5}", "expected a string or a list of strings"),
        ("{\"Tags\":{\"a\":1}}", "expected a string or a list of strings"),
    ];
    for (record, expected) in cases {
        let error = read(&format!("{head}{record}]}}"), limits(CHUNK)).unwrap_err();
        assert!(error.contains(expected), "{record}: {error}");
    }
    let (records, _) = read(&format!("{head}{{\"Tags\":[\"a\",\"b\"],\"MD5\":null}}]}}"), limits(CHUNK)).unwrap();
    assert_eq!((records[0].tags.as_deref(), records[0].md5), (Some("a, b"), None));
}
