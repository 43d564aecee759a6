//! The reproductions of the "nothing lost, nothing hidden" issue, run as a
//! user runs them: the real binary on real files, real signals, a real full
//! disk (a tmpfs in a mount namespace of the test's own) and a real failing
//! read.

mod common;

use std::io::{BufRead, BufReader, Read};
use std::os::unix::ffi::OsStrExt as _;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use common::CliLab as Lab;

impl Lab {
    fn ingest(&self) -> Command {
        let mut command = self.cmd(&["ingest", "--case", "C", "--exhibit", "x", "--quiet"]);
        command.arg(self.folder());
        command
    }

    /// The shell line that runs this binary on this lab (for `sh -c`).
    fn shell(&self, args: &str) -> String {
        format!("'{}' {args} --lab '{}'", env!("CARGO_BIN_EXE_vilab"), self.path().display())
    }

    /// Runs a shell script in a user and mount namespace of its own (where
    /// it may mount a tmpfs or bind a file, whoever runs the tests), in the
    /// lab's folder; returns what it printed.
    fn in_namespace(&self, script: &str) -> Output {
        let mut command = Command::new("unshare");
        common::isolated(&mut command, &self.home());
        command.args(["-rm", "sh", "-c", script]).current_dir(self.dir.path()).output().expect("unshare runs")
    }

    fn media_json(&self) -> Vec<Value> {
        let out = ok(&mut self.cmd(&["media", "list", "--case", "C", "--json", "--limit", "100000"]));
        let listing: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(listing["shape"], "vilab.media-list/1");
        listing["items"].as_array().unwrap().clone()
    }

    fn errors_json(&self) -> Vec<Value> {
        let out = ok(&mut self.cmd(&["media", "errors", "--case", "C", "--json"]));
        let listing: Value = serde_json::from_str(&out).unwrap();
        listing["errors"].as_array().unwrap().clone()
    }
}

fn run(command: &mut Command) -> Output {
    command.output().expect("the vilab binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn ok(command: &mut Command) -> String {
    let output = run(command);
    assert!(output.status.success(), "{command:?} failed: {}\n{}", text(&output.stderr), text(&output.stdout));
    text(&output.stdout)
}

/// Item 1: Duplicate member names in a zip: made as the issue makes them (with
/// Python's zipfile), both members are stored and shown apart.
#[test]
fn duplicate_names_in_a_zip_made_by_python_are_both_ingested() {
    let lab = Lab::new();
    let script = "import sys, zipfile, warnings\nwarnings.simplefilter('ignore')\n\
                  z = zipfile.ZipFile(sys.argv[1], 'w')\nz.writestr('e.jpg', b'FIRST')\n\
                  z.writestr('e.jpg', b'SECOND')\nz.close()";
    let zip = lab.folder().join("dup.zip");
    ok(Command::new("python3").args(["-c", script]).arg(&zip));
    ok(&mut lab.ingest());
    let media = lab.media_json();
    let shown: Vec<&str> = media.iter().map(|m| m["first_path"]["archive_path"].as_str().unwrap()).collect();
    assert!(shown.contains(&"e.jpg") && shown.contains(&"e.jpg\\#1"), "{shown:?}");
    let sizes: Vec<u64> = media.iter().map(|m| m["size"].as_u64().unwrap()).collect();
    assert!(sizes.contains(&5) && sizes.contains(&6), "FIRST and SECOND are both stored: {sizes:?}");
    let second = media.iter().find(|m| m["size"] == 6).unwrap();
    let detail = ok(&mut lab.cmd(&["media", "show", second["sha256"].as_str().unwrap()]));
    assert!(detail.contains("entry 0, has the same name"), "{detail}");
}

/// Item 2: A full evidence store: the ingest ends incomplete (exit status 3)
/// and says how to resume; once space is freed, the same command stores
/// every file the first could not, and verify finds the store whole.
#[test]
fn a_full_disk_leaves_files_to_retry_and_the_rerun_stores_them() {
    let lab = Lab::new();
    let mut expected = Vec::new();
    for i in 0..40u32 {
        let mut bytes: Vec<u8> = (0..100_000u32).map(|j| (j.wrapping_mul(2_654_435_761) >> 9) as u8).collect();
        bytes[..4].copy_from_slice(&i.to_be_bytes());
        std::fs::write(lab.folder().join(format!("f{i:02}.bin")), &bytes).unwrap();
        expected.push(vilab_core::Sha256::of(&bytes).to_hex());
    }
    let ingest = lab.shell(&format!("ingest --case C --exhibit x --quiet '{}'", lab.folder().display()));
    let evidence = lab.path().join("evidence");
    let script = format!(
        "mount -t tmpfs -o size=1m tmpfs '{ev}' || exit 90\n\
         {ingest} > first.out 2>&1; echo \"first=$?\"\n\
         mount -o remount,size=64m '{ev}' || exit 91\n\
         {ingest} > second.out 2>&1; echo \"second=$?\"\n\
         VILAB_USER=admin {verify} > verify.out 2>&1; echo \"verify=$?\"",
        ev = evidence.display(),
        verify = lab.shell("verify"),
    );
    let output = lab.in_namespace(&script);
    let codes = text(&output.stdout);
    let first = std::fs::read_to_string(lab.dir.path().join("first.out")).unwrap_or_default();
    assert!(codes.contains("first=3"), "{codes}\n{first}\n{}", text(&output.stderr));
    assert!(first.contains("INCOMPLETE") && first.contains("run the same command"), "{first}");
    assert!(codes.contains("second=0"), "{codes}");
    assert!(codes.contains("verify=0"), "{codes}");
    let second = std::fs::read_to_string(lab.dir.path().join("second.out")).unwrap();
    assert!(second.contains("earlier errors resolved"), "{second}");

    // Every file is recorded once; no transient error is left open.
    let media = lab.media_json();
    let mut stored: Vec<String> = media.iter().map(|m| m["sha256"].as_str().unwrap().to_string()).collect();
    stored.sort();
    expected.sort();
    assert_eq!(stored, expected);
    assert!(lab.errors_json().is_empty(), "{:?}", lab.errors_json());
}

/// Item 2: A read that fails (here a file the kernel refuses to read) is not
/// done: retried, and stored, once it reads.
#[test]
fn a_failed_read_is_retried_on_the_next_run() {
    let lab = Lab::new();
    std::fs::write(lab.folder().join("fine.txt"), b"readable").unwrap();
    let victim = lab.folder().join("broken.jpg");
    std::fs::write(&victim, b"the real content").unwrap();
    let ingest = lab.shell(&format!("ingest --case C --exhibit x --quiet '{}'", lab.folder().display()));
    // Bound over the file: a process's memory, which another process
    // cannot read; the walk sees a regular file, the read fails.
    let script = format!(
        "mount --bind /proc/self/mem '{}' || exit 90\n{ingest} > first.out 2>&1; echo \"first=$?\"",
        victim.display()
    );
    let output = lab.in_namespace(&script);
    let first = std::fs::read_to_string(lab.dir.path().join("first.out")).unwrap_or_default();
    assert!(text(&output.stdout).contains("first=3"), "{}\n{first}\n{}", text(&output.stdout), text(&output.stderr));
    let errors = lab.errors_json();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0]["error"]["stage"], "read");
    assert_eq!(errors[0]["error"]["transient"], true);

    // Out of the namespace the file reads again: the same command stores it.
    let second = run(&mut lab.ingest());
    assert!(second.status.success(), "{}", text(&second.stderr));
    assert!(lab.errors_json().is_empty());
    let sizes: Vec<u64> = lab.media_json().iter().map(|m| m["size"].as_u64().unwrap()).collect();
    assert!(sizes.contains(&16), "the real content is stored: {sizes:?}");
}

/// Item 3: Names that are not UTF-8, and one that is the replacement character:
/// three items, three occurrences, three distinct names in TSV and JSON.
#[test]
fn names_that_are_not_utf8_stay_distinct_everywhere() {
    let lab = Lab::new();
    let names: [&[u8]; 3] = [b"a\xff.txt", b"a\xfe.txt", b"a\xef\xbf\xbd.txt"];
    for (i, name) in names.iter().enumerate() {
        std::fs::write(lab.folder().join(std::ffi::OsStr::from_bytes(name)), format!("content {i}")).unwrap();
    }
    ok(&mut lab.ingest());
    let media = lab.media_json();
    assert_eq!(media.len(), 3);
    let mut shown: Vec<&str> = media.iter().map(|m| m["first_path"]["path"].as_str().unwrap()).collect();
    shown.sort();
    assert_eq!(shown, ["a\\xfe.txt", "a\\xff.txt", "a\u{fffd}.txt"]);
    let raw: Vec<Option<&str>> = media.iter().map(|m| m["first_path"]["path_hex"].as_str()).collect();
    assert_eq!(raw.iter().filter(|r| r.is_some()).count(), 2, "the raw bytes beside the names shown escaped: {raw:?}");
    let tsv = ok(&mut lab.cmd(&["media", "list", "--case", "C"]));
    let mut paths: Vec<&str> = tsv.lines().skip(1).map(|l| l.rsplit('\t').next().unwrap()).collect();
    paths.sort();
    assert_eq!(paths, ["a\\xfe.txt", "a\\xff.txt", "a\u{fffd}.txt"]);
}

/// Item 4: A different folder for an existing exhibit is refused unless said to
/// be the same exhibit remounted.
#[test]
fn another_folder_for_an_exhibit_is_refused_with_how_to_say_it_is_the_same() {
    let lab = Lab::new();
    std::fs::write(lab.folder().join("a.jpg"), b"in A").unwrap();
    ok(&mut lab.ingest());
    let other = lab.dir.path().join("B");
    std::fs::create_dir_all(&other).unwrap();
    std::fs::write(other.join("a.jpg"), b"in B, another content").unwrap();
    let mut refused = lab.cmd(&["ingest", "--case", "C", "--exhibit", "x"]);
    let output = run(refused.arg(&other));
    assert_eq!(output.status.code(), Some(7), "a conflict ends with status 7");
    assert!(text(&output.stderr).contains("--remounted"), "{}", text(&output.stderr));
    let mut remounted = lab.cmd(&["ingest", "--case", "C", "--exhibit", "x", "--remounted", "--quiet"]);
    ok(remounted.arg(&other));
    assert_eq!(lab.media_json().len(), 2, "B's file is a new occurrence at the same path");
}

/// Item 8: SIGTERM (as `timeout`, systemd or a shutdown send it) stops like
/// Ctrl-C: committed work kept, exit status 143, the run interrupted, and
/// the same command resumes without duplicates.
#[test]
fn sigterm_stops_cleanly_and_the_run_resumes() {
    let lab = Lab::new();
    for i in 0..3000u32 {
        let mut bytes: Vec<u8> = (0..65_536u32).map(|j| (j.wrapping_mul(2_246_822_519) >> 7) as u8).collect();
        bytes[..4].copy_from_slice(&i.to_be_bytes());
        std::fs::write(lab.folder().join(format!("f{i:04}.bin")), bytes).unwrap();
    }
    let mut child = lab.ingest().arg("--threads").arg("1").stdout(Stdio::piped()).spawn().unwrap();
    // Wait for the first commit, then ask it to stop.
    let started = Instant::now();
    while lab.media_json().is_empty() {
        assert!(started.elapsed() < Duration::from_secs(60), "no commit within a minute");
        std::thread::sleep(Duration::from_millis(20));
    }
    let pid = child.id().to_string();
    ok(Command::new("kill").args(["-TERM", &pid]));
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(143), "exit status of a run stopped by SIGTERM");
    let stopped_at = lab.media_json().len();
    assert!(stopped_at < 3000, "stopped before the end: {stopped_at}");

    let resumed = run(&mut lab.ingest());
    assert!(resumed.status.success(), "{}", text(&resumed.stderr));
    assert_eq!(lab.media_json().len(), 3000, "every file once: {}", text(&resumed.stdout));
    let counts = ok(&mut lab.cmd(&["case", "list"]));
    assert!(counts.contains("\t3000\t3000\t0"), "3000 media, 3000 occurrences, no error: {counts}");
}

/// Item 8: A process killed outright (`kill -9`) during a large write: the next
/// command that opens the lab marks its run aborted and removes the
/// temporary file it left; verify says so.
#[test]
fn a_killed_ingest_is_marked_aborted_and_its_temporary_file_removed() {
    let lab = Lab::new();
    let big = lab.folder().join("disk.img");
    let file = std::fs::File::create(&big).unwrap();
    file.set_len(4 << 30).unwrap();
    drop(file);
    let mut child = lab.ingest().spawn().unwrap();
    let tmp = lab.path().join("evidence/.tmp");
    let started = Instant::now();
    loop {
        let growing = std::fs::read_dir(&tmp).unwrap().flatten().any(|e| e.metadata().is_ok_and(|m| m.len() > 1 << 20));
        if growing {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(60), "no write in progress within a minute");
        std::thread::sleep(Duration::from_millis(10));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(std::fs::read_dir(&tmp).unwrap().count(), 1, "the killed write left its temporary file");

    let verify = run(lab.cmd(&["verify"]).env("VILAB_USER", "admin"));
    let (out, err) = (text(&verify.stdout), text(&verify.stderr));
    assert!(err.contains("marked aborted"), "{err}");
    assert!(out.contains("removed 1 temporary file ") || err.contains("removed 1 temporary file "), "{out}{err}");
    assert_eq!(std::fs::read_dir(&tmp).unwrap().count(), 0);
    assert!(verify.status.success(), "{out}{err}");
}

/// Item 9: A stored original damaged without changing its size: verify names
/// it and says how to repair it; the command it gives restores it.
#[test]
fn verify_says_how_to_repair_and_a_repair_ingest_restores_the_blob() {
    let lab = Lab::new();
    let content = b"an original, kept in the evidence store".to_vec();
    std::fs::write(lab.folder().join("evidence.txt"), &content).unwrap();
    ok(&mut lab.ingest());
    let blob = common::blob_path(&lab.path(), &vilab_core::Sha256::of(&content));
    let mut damaged = std::fs::read(&blob).unwrap();
    // A byte of the first (and final) chunk's ciphertext.
    damaged[90] ^= 0x20;
    std::fs::write(&blob, &damaged).unwrap();

    let verify = run(lab.cmd(&["verify"]).env("VILAB_USER", "admin"));
    assert_eq!(verify.status.code(), Some(9), "integrity problems end with status 9");
    let report = text(&verify.stdout);
    let hint = report.lines().find(|l| l.contains("REPAIR")).unwrap_or_else(|| panic!("{report}"));
    let command = hint.split("--repair: ").nth(1).unwrap();
    assert!(command.starts_with("vilab ingest"), "{hint}");
    // The command as printed, with this test's binary for `vilab`.
    let line = format!("'{}'{}", env!("CARGO_BIN_EXE_vilab"), &command["vilab".len()..]);
    let mut repair = Command::new("sh");
    let repair = common::isolated(&mut repair, &lab.home()).args(["-c", &line]).output().unwrap();
    assert!(repair.status.success(), "{line}\n{}", text(&repair.stderr));
    assert_ne!(std::fs::read(&blob).unwrap(), damaged, "the damaged file was replaced");
    ok(lab.cmd(&["verify"]).env("VILAB_USER", "admin"));
}

/// Item 10: With a umask of 000 a new lab is still its owner's alone.
#[test]
fn a_lab_made_with_an_open_umask_is_the_owners_alone() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let lab = dir.path().join("lab");
    let line = format!("umask 000; '{}' init --lab '{}'", env!("CARGO_BIN_EXE_vilab"), lab.display());
    let mut sh = Command::new("sh");
    let output = common::isolated(&mut sh, &dir.path().join("home")).args(["-c", &line]).output().unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&lab), 0o700);
    assert_eq!(mode(&lab.join("lab.db")), 0o600);
    assert_eq!(mode(&lab.join("evidence")), 0o700);
    assert_eq!(mode(&lab.join("identity/lab.ed25519")), 0o600);
    assert_eq!(mode(&lab.join("lab.keys")), 0o600);
}

/// Item 11: A reader that goes away (`| head -1`) ends the command quietly with
/// status 0; enough output is asked for to fill the pipe.
#[test]
fn a_closed_pipe_ends_quietly_with_status_zero() {
    let lab = Lab::new();
    let mut files = Vec::new();
    for i in 0..1500 {
        let path = lab.folder().join(format!("note-{i:04}.txt"));
        std::fs::write(&path, format!("note {i}")).unwrap();
        files.push(path);
    }
    ok(&mut lab.ingest());
    let hash =
        { common::vilab(&lab.home()).arg("hash").args(&files).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn() };
    let list = lab
        .cmd(&["media", "list", "--case", "C", "--limit", "100000"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let json = lab
        .cmd(&["media", "list", "--case", "C", "--json", "--limit", "100000"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    for child in [hash, list, json] {
        let mut child = child.unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
        assert!(!first.is_empty());
        // The reader is gone (the pipe's end dropped above).
        let mut err = String::new();
        child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
        let status = child.wait().unwrap();
        assert!(status.success(), "{status:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

/// Item 11: A file name with a tab and a newline cannot forge a row or a column
/// of TSV, in `vilab hash` as in `media list`.
#[test]
fn a_name_with_a_tab_and_a_newline_cannot_forge_a_row() {
    let lab = Lab::new();
    let evil = lab.folder().join("evil\tname\n1\tforged.jpg");
    std::fs::write(&evil, b"not a picture").unwrap();
    let hashed = ok(common::vilab(&lab.home()).arg("hash").arg(&evil));
    let lines: Vec<&str> = hashed.lines().collect();
    assert_eq!(lines.len(), 2, "header and one row: {hashed:?}");
    assert_eq!(lines[1].split('\t').count(), lines[0].split('\t').count());
    assert!(
        lines[1].starts_with("evil\\tname\\n1\\tforged.jpg\t") || lines[1].contains("evil\\tname\\n1\\tforged.jpg")
    );
    ok(&mut lab.ingest());
    let listed = ok(&mut lab.cmd(&["media", "list", "--case", "C"]));
    let lines: Vec<&str> = listed.lines().collect();
    assert_eq!(lines.len(), 2, "{listed:?}");
    assert_eq!(lines[1].split('\t').count(), lines[0].split('\t').count());
    assert!(lines[1].ends_with("evil\\tname\\n1\\tforged.jpg"), "{}", lines[1]);
}

/// Item 11: `vilab hash` reports damaged JPEG data in its error column, as an
/// ingest does.
#[test]
fn hash_reports_damaged_jpeg_data() {
    let lab = Lab::new();
    let jpeg = vilab_synth::jpeg_bytes(&vilab_synth::scene(4, 320, 240), 90);
    let cut = lab.folder().join("cut.jpg");
    std::fs::write(&cut, &jpeg[..jpeg.len() * 2 / 3]).unwrap();
    let hashed = ok(common::vilab(&lab.home()).arg("hash").arg(&cut));
    let row = hashed.lines().nth(1).unwrap();
    let error = row.rsplit('\t').next().unwrap();
    assert!(error.starts_with("damaged JPEG data"), "{row}");
    assert!(!row.split('\t').nth(4).unwrap().is_empty(), "still hashed: {row}");
}
