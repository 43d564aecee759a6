//! Regions and renditions through the real binary: `vilab region add /
//! list / rm`, `vilab sanitize` writing renditions named by uid (never the
//! original), `vilab rendition approve` refused to the crop's maker (four
//! eyes), and every audience refused to a partner, trainee and public
//! account on the command line.

mod common;

use common::{UsersLab as Lab, run, succeeds as ok};

/// The rows of a TSV table, the header left out.
fn rows(tsv: &str) -> Vec<Vec<String>> {
    tsv.lines().skip(1).map(|l| l.split('\t').map(str::to_string).collect()).collect()
}

#[test]
fn regions_drawn_on_the_command_line_make_renditions_approved_by_a_second_analyst() {
    let lab = Lab::new();
    ok(&mut lab.cmd("analyst", &["case", "create", "OP-1"]));
    lab.add_user("lan", "analyst", &["OP-1"]);
    for role in ["partner", "trainee", "public"] {
        lab.add_user(role, role, &[]);
    }
    let original = vilab_synth::benchmark_jpeg(7, 640, 480);
    let seized = lab.dir.path().join("seized");
    std::fs::create_dir_all(&seized).unwrap();
    std::fs::write(seized.join("a.jpg"), &original).unwrap();
    ok(lab.cmd("analyst", &["ingest", "--case", "OP-1", "--exhibit", "usb", "--quiet"]).arg(&seized));
    let sha = vilab_core::Digests::of(&original).sha256.to_hex();

    let face =
        rows(&ok(&mut lab
            .cmd("analyst", &["region", "add", &sha, "--case", "OP-1", "--rect", "20,20,80,80", "--kind", "face"])));
    assert_eq!(face[0][2..6], ["face", "fill", "drawn", "rect:20,20,80,80"]);
    let bag = rows(&ok(&mut lab.cmd(
        "analyst",
        &["region", "add", &sha, "--case", "OP-1", "--polygon", "400,300,520,300,460,400", "--kind", "object"],
    )));
    let bad = run(
        &mut lab.cmd("analyst", &["region", "add", &sha, "--case", "OP-1", "--rect", "600,0,50", "--kind", "text"])
    );
    assert_eq!(bad.status.code(), Some(2), "a rectangle of three values is refused");
    let listed = rows(&ok(&mut lab.cmd("analyst", &["region", "list", &sha, "--case", "OP-1"])));
    assert_eq!(listed.len(), 2);

    // Partner renditions: one file named by its uid, re-encoded.
    let out = lab.dir.path().join("out");
    let made = rows(&ok(&mut lab.cmd(
        "analyst",
        &["sanitize", &sha, "--case", "OP-1", "--audience", "partner", "--out", out.to_str().unwrap()],
    )));
    assert_eq!(made.len(), 1);
    let file = std::fs::read(out.join(format!("{}.jpg", made[0][0]))).unwrap();
    assert_ne!(file, original, "never the original");
    assert_eq!(&file[..2], b"\xff\xd8");
    assert!(!file.windows(4).any(|w| w == b"Exif"), "no EXIF left");

    // A public crop: its maker may not approve it; another analyst does.
    let public = rows(&ok(&mut lab.cmd(
        "analyst",
        &["sanitize", &sha, "--case", "OP-1", "--audience", "public", "--out", out.to_str().unwrap()],
    )));
    assert_eq!((public.len(), public[0][2].as_str()), (1, bag[0][0].as_str()));
    let same = run(&mut lab.cmd("analyst", &["rendition", "approve", &public[0][0]]));
    assert_eq!(same.status.code(), Some(5), "four eyes: {}", String::from_utf8_lossy(&same.stderr));
    let approved = rows(&ok(&mut lab.cmd("lan", &["rendition", "approve", &public[0][0]])));
    assert!(!approved[0][8].is_empty(), "approved_by is set");

    // Partners, trainees and the public make nothing on the command line.
    for user in ["partner", "trainee", "public"] {
        let theirs = lab.dir.path().join(format!("out-{user}"));
        for audience in ["partner", "trainee", "public"] {
            let refused = run(&mut lab.cmd(
                user,
                &["sanitize", &sha, "--case", "OP-1", "--audience", audience, "--out", theirs.to_str().unwrap()],
            ));
            assert!(!refused.status.success(), "{user} {audience}");
            assert!(!theirs.exists(), "{user} {audience}: nothing written");
        }
    }

    // Removing a region keeps it in the history.
    ok(&mut lab.cmd("analyst", &["region", "rm", &bag[0][0], "--case", "OP-1"]));
    let history = rows(&ok(&mut lab.cmd("analyst", &["region", "list", &sha, "--case", "OP-1", "--history"])));
    assert_eq!(history.len(), 3);
    assert_eq!(history[2][6], "yes");
}
