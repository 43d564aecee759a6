//! Clue files saved by a bundle: a good one parses; every rule names its
//! field or place; no input panics.

mod common;

use vilab_gallery::{ClueError, Manifest, Pin, parse_clues, verify};

fn manifest() -> Manifest {
    verify(&common::bundle(), None).unwrap().manifest
}

const GOOD: &str = r#"{
 "format": "vilab.clues/1",
 "bundle": "b7e1c0de0123456789abcdef01234567",
 "participant": "Somchai P.",
 "clues": [
  {"uid": "00112233445566778899aabbccddeeff", "item": "a1", "text": "Khmer shop sign: ហាងកាហ្វេ", "pin": {"x": 0.25, "y": 0.5}, "time": "2026-12-08T09:15:00.123Z"},
  {"uid": "ffeeddccbbaa99887766554433221100", "item": "b2", "text": "Type C socket", "pin": null, "time": "2026-12-08T09:16:00Z"}
 ]
}"#;

fn field_of(json: &str) -> String {
    match parse_clues(json.as_bytes(), &manifest()) {
        Err(ClueError::Field { field, .. }) => field,
        other => panic!("expected a field error, got {other:?}"),
    }
}

#[test]
fn a_saved_clue_file_parses_with_its_pins() {
    let file = parse_clues(GOOD.as_bytes(), &manifest()).unwrap();
    assert_eq!(file.participant, "Somchai P.");
    assert_eq!(file.clues.len(), 2);
    assert_eq!(file.clues[0].pin, Some(Pin { x: 0.25, y: 0.5 }));
    assert_eq!(file.clues[0].uid, "00112233445566778899aabbccddeeff");
    assert_eq!(file.clues[1].pin, None);
    // A pin maps back onto the original's pixels, whatever its size.
    assert_eq!(Pin { x: 0.25, y: 0.5 }.to_pixel(4000, 3000), (1000, 1500));
    assert_eq!(Pin { x: 1.0, y: 1.0 }.to_pixel(4000, 3000), (3999, 2999));
}

#[test]
fn each_rule_names_its_field() {
    let rows: &[(&str, &str, &str)] = &[
        ("\"vilab.clues/1\"", "\"vilab.clues/2\"", "format"),
        ("\"b7e1c0de0123456789abcdef01234567\"", "\"another-bundle-0000\"", "bundle"),
        ("\"Somchai P.\"", "\"  \"", "participant"),
        ("\"00112233445566778899aabbccddeeff\"", "\"0011\"", "clues[0].uid"),
        ("\"ffeeddccbbaa99887766554433221100\"", "\"00112233445566778899aabbccddeeff\"", "clues[1].uid"),
        ("\"item\": \"b2\"", "\"item\": \"zz\"", "clues[1].item"),
        ("\"Type C socket\"", "\"\"", "clues[1].text"),
        ("\"x\": 0.25", "\"x\": 1.5", "clues[0].pin.x"),
        ("\"y\": 0.5", "\"y\": -0.1", "clues[0].pin.y"),
        ("\"2026-12-08T09:16:00Z\"", "\"yesterday\"", "clues[1].time"),
        ("\"Type C socket\"", "\"a\\u0000b\"", "clues[1].text"),
    ];
    for (from, to, field) in rows {
        assert!(GOOD.contains(from), "{from}");
        assert_eq!(field_of(&GOOD.replacen(from, to, 1)), *field, "{from} -> {to}");
    }
    let long = format!("\"{}\"", "ក".repeat(2001));
    assert_eq!(field_of(&GOOD.replacen("\"Type C socket\"", &long, 1)), "clues[1].text");
}

#[test]
fn malformed_json_and_unknown_fields_name_the_line_and_column() {
    let broken = GOOD.replacen("\"pin\": null,", "\"pin\": null", 1);
    let Err(ClueError::Json { line, .. }) = parse_clues(broken.as_bytes(), &manifest()) else { panic!() };
    assert_eq!(line, 7);
    let extra = GOOD.replacen("\"pin\": null,", "\"pin\": null, \"photo\": \"x\",", 1);
    let Err(ClueError::Json { line, problem, .. }) = parse_clues(extra.as_bytes(), &manifest()) else { panic!() };
    assert_eq!(line, 7);
    assert!(problem.contains("photo"), "{problem}");
}

#[test]
fn no_input_panics() {
    let m = manifest();
    let mut state = 0x2545F4914F6CDD1Du64;
    for len in 0..400usize {
        // Cuts and byte flips of a good file, and noise.
        let mut bytes = GOOD.as_bytes()[..len.min(GOOD.len())].to_vec();
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        if !bytes.is_empty() {
            let at = (state as usize) % bytes.len();
            bytes[at] = (state >> 32) as u8;
        }
        let _ = parse_clues(&bytes, &m);
        let _ = vilab_gallery::parse_manifest(&bytes);
    }
}
