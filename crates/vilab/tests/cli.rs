//! The `vilab` binary end to end: a lab created, a case opened, a small
//! synthetic seizure ingested, then listed, shown, checked and hashed
//! through the real command line, and the errors a user meets on the way.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::process::{Command, Output};

use common::vilab;
use serde_json::Value;
use vilab_core::Digests;
use vilab_synth::{CorruptReason, Role, SeizureManifest, SeizureSpec, generate_seizure};

const PASSWORD: &str = "Tr0ub4dor&3-correct-horse";
const CASE: &str = "OP-2026-001";

fn run(command: &mut Command) -> Output {
    command.output().expect("the vilab binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Runs and requires success, returning stdout.
fn ok(command: &mut Command) -> String {
    let output = run(command);
    assert!(output.status.success(), "{command:?} failed: {}\n{}", stderr(&output), stdout(&output));
    stdout(&output)
}

fn json(command: &mut Command) -> Value {
    let text = ok(command);
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{command:?} printed no JSON ({e}): {text}"))
}

struct Setup {
    dir: tempfile::TempDir,
    manifest: SeizureManifest,
}

impl Setup {
    fn home(&self) -> PathBuf {
        self.dir.path().join("home")
    }

    fn lab(&self) -> PathBuf {
        self.dir.path().join("lab")
    }

    fn seizure(&self) -> PathBuf {
        self.dir.path().join("seizure")
    }

    fn vilab(&self) -> Command {
        vilab(&self.home())
    }

    /// `vilab <args> --lab <lab>`, the flag placed after the subcommand.
    fn with_lab(&self, args: &[&str]) -> Command {
        let mut command = self.vilab();
        command.args(args).arg("--lab").arg(self.lab());
        command
    }
}

/// A lab with the case, and a small seizure beside it, not yet ingested.
fn setup(seed: u64) -> Setup {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("home")).unwrap();
    let manifest = generate_seizure(&dir.path().join("seizure"), &SeizureSpec::small(seed)).unwrap();
    let setup = Setup { dir, manifest };
    let report = json(setup.with_lab(&["init", "--json"]).env("VILAB_ADMIN_PASSWORD", PASSWORD));
    assert_eq!(report["admin"], "admin");
    assert!(report["generated_password"].is_null(), "the password came from the environment");
    assert_eq!(report["public_key"].as_str().unwrap().len(), 64, "{report}");
    assert!(setup.lab().join("lab.db").is_file());
    let added = ok(setup
        .vilab()
        .args(["user", "add", "--name", common::ANALYST, "--role", "analyst", "--password-file"])
        .arg(common::password_file(&setup.home()))
        .arg("--lab")
        .arg(setup.lab())
        .env("VILAB_USER", "admin"));
    assert!(added.contains("created"), "{added}");
    let created = ok(&mut setup.with_lab(&["case", "create", CASE]));
    assert!(created.contains(CASE), "{created}");
    setup
}

#[test]
fn ingest_then_list_show_errors_and_verify() {
    let s = setup(21);
    let counts = &s.manifest.counts;
    let summary = ok(s.with_lab(&["ingest", "--case", CASE, "--exhibit", "laptop-1", "--quiet"]).arg(s.seizure()));
    assert!(summary.contains("Ingest summary"), "{summary}");
    let processed = summary.lines().find(|l| l.contains("files processed")).unwrap();
    assert!(processed.trim_end().ends_with(&counts.files_on_disk.to_string()), "{processed}");

    // media list: one row per distinct content, occurrences adding up.
    let list = json(&mut s.with_lab(&["media", "list", "--case", CASE, "--json"]));
    assert_eq!(list["shape"], "vilab.media-list/1");
    let rows = list["items"].as_array().unwrap();
    assert_eq!(rows.len(), counts.distinct_contents);
    let occurrences: u64 = rows.iter().map(|r| r["occurrences"].as_u64().unwrap()).sum();
    assert_eq!(occurrences as usize, counts.occurrences);
    let listed: BTreeSet<&str> = rows.iter().map(|r| r["sha256"].as_str().unwrap()).collect();
    let manifest_ids: BTreeSet<String> = s.manifest.entries.iter().map(|e| e.sha256.to_hex()).collect();
    assert_eq!(listed, manifest_ids.iter().map(String::as_str).collect());

    // media show of the content with the most copies: every place it was found.
    let mut groups: BTreeMap<String, BTreeSet<(String, String)>> = BTreeMap::new();
    for e in &s.manifest.entries {
        groups.entry(e.sha256.to_hex()).or_default().insert((e.path.clone(), e.archive_path.clone()));
    }
    let (sha256, places) = groups.iter().max_by_key(|(_, places)| places.len()).unwrap();
    assert!(places.len() >= 3, "a content with several copies: {places:?}");
    assert!(places.iter().any(|(_, member)| !member.is_empty()), "one copy is inside an archive: {places:?}");
    let detail = json(&mut s.with_lab(&["media", "show", "--json", sha256]));
    assert_eq!(detail["shape"], "vilab.media/1");
    assert_eq!(detail["sha256"], sha256.as_str());
    let shown: BTreeSet<(String, String)> = detail["places"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            assert_eq!(o["case"], CASE);
            assert_eq!(o["exhibit"], "laptop-1");
            let key = &o["occurrence"]["key"];
            (key["path"].as_str().unwrap().to_string(), key["archive_path"].as_str().unwrap().to_string())
        })
        .collect();
    assert_eq!(&shown, places);
    assert_eq!(detail["places"].as_array().unwrap().len(), places.len());
    assert!(detail["pdq"].is_object(), "a duplicated picture has its PDQ: {detail}");
    // The same item by an 8-digit prefix, as text.
    let text = ok(&mut s.with_lab(&["media", "show", &sha256[..8]]));
    assert!(text.contains(&format!("Found in {} places", places.len())), "{text}");

    // media errors: one row per damaged file, each naming its path.
    let errors = json(&mut s.with_lab(&["media", "errors", "--case", CASE, "--json"]));
    let errors = errors["errors"].as_array().unwrap();
    assert_eq!(errors.len(), counts.corrupt, "{errors:?}");
    for entry in &s.manifest.entries {
        let Role::Corrupt { reason } = entry.role else { continue };
        let row = errors
            .iter()
            .find(|row| row["error"]["key"]["path"] == entry.path.as_str())
            .unwrap_or_else(|| panic!("no error row for {reason:?} at {}", entry.path));
        assert_eq!(row["exhibit"], "laptop-1");
        let stage = row["error"]["stage"].as_str().unwrap();
        let expected = match reason {
            CorruptReason::EmptyFile => "read",
            CorruptReason::TruncatedZip => "archive",
            _ => "decode",
        };
        assert_eq!(stage, expected, "{reason:?}: {row}");
        assert!(!row["error"]["code"].as_str().unwrap().is_empty());
    }

    // verify (the administrator's): clean, exit 0.
    let verified = ok(s.with_lab(&["verify", "--quiet"]).env("VILAB_USER", "admin"));
    assert!(verified.contains("every blob matches"), "{verified}");
    let report = json(s.with_lab(&["verify", "--quiet", "--json"]).env("VILAB_USER", "admin"));
    assert_eq!(report["clean"], true);
    assert!(report["report"]["blobs"]["corrupt"].as_array().unwrap().is_empty());
    assert!(report["report"]["missing"].as_array().unwrap().is_empty());
    assert!(report["report"]["blobs"]["checked"].as_u64().unwrap() as usize >= counts.distinct_contents);

    // Ingesting again adds nothing.
    let again =
        json(s.with_lab(&["ingest", "--case", CASE, "--exhibit", "laptop-1", "--quiet", "--json"]).arg(s.seizure()));
    assert_eq!(again["shape"], "vilab.ingest/1");
    assert_eq!(again["ingest"]["already_done"].as_u64().unwrap() as usize, counts.files_on_disk);
    assert_eq!(
        (again["ingest"]["new_media"].as_u64(), again["ingest"]["new_occurrences"].as_u64()),
        (Some(0), Some(0))
    );
    assert!(
        again["matched"]["triage"]["new"].as_u64().is_some(),
        "ingest --json carries the match and triage: {again}"
    );

    // VILAB_LAB stands in for --lab.
    let cases = json(s.vilab().args(["case", "list", "--json"]).env("VILAB_LAB", s.lab()));
    let cases = cases["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 1);
    assert_eq!(cases[0]["case"]["name"], CASE);
    assert_eq!(cases[0]["media"].as_u64().unwrap() as usize, counts.distinct_contents);
    assert_eq!(cases[0]["occurrences"].as_u64().unwrap() as usize, counts.occurrences);
    let env_list = json(s.vilab().args(["media", "list", "--case", CASE, "--json"]).env("VILAB_LAB", s.lab()));
    assert_eq!(env_list, list);
}

#[test]
fn verify_fails_after_tampering() {
    let s = setup(22);
    ok(s.with_lab(&["ingest", "--case", CASE, "--exhibit", "laptop-1", "--quiet"]).arg(s.seizure()));
    // Damage the stored copy of the biggest content.
    let biggest = s.manifest.entries.iter().max_by_key(|e| e.size).unwrap();
    let hex = biggest.sha256.to_hex();
    // The lab is encrypted: the blob is under its keyed name, and a flipped
    // byte fails to decrypt (in the header here).
    let blob = common::blob_path(&s.lab(), &biggest.sha256);
    assert!(!blob.to_string_lossy().contains(&hex));
    let mut bytes = std::fs::read(&blob).unwrap();
    bytes[10] ^= 0x80;
    std::fs::write(&blob, &bytes).unwrap();
    let output = run(s.with_lab(&["verify", "--quiet"]).env("VILAB_USER", "admin"));
    assert_eq!(output.status.code(), Some(9));
    let text = stdout(&output);
    assert!(text.contains("UNREADABLE") && text.contains(&blob.display().to_string()), "{text}");
    // The repair hint names the content, found from the database.
    assert!(text.contains("REPAIR") && text.contains(&hex), "{text}");
}

#[test]
fn user_errors_are_refused_with_a_clear_message() {
    let s = setup(23);

    // A second init on the same lab.
    let output = run(s.with_lab(&["init"]).env("VILAB_ADMIN_PASSWORD", PASSWORD));
    assert!(!output.status.success());
    assert!(stderr(&output).contains("already exists"), "{}", stderr(&output));

    // Ingest into a case that does not exist: nothing is recorded.
    let output =
        run(s.with_lab(&["ingest", "--case", "OP-1999-404", "--exhibit", "usb-1", "--quiet"]).arg(s.seizure()));
    assert!(!output.status.success());
    assert!(stderr(&output).contains("OP-1999-404"), "{}", stderr(&output));
    let cases = json(&mut s.with_lab(&["case", "list", "--json"]));
    assert_eq!(cases["cases"][0]["media"], 0);
    assert_eq!(cases["cases"][0]["exhibits"], 0);

    // No lab where --lab points.
    let missing = s.dir.path().join("no-lab-here");
    let output = run(s.vilab().args(["case", "list", "--lab"]).arg(&missing));
    assert!(!output.status.success());
    assert!(stderr(&output).contains("vilab init"), "says how to create one: {}", stderr(&output));

    // VILAB_LAB is honoured for errors too: it names the missing lab.
    let output = run(s.vilab().args(["case", "list"]).env("VILAB_LAB", &missing));
    assert!(!output.status.success());
    assert!(stderr(&output).contains("no-lab-here"), "{}", stderr(&output));

    // A taken case name.
    let output = run(&mut s.with_lab(&["case", "create", CASE]));
    assert!(!output.status.success());
    assert!(stderr(&output).contains(CASE), "{}", stderr(&output));
}

#[test]
fn hash_prints_digests_and_reference_pdq() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let file = dir.path().join("notes.bin");
    let bytes: Vec<u8> = (0..10_000u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(&file, &bytes).unwrap();
    let line = json(vilab(home).args(["hash", "--json"]).arg(&file));
    let digests = Digests::of(&bytes);
    assert_eq!(line["md5"], digests.md5.to_hex());
    assert_eq!(line["sha1"], digests.sha1.to_hex());
    assert_eq!(line["sha256"], digests.sha256.to_hex());
    assert_eq!(line["size"], 10_000);
    assert_eq!(line["kind"], "other");
    assert!(line["pdq"].is_null());

    // A lossless PNG hashes exactly as the reference implementation does.
    let testdata = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/testdata/pdq");
    let expected = std::fs::read_to_string(format!("{testdata}/expected.tsv")).unwrap();
    let mut checked = 0;
    for name in ["synthetic-png/syn00.png", "synthetic-png/syn05.png", "misc-images/c.png"] {
        let row = expected.lines().find(|l| l.starts_with(&format!("{name}\t"))).unwrap();
        let cols: Vec<&str> = row.split('\t').collect();
        let path = format!("{testdata}/images/{name}");
        let out = ok(vilab(home).arg("hash").arg(&path));
        let mut lines = out.lines();
        assert_eq!(lines.next().unwrap(), "path\tmd5\tsha1\tsha256\tpdq\tquality\terror");
        let fields: Vec<&str> = lines.next().unwrap().split('\t').collect();
        assert_eq!(fields[0], path);
        let file_digests = Digests::of(&std::fs::read(&path).unwrap());
        assert_eq!(fields[1], file_digests.md5.to_hex());
        assert_eq!(fields[3], file_digests.sha256.to_hex());
        assert_eq!(fields[4], cols[1], "PDQ of {name}");
        assert_eq!(fields[5], cols[2], "quality of {name}");
        assert_eq!(fields[6], "", "no error for {name}");
        checked += 1;
    }
    assert_eq!(checked, 3);

    // A missing file: an error, and a failing exit.
    let output = run(vilab(home).args(["hash"]).arg(dir.path().join("absent.jpg")));
    assert!(!output.status.success());
    assert!(stdout(&output).contains("cannot open this file"), "{}", stdout(&output));
}
