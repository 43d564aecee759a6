//! A lab with one account of every role, two cases with a picture each,
//! a hash set and a law import: what the tests of the application layer
//! act on. Pictures are generated abstract scenes.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64};

use vilab_ingest::IngestOptions;
use vilab_lab::clock::ManualClock;
use vilab_lab::ops::accounts::NewUser;
use vilab_lab::ops::hashsets::HashsetImport;
use vilab_lab::ops::ingest::IngestRequest;
use vilab_lab::{Lab, NewAccount, Role, Session};

/// Every account's password.
pub const PASSWORD: &str = "correct horse battery";
/// The first administrator.
pub const ADMIN: &str = "admin";
/// A member of both cases, who sets them up.
pub const SETUP: &str = "setup";
/// The case the tested accounts are members of.
pub const MEMBER_CASE: &str = "OP-MEMBER";
/// The case they are not members of.
pub const OTHER_CASE: &str = "OP-OTHER";
/// Where calls come from.
pub const SOURCE: &str = "test";
/// The passphrase of the fixture's lab, which is encrypted.
pub const PASSPHRASE: &str = "fixture lab passphrase";

/// argon2id costs below the floor, so that the tests' unlocks and slot
/// changes take milliseconds.
pub fn fast_kdf() -> vilab_lab::KdfCost {
    vilab_lab::KdfCost::Given(vilab_crypt::KdfParams::insecure_for_tests(64, 1, 1))
}

/// The user name of the tested account of `role`.
pub fn user_of(role: Role) -> String {
    format!("user-{}", role.as_str())
}

/// A lab in a temporary folder.
pub struct Fixture {
    pub tmp: tempfile::TempDir,
    pub lab: Lab,
    pub clock: ManualClock,
    /// SHA-256 (hex) of the picture only the member case holds.
    pub member_picture: String,
    /// SHA-256 (hex) of the picture only the other case holds.
    pub other_picture: String,
    /// A folder with one picture, to ingest.
    pub folder: PathBuf,
    /// A hash-set file (a list of one MD5).
    pub hashset_file: PathBuf,
}

/// Writes a folder holding one generated picture; its SHA-256 in hex.
pub fn picture_folder(dir: &Path, seed: u64) -> String {
    std::fs::create_dir_all(dir).unwrap();
    let jpeg = vilab_synth::benchmark_jpeg(seed, 96, 64);
    std::fs::write(dir.join(format!("p{seed}.jpg")), &jpeg).unwrap();
    vilab_core::Digests::of(&jpeg).sha256.to_hex()
}

impl Fixture {
    pub fn new() -> Fixture {
        let tmp = tempfile::tempdir().unwrap();
        let clock = ManualClock::at(1_800_000_000);
        let admin = NewAccount { username: ADMIN.into(), password: PASSWORD.into(), role: Role::Admin };
        let (lab, _, _) = Lab::init_encrypted_with_clock(
            &tmp.path().join("lab"),
            &admin,
            SOURCE,
            &vilab_lab::SecretString::from(PASSPHRASE),
            fast_kdf(),
            Arc::new(clock.clone()),
        )
        .unwrap();
        let member_picture = picture_folder(&tmp.path().join("a"), 1);
        // A damaged picture beside it, for an ingest error.
        std::fs::write(tmp.path().join("a").join("broken.jpg"), b"\xff\xd8\xff\xe0 not a picture").unwrap();
        let member_md5 = vilab_core::Digests::of(&vilab_synth::benchmark_jpeg(1, 96, 64)).md5.to_hex();
        let other_picture = picture_folder(&tmp.path().join("b"), 2);
        let folder = tmp.path().join("c");
        picture_folder(&folder, 3);
        let hashset_file = tmp.path().join("known.txt");
        // The member case's picture is known; the other line matches nothing.
        std::fs::write(&hashset_file, format!("{member_md5}\n{}\n", "ab".repeat(16))).unwrap();
        let fixture = Fixture { tmp, lab, clock, member_picture, other_picture, folder, hashset_file };
        {
            let admin = fixture.session(ADMIN);
            admin.add_user(&NewUser { username: SETUP, role: Role::Analyst, password: PASSWORD, cases: &[] }).unwrap();
            for role in Role::ALL {
                let name = user_of(role);
                admin.add_user(&NewUser { username: &name, role, password: PASSWORD, cases: &[] }).unwrap();
            }
        }
        let setup = fixture.session(SETUP);
        for (case, dir) in [(MEMBER_CASE, "a"), (OTHER_CASE, "b")] {
            setup.create_case(case).unwrap();
            fixture.ingest(&setup, case, "exhibit-0", &fixture.tmp.path().join(dir));
        }
        drop(setup);
        let admin = fixture.session(ADMIN);
        for role in Role::ALL {
            admin.add_membership(&user_of(role), MEMBER_CASE).unwrap();
        }
        drop(admin);
        fixture
    }

    /// A one-shot session of `username`.
    pub fn session(&self, username: &str) -> Session<'_> {
        self.lab.authenticate(username, PASSWORD, SOURCE).unwrap()
    }

    /// Ingests `dir` into `case`.
    pub fn ingest(&self, session: &Session<'_>, case: &str, exhibit: &str, dir: &Path) {
        let (sender, receiver) = crossbeam_channel::unbounded();
        let request = IngestRequest { case, exhibit, source: dir, options: IngestOptions::default() };
        session.ingest(&request, &AtomicBool::new(false), &sender).unwrap();
        drop(receiver);
    }

    /// Imports the fixture's hash-set file as `name`.
    pub fn import_hashset(&self, session: &Session<'_>, name: &str) {
        let import = HashsetImport {
            name,
            profile: "vic-us",
            file: &self.hashset_file,
            read_bytes: Arc::new(AtomicU64::new(0)),
        };
        session.import_hashset(&import, &AtomicBool::new(false)).unwrap();
    }

    /// The row id of the member case's picture (`member`) or the other's.
    pub fn item(&self, member: bool) -> vilab_store::MediaRowId {
        let sha = if member { &self.member_picture } else { &self.other_picture };
        let id =
            self.db().query_row("SELECT id FROM media WHERE lower(hex(sha256)) = ?1", [sha], |r| r.get(0)).unwrap();
        vilab_store::MediaRowId(id)
    }

    /// The lab database, for reading what the API does not show.
    pub fn db(&self) -> rusqlite::Connection {
        let db = rusqlite::Connection::open_with_flags(
            self.tmp.path().join("lab").join("lab.db"),
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        )
        .unwrap();
        unlock_db(&db, &self.tmp.path().join("lab"));
        db
    }

    /// Every row of every table but the audit log's, as text: equal before
    /// and after a refused call.
    pub fn snapshot(&self) -> String {
        let db = self.db();
        let tables: Vec<String> = db
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let mut out = String::new();
        for table in tables.iter().filter(|t| !t.starts_with("audit_")) {
            let mut stmt = db.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
            let columns = stmt.column_count();
            let rows = stmt
                .query_map([], |row| {
                    let mut line = Vec::new();
                    for i in 0..columns {
                        line.push(format!("{:?}", row.get_ref(i)?));
                    }
                    Ok(line.join("|"))
                })
                .unwrap();
            out.push_str(&format!("[{table}]\n"));
            for row in rows {
                out.push_str(&row.unwrap());
                out.push('\n');
            }
        }
        out
    }

    /// The last audit record: (actor, action, outcome, details).
    pub fn last_audit(&self) -> (String, String, String, String) {
        self.db()
            .query_row("SELECT actor, action, outcome, details FROM audit_log ORDER BY seq DESC LIMIT 1", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .unwrap()
    }
}

/// A law import that replaces one value (a research group's correction);
/// `n` makes its source's id unique, so that any number of them stack.
pub fn law_import(n: usize) -> String {
    format!(
        r#"
[jurisdiction]
code = "KH"
name = "Cambodia"

[[source]]
id = "kh-test-gazette-{n}"
title = "A test gazette (written by the test)"
kind = "gazette"

[[criterion]]
code = "BUY_SEX_CHILD"
value = "yes"
qualifier = "corrected by the test"
penalty_not_found = false
[[criterion.penalty]]
tier = "basic"
prison_min = "2y"
prison_max = "5y"
[[criterion.assertion]]
source = "kh-test-gazette-{n}"
pinpoint = "art. 34"
confidence = "primary"
"#
    )
}

impl Fixture {
    /// A new law-import file (unique source id).
    pub fn law_file(&self, n: usize) -> PathBuf {
        let path = self.tmp.path().join(format!("import-{n}.toml"));
        std::fs::write(&path, law_import(n)).unwrap();
        path
    }
}

/// Gives a connection to the encrypted lab at `dir` its database key, as
/// the store does (the tests read and tamper with rows directly).
pub fn unlock_db(db: &rusqlite::Connection, dir: &Path) {
    let master = vilab_store::Lab::key_slots(dir)
        .unwrap()
        .unlock_with_passphrase(&vilab_lab::SecretString::from(PASSPHRASE))
        .unwrap();
    let key = master.subkey(vilab_crypt::Purpose::Database);
    vilab_store::sqlite::unlock_connection(db, &key).unwrap();
}

/// A 640 x 480 generated picture ingested into the member case by the
/// setup analyst, with a face region and an object region far from it:
/// its row id and bytes.
pub fn item_with_regions(fx: &Fixture) -> (vilab_store::MediaRowId, Vec<u8>) {
    use vilab_store::model::regions::RegionKind;
    let dir = fx.tmp.path().join("big");
    std::fs::create_dir_all(&dir).unwrap();
    let jpeg = vilab_synth::benchmark_jpeg(41, 640, 480);
    std::fs::write(dir.join("big.jpg"), &jpeg).unwrap();
    let setup = fx.session(SETUP);
    fx.ingest(&setup, MEMBER_CASE, "exhibit-big", &dir);
    let sha = vilab_core::Digests::of(&jpeg).sha256.to_hex();
    let id = fx.db().query_row("SELECT id FROM media WHERE lower(hex(sha256)) = ?1", [sha], |r| r.get(0)).unwrap();
    let item = vilab_store::MediaRowId(id);
    setup.add_region(MEMBER_CASE, item, &rect(RegionKind::Face, 20, 20, 80, 80)).unwrap();
    setup.add_region(MEMBER_CASE, item, &rect(RegionKind::Object, 400, 300, 120, 100)).unwrap();
    (item, jpeg)
}

/// A drawn rectangle region of `kind`, filled, in the original's pixels.
pub fn rect(
    kind: vilab_store::model::regions::RegionKind,
    x: u32,
    y: u32,
    w: u32,
    h: u32,
) -> vilab_store::model::regions::RegionFields {
    use vilab_store::model::regions::{RegionFields, RegionShape, RegionSource, Treatment};
    RegionFields {
        kind,
        shape: RegionShape::Rect { x, y, w, h },
        treatment: Treatment::Fill,
        source: RegionSource::Drawn,
    }
}
