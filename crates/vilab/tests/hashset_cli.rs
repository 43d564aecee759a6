//! `vilab hashset ...` through the real binary: a VICS import lands whole,
//! a malformed one lands not at all, and the set can be listed and removed.

mod common;

use common::vilab;

fn vics(records: &[(i64, &str)]) -> String {
    let media: Vec<String> = records
        .iter()
        .map(|(id, md5)| format!(r#"{{"MediaID": {id}, "MD5": "{md5}", "Category": "1", "IsPrecategorized": "true"}}"#))
        .collect();
    format!(
        r#"{{"odata.metadata": "http://github.com/ICMEC/ProjectVic/DataModels/1.3.xml#Media", "value": [{}]}}"#,
        media.join(",\n")
    )
}

#[test]
fn a_vics_import_lands_whole_or_not_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    let lab = dir.path().join("lab");
    common::init_lab(&home, &lab);

    let good = dir.path().join("good.json");
    std::fs::write(&good, vics(&[(1, "0123456789abcdef0123456789ABCDEF"), (2, "ffffffffffffffffffffffffffffffff")]))
        .unwrap();
    let out = vilab(&home)
        .args(["hashset", "import", "--name", "ProjectVIC-test", "--profile", "vic-us", "--json", "--lab"])
        .arg(&lab)
        .arg(&good)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let set: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(set["shape"], "vilab.hashset/1");
    assert_eq!((set["entries"].as_u64(), set["format"].as_str()), (Some(2), Some("vics1")));

    // A repeated MediaID on the third record: refused, nothing of it stored.
    let bad = dir.path().join("bad.json");
    std::fs::write(
        &bad,
        vics(&[
            (1, "00000000000000000000000000000001"),
            (2, "00000000000000000000000000000002"),
            (1, "00000000000000000000000000000003"),
        ]),
    )
    .unwrap();
    let out =
        vilab(&home).args(["hashset", "import", "--name", "bad-set", "--lab"]).arg(&lab).arg(&bad).output().unwrap();
    assert!(!out.status.success());
    let message = String::from_utf8_lossy(&out.stderr);
    assert!(
        message.contains("record 2") && message.contains("MediaID") && message.contains("nothing of it was imported"),
        "{message}"
    );

    let list = vilab(&home).args(["hashset", "list", "--json", "--lab"]).arg(&lab).output().unwrap();
    let sets: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    let sets = &sets["hashsets"];
    assert_eq!(sets.as_array().unwrap().len(), 1, "{sets}");
    assert_eq!(sets[0]["name"], "ProjectVIC-test");

    // A lab's own profile, stored by `hashset profiles --set` (encrypted: the test lab is).
    let unknown = vilab(&home)
        .args(["hashset", "import", "--name", "p", "--profile", "kh-police", "--lab"])
        .arg(&lab)
        .arg(&good)
        .output()
        .unwrap();
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("Unknown category profile 'kh-police'"));
    let show = |lab: &std::path::Path| {
        let out = vilab(&home).args(["hashset", "profiles", "--show", "--lab"]).arg(lab).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(show(&lab).contains("no profiles of its own"));
    let profiles = dir.path().join("profiles.toml");
    let profiles_text = "[[profile]]\nname = \"kh-police\"\ncategories = { 1 = \"grade one\" }\n";
    std::fs::write(&profiles, profiles_text).unwrap();
    let set =
        vilab(&home).args(["hashset", "profiles", "--lab"]).arg(&lab).arg("--set").arg(&profiles).output().unwrap();
    assert!(set.status.success(), "{}", String::from_utf8_lossy(&set.stderr));
    assert!(String::from_utf8_lossy(&set.stdout).contains("kh-police"));
    assert!(!lab.join("profiles.toml").exists(), "kept encrypted, not in clear");
    assert_eq!(show(&lab), profiles_text, "--show gives the stored text back, decrypted");
    let known = vilab(&home)
        .args(["hashset", "import", "--name", "p", "--profile", "kh-police", "--lab"])
        .arg(&lab)
        .arg(&good)
        .output()
        .unwrap();
    assert!(known.status.success(), "{}", String::from_utf8_lossy(&known.stderr));
    assert!(vilab(&home).args(["hashset", "remove", "p", "--lab"]).arg(&lab).status().unwrap().success());

    // The same name again is refused; remove frees it.
    let again = vilab(&home)
        .args(["hashset", "import", "--name", "projectvic-TEST", "--lab"])
        .arg(&lab)
        .arg(&good)
        .output()
        .unwrap();
    assert!(!again.status.success());
    assert!(vilab(&home).args(["hashset", "remove", "ProjectVIC-test", "--lab"]).arg(&lab).status().unwrap().success());
    let list = vilab(&home).args(["hashset", "list", "--json", "--lab"]).arg(&lab).output().unwrap();
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&list.stdout).unwrap()["hashsets"].as_array().unwrap().len(),
        0
    );
}

#[test]
fn export_then_import_gives_the_same_hashes_and_categories() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    let lab = dir.path().join("lab");
    let run = |args: &[&str]| {
        let out = vilab(&home)
            .args(args)
            .arg("--lab")
            .arg(&lab)
            .env("VILAB_ADMIN_PASSWORD", "Tr0ub4dor&3-correct-horse")
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    common::init_lab(&home, &lab);
    run(&["case", "create", "OP-1"]);
    let seized = dir.path().join("seized");
    std::fs::create_dir_all(&seized).unwrap();
    let images: Vec<Vec<u8>> =
        (0..3).map(|i| vilab_synth::jpeg_bytes(&vilab_synth::scene(500 + i, 320, 240), 90)).collect();
    for (i, bytes) in images.iter().enumerate() {
        std::fs::write(seized.join(format!("{i}.jpg")), bytes).unwrap();
    }
    let md5 = vilab_core::Digests::of(&images[1]).md5.to_hex();
    let known = dir.path().join("known.csv");
    std::fs::write(&known, format!("md5,category,series\n{md5},1,S-1\n")).unwrap();
    let imported = run(&["hashset", "import", "--name", "known", "--profile", "vic-us", known.to_str().unwrap()]);
    assert!(imported.contains("1 entry,") && imported.contains("format csv"), "{imported}");

    let ingested = run(&["ingest", "--case", "OP-1", "--exhibit", "usb", "--quiet", seized.to_str().unwrap()]);
    assert!(ingested.contains("Triage"), "ingest ends with the triage: {ingested}");
    let triage: serde_json::Value = serde_json::from_str(&run(&["triage", "--case", "OP-1", "--json"])).unwrap();
    assert_eq!(triage["shape"], "vilab.triage/1");
    assert_eq!(triage["counts"]["known"], 1);
    assert_eq!(triage["counts"]["new"], 2);
    // Each item carries its places: exhibit and path.
    let item = triage["items"].as_array().unwrap().iter().find(|i| i["status"] == "known").unwrap();
    assert_eq!(item["places"][0]["exhibit"], "usb");
    assert_eq!(item["places"][0]["place"]["path"], "1.jpg");
    assert_eq!(item["proposal"]["category"]["category"], 1);

    for shape in ["media", "case"] {
        let exported = dir.path().join(format!("export-{shape}.json"));
        run(&[
            "hashset",
            "export",
            "--case",
            "OP-1",
            "--format",
            "vics2",
            "--shape",
            shape,
            "-o",
            exported.to_str().unwrap(),
        ]);
        let name = format!("round-trip-{shape}");
        run(&["hashset", "import", "--name", &name, "--profile", "vic-us", exported.to_str().unwrap()]);
        let csv_a = dir.path().join(format!("a-{shape}.csv"));
        run(&["hashset", "export", "--case", "OP-1", "--format", "csv", "-o", csv_a.to_str().unwrap()]);
        let rows = std::fs::read_to_string(&csv_a).unwrap();
        assert_eq!(rows.lines().count(), 4, "{rows}");
        assert!(
            rows.contains(&format!("{md5},")) && rows.lines().any(|l| l.starts_with(&md5) && l.contains(",1,S-1,")),
            "{rows}"
        );
        let set: serde_json::Value = serde_json::from_str(&run(&["hashset", "show", &name, "--json"])).unwrap();
        assert_eq!(set["entries"], 3);
    }
    // Matching again: every item is now known through the round-tripped sets, the category kept.
    let matched: serde_json::Value = serde_json::from_str(&run(&["match", "--case", "OP-1", "--json"])).unwrap();
    assert_eq!(matched["triage"]["known"], 3);
    let by_category = matched["triage"]["by_category"].as_array().unwrap();
    let cam = by_category.iter().find(|c| c["profile"] == "vic-us" && c["category"] == 1).unwrap();
    assert_eq!(cam["count"], 1);
    let md5_list = run(&["hashset", "export", "--case", "OP-1", "--format", "md5"]);
    assert_eq!(md5_list.lines().count(), 3);
    assert!(md5_list.contains(&md5));
}

#[test]
fn a_list_with_an_endless_line_or_text_not_utf8_is_refused_with_its_line_and_stores_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    let lab = dir.path().join("lab");
    common::init_lab(&home, &lab);
    let md5 = "00112233445566778899aabbccddeeff";
    let refused = |name: &str, bytes: &[u8]| {
        let file = dir.path().join(name);
        std::fs::write(&file, bytes).unwrap();
        let out =
            vilab(&home).args(["hashset", "import", "--name", name, "--lab"]).arg(&lab).arg(&file).output().unwrap();
        assert!(!out.status.success());
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let long = format!("{md5}\n{md5}  {}\n", "a".repeat(1 << 20));
    let message = refused("long.txt", long.as_bytes());
    assert!(
        message.contains("nothing of it was imported")
            && message.contains("long.txt: line 2: a list line over 64 KiB (65536 bytes) is refused"),
        "{message}"
    );
    let message = refused("latin1.txt", &[format!("{md5}\n{md5}  caf").as_bytes(), b"\xe9.jpg\n"].concat());
    assert!(message.contains("latin1.txt: line 2, byte offset 70: not valid UTF-8"), "{message}");
    let message = refused("latin1.csv", &[format!("md5,series\n{md5},caf").as_bytes(), b"\xe9\n"].concat());
    assert!(message.contains("latin1.csv: line 2, byte offset 47: not valid UTF-8"), "{message}");
    let list = vilab(&home).args(["hashset", "list", "--json", "--lab"]).arg(&lab).output().unwrap();
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&list.stdout).unwrap()["hashsets"], serde_json::json!([]));

    // The lab's own profiles, checked before they are stored.
    let profiles = dir.path().join("profiles.toml");
    std::fs::write(&profiles, b"[[profile]]\nname = \"kh\"\ndescription = \"caf\xe9\"\n").unwrap();
    let out =
        vilab(&home).args(["hashset", "profiles", "--lab"]).arg(&lab).arg("--set").arg(&profiles).output().unwrap();
    assert!(!out.status.success());
    let message = String::from_utf8_lossy(&out.stderr);
    assert!(message.contains("profiles.toml are malformed"), "{message}");
    assert!(message.contains("line 3, byte offset 42: not valid UTF-8"), "{message}");
    // A plaintext profiles.toml in the encrypted lab is refused, not read.
    std::fs::write(lab.join("profiles.toml"), "[[profile]]\nname = \"kh\"\n").unwrap();
    let message = refused("any.txt", format!("{md5}\n").as_bytes());
    assert!(message.contains("in clear in an encrypted lab"), "{message}");
}
