//! Accounts, sessions, the audit log and languages through the real
//! binary: `vilab user`, `vilab login` / `logout` with the token file,
//! refusals with their exit statuses, `vilab audit list` and `verify`, and
//! `--lang`.

mod common;

use std::process::Command;

use common::{UsersLab as Lab, run, succeeds as ok, vilab, vilab_as};

fn json(command: &mut Command) -> serde_json::Value {
    serde_json::from_str(&ok(command)).unwrap()
}

#[test]
fn an_administrator_manages_accounts_and_memberships() {
    let lab = Lab::new();
    ok(&mut lab.cmd("analyst", &["case", "create", "OP-A"]));
    ok(&mut lab.cmd("analyst", &["case", "create", "OP-B"]));
    lab.add_user("lan", "investigator", &["OP-A"]);
    let users = json(&mut lab.cmd("admin", &["user", "list", "--json"]));
    assert_eq!(users["shape"], "vilab.account-list/1");
    let lan = users["accounts"].as_array().unwrap().iter().find(|a| a["username"] == "lan").unwrap().clone();
    assert_eq!((lan["role"].as_str(), lan["cases"][0].as_str()), (Some("investigator"), Some("OP-A")));

    // The investigator sees OP-A only; membership of OP-B comes and goes.
    let cases = json(&mut lab.cmd("lan", &["case", "list", "--json"]));
    assert_eq!(cases["cases"].as_array().unwrap().len(), 1);
    // A case one is no member of is answered as one that does not exist.
    let refused = run(&mut lab.cmd("lan", &["triage", "--case", "OP-B"]));
    let missing = run(&mut lab.cmd("lan", &["triage", "--case", "OP-NONE"]));
    assert_eq!(refused.status.code(), Some(6), "not found");
    let said = |out: &std::process::Output, name: &str| String::from_utf8_lossy(&out.stderr).replace(name, "CASE");
    assert_eq!(said(&refused, "OP-B"), said(&missing, "OP-NONE"), "the same words: no leak");
    assert_eq!(missing.status.code(), Some(6));
    ok(&mut lab.cmd("admin", &["user", "cases", "add", "lan", "OP-B"]));
    ok(&mut lab.cmd("lan", &["triage", "--case", "OP-B"]));
    ok(&mut lab.cmd("admin", &["user", "cases", "remove", "lan", "OP-B"]));
    assert_eq!(run(&mut lab.cmd("lan", &["triage", "--case", "OP-B"])).status.code(), Some(6));

    // A role change and a disabled account count from the next command.
    ok(&mut lab.cmd("admin", &["user", "set-role", "lan", "trainee"]));
    assert_eq!(run(&mut lab.cmd("lan", &["triage", "--case", "OP-A"])).status.code(), Some(5));
    ok(&mut lab.cmd("admin", &["user", "disable", "lan"]));
    let out = run(&mut lab.cmd("lan", &["law", "imports"]));
    assert_eq!(out.status.code(), Some(4), "a disabled account cannot log in");
    ok(&mut lab.cmd("admin", &["user", "enable", "lan"]));
    ok(&mut lab.cmd("lan", &["law", "imports"]));

    // Only an administrator manages accounts.
    let out = run(&mut lab.cmd("analyst", &["user", "list"]));
    assert_eq!(out.status.code(), Some(5));
}

#[test]
fn login_keeps_a_token_only_its_owner_reads_and_logout_revokes_it() {
    use std::os::unix::fs::PermissionsExt as _;
    let lab = Lab::new();
    let session_file = lab.dir.path().join("session");
    let as_session = |args: &[&str]| {
        let mut command = vilab(&lab.home());
        command.env_remove("VILAB_USER").env("VILAB_SESSION_FILE", &session_file);
        command.args(args).arg("--lab").arg(lab.path());
        command
    };
    // No session yet: not logged in, exit 4.
    let out = run(&mut as_session(&["case", "list"]));
    assert_eq!(out.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not logged in"), "{}", String::from_utf8_lossy(&out.stderr));

    let logged = ok(as_session(&["login", "--hours", "2"]).env("VILAB_USER", "analyst"));
    assert!(logged.contains("Logged in as analyst"), "{logged}");
    let mode = std::fs::metadata(&session_file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let token = std::fs::read_to_string(&session_file).unwrap();
    assert_eq!(token.trim().len(), 64);
    ok(&mut as_session(&["case", "create", "OP-S"]));
    assert!(ok(&mut as_session(&["case", "list"])).contains("OP-S"));

    ok(&mut as_session(&["logout"]));
    assert!(!session_file.exists());
    // The token is dead in the lab, even if a copy was kept.
    std::fs::write(&session_file, &token).unwrap();
    let out = run(&mut as_session(&["case", "list"]));
    assert_eq!(out.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&out.stderr).contains("session has ended"));
}

#[test]
fn a_wrong_password_and_an_unknown_user_read_the_same_and_both_are_audited() {
    let lab = Lab::new();
    let wrong = lab.dir.path().join("wrong");
    std::fs::write(&wrong, "not the password\n").unwrap();
    let attempt = |user: &str| {
        let out = run(lab.cmd(user, &["case", "list"]).env("VILAB_PASSWORD_FILE", &wrong));
        (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let (code_a, text_a) = attempt("analyst");
    let (code_b, text_b) = attempt("nobody");
    assert_eq!(code_a, Some(4));
    assert_eq!((code_a, &text_a), (code_b, &text_b));
    let records = json(&mut lab.cmd("admin", &["audit", "list", "--action", "session.", "--json"]));
    let failed: Vec<&str> = records["records"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["outcome"] == "failed")
        .map(|r| r["actor"].as_str().unwrap())
        .collect();
    assert_eq!(failed, ["analyst", "nobody"]);
}

#[test]
fn the_audit_log_lists_what_was_done_and_verifies() {
    let lab = Lab::new();
    lab.add_user("aud", "auditor", &[]);
    ok(&mut lab.cmd("analyst", &["case", "create", "OP-1"]));
    let seized = lab.dir.path().join("seized");
    std::fs::create_dir_all(&seized).unwrap();
    std::fs::write(seized.join("a.jpg"), vilab_synth::benchmark_jpeg(1, 64, 48)).unwrap();
    ok(lab.cmd("analyst", &["ingest", "--case", "OP-1", "--exhibit", "usb", "--quiet"]).arg(&seized));
    let sha = vilab_core::Digests::of(&vilab_synth::benchmark_jpeg(1, 64, 48)).sha256.to_hex();
    ok(&mut lab.cmd("analyst", &["media", "show", &sha]));
    let refused = run(&mut lab.cmd("aud", &["media", "show", &sha]));
    assert_eq!(refused.status.code(), Some(5), "an auditor sees no evidence");

    let by_analyst = json(&mut lab.cmd("aud", &["audit", "list", "--by", "analyst", "--json"]));
    let actions: Vec<&str> =
        by_analyst["records"].as_array().unwrap().iter().map(|r| r["action"].as_str().unwrap()).collect();
    for expected in ["case.create", "ingest.start", "ingest.run", "media.view"] {
        assert!(actions.contains(&expected), "{expected} in {actions:?}");
    }
    let on_case = json(&mut lab.cmd("aud", &["audit", "list", "--case", "OP-1", "--action", "media.", "--json"]));
    let on_case = on_case["records"].as_array().unwrap();
    let denied: Vec<_> = on_case.iter().filter(|r| r["outcome"] == "denied").collect();
    assert_eq!(denied.len(), 0, "a refused media view names no case it could not resolve");
    let all = json(&mut lab.cmd("aud", &["audit", "list", "--json"]));
    assert!(all["records"].as_array().unwrap().iter().any(|r| r["outcome"] == "denied" && r["actor"] == "aud"));

    let verified = ok(&mut lab.cmd("aud", &["audit", "verify"]));
    assert!(verified.contains("The audit chain is intact"), "{verified}");
    // An edit made in SQLite is found and its record named; exit 9.
    let db = common::open_db(&lab.path());
    db.execute_batch("DROP TRIGGER audit_log_append_only_update; UPDATE audit_log SET actor = 'x' WHERE seq = 3;")
        .unwrap();
    drop(db);
    let out = run(&mut lab.cmd("aud", &["audit", "verify", "--json"]));
    assert_eq!(out.status.code(), Some(9));
    let verdict: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((verdict["intact"].as_bool(), verdict["first_bad_seq"].as_u64()), (Some(false), Some(3)));
}

#[test]
fn every_message_follows_the_language_asked_for() {
    let lab = Lab::new();
    let th = ok(lab.cmd("analyst", &["case", "create", "OP-TH"]).env("VILAB_LANG", "th"));
    assert!(th.contains("OP-TH") && !th.contains("created"), "Thai, not English: {th}");
    let flag = ok(&mut lab.cmd("analyst", &["--lang", "vi", "case", "create", "OP-VI"]));
    assert!(!flag.contains("created"), "--lang wins over VILAB_LANG: {flag}");
    let refused = run(lab.cmd("aud-nobody", &["case", "list"]).env("VILAB_LANG", "km"));
    let text = String::from_utf8_lossy(&refused.stderr);
    assert!(!text.contains("Login failed") && text.chars().any(|c| ('\u{1780}'..='\u{17ff}').contains(&c)), "{text}");
}

#[test]
fn anyone_changes_their_own_password_and_every_session_of_theirs_ends() {
    let lab = Lab::new();
    lab.add_user("tra", "trainee", &[]);
    let session_file = lab.dir.path().join("session");
    ok(lab.cmd("tra", &["login"]).env("VILAB_SESSION_FILE", &session_file));
    let new = lab.dir.path().join("new");
    std::fs::write(&new, "a new long password\n").unwrap();
    let passwd = |lab: &Lab| {
        let mut command = vilab_as(&lab.home(), "tra");
        command.args(["user", "passwd", "--lab"]).arg(lab.path()).arg("--new-password-file").arg(&new);
        command
    };
    let changed = ok(&mut passwd(&lab));
    assert!(changed.contains("was changed"), "{changed}");
    // The old password no longer logs in; the new one does; the session ended.
    assert_eq!(run(&mut lab.cmd("tra", &["law", "imports"])).status.code(), Some(4));
    ok(lab.cmd("tra", &["law", "imports"]).env("VILAB_PASSWORD_FILE", &new));
    let mut by_session = vilab(&lab.home());
    by_session.env_remove("VILAB_USER").env("VILAB_SESSION_FILE", &session_file);
    by_session.args(["law", "imports", "--lab"]).arg(lab.path());
    assert_eq!(run(&mut by_session).status.code(), Some(4));
    // A wrong current password changes nothing.
    let wrong = run(&mut passwd(&lab));
    assert_eq!(wrong.status.code(), Some(4));
}
