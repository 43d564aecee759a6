//! The lab the server tests run on, made through the application layer's
//! public API only: the demo (its seizure ingested into its case by its
//! analyst), an account of every role that is a member of the demo case,
//! and another case, with an item of its own, that none of them is a
//! member of.

#![allow(dead_code)]

/// The browser tests' harness (chromium over WebDriver).
pub mod browser;

use std::path::PathBuf;
use std::sync::OnceLock;
use std::sync::atomic::AtomicBool;

use vilab_lab::ops::accounts::NewUser;
use vilab_lab::ops::ingest::IngestRequest;
use vilab_lab::types::{IngestOptions, LocationFields, PersonKind};
use vilab_lab::{Lab, Role};

/// The other case: no account of the table is a member of it.
pub const OTHER_CASE: &str = "OTHER-2026-9";
/// A third case, empty but for a series, that the analyst and the
/// investigator are members of: the series of the demo case link to it.
pub const LINKED_CASE: &str = "LINKED-2026-3";
/// An account that only the administration routes change (role,
/// password, disabled, memberships): no test logs in as it.
pub const SPARE: &str = "spare";
/// The password of the accounts the fixture adds.
pub const PASSWORD: &str = "correct horse battery staple";

/// An account of the lab.
#[derive(Clone, Debug)]
pub struct Account {
    /// Its role.
    pub role: Role,
    /// User name.
    pub username: String,
    /// Password.
    pub password: String,
}

/// The lab and what the tests need to know of it.
pub struct Fixture {
    /// The lab directory.
    pub lab_dir: PathBuf,
    /// The demo case: every account below is a member (or reaches all cases).
    pub case: String,
    /// One account per role, in `Role::ALL` order.
    pub accounts: Vec<Account>,
    /// The SHA-256 of an item of the demo case.
    pub member_item: String,
    /// The row id of the same item.
    pub member_id: String,
    /// The SHA-256 of an item found only in [`OTHER_CASE`].
    pub other_item: String,
    /// Ids of a victim, a location and a lead of the demo case (records
    /// beside the media), for the routes that name one.
    pub records: Records,
    /// A series of the demo case (its id), with the member item.
    pub series: String,
    /// Another series of the demo case, empty, to merge into the first.
    pub merged_series: String,
    /// A series of [`LINKED_CASE`] (its id), to link the first to.
    pub linked_series: String,
    /// The passphrase of the (encrypted) demo lab.
    pub passphrase: String,
    /// Regions and renditions of the demo case (issue 20).
    pub regions: RegionsFixture,
}

/// Regions and renditions of the demo case (issue 20, webregions): the
/// region routes change one item, the renditions stand on another (a
/// region change would make them stale).
#[derive(Clone, Debug)]
pub struct RegionsFixture {
    /// The row id of the item whose regions the routes change.
    pub item: String,
    /// A region of that item (its uid), for the routes that change one.
    pub region: String,
    /// The row id of the item holding the renditions below (the member item).
    pub rendition_item: String,
    /// Its partner rendition (uid, bytes).
    pub partner: (String, Vec<u8>),
    /// Its trainee rendition.
    pub trainee: (String, Vec<u8>),
    /// Its public crop, approved.
    pub public: (String, Vec<u8>),
    /// Another public crop of it, not approved (made by `analyst-2`, so
    /// that the fixture's analyst may approve it).
    pub to_approve: String,
    /// The original bytes of both items (renditions' and regions').
    pub originals: Vec<Vec<u8>>,
}

/// The second analyst of the demo case: makes the fixture's renditions,
/// so that the first one may approve them.
pub const SECOND_ANALYST: &str = "analyst-2";

/// Ids of records of the demo case.
#[derive(Clone, Debug)]
pub struct Records {
    /// A victim.
    pub person: String,
    /// A location.
    pub location: String,
    /// A lead on the member item.
    pub lead: String,
}

impl Fixture {
    /// Opens the lab, unlocking it (as `vilab serve` does: the key is held
    /// while the lab is open).
    pub fn open(&self) -> Lab {
        let unlock = vilab_lab::Unlock::Passphrase(vilab_lab::SecretString::from(self.passphrase.clone()));
        Lab::open_unlocked(&self.lab_dir, &unlock).unwrap()
    }

    /// The account of `role`.
    pub fn account(&self, role: Role) -> &Account {
        self.accounts.iter().find(|a| a.role == role).expect("one account per role")
    }
}

/// The lab of this test binary, made on first use in
/// `CARGO_TARGET_TMPDIR/<name>` (made anew at each run; the demo's ingest
/// takes a while, so the tests of one binary share it). Blocking: call it
/// from `spawn_blocking` in an async test.
pub fn lab(name: &str) -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| make(name))
}

fn make(name: &str) -> Fixture {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    if dir.exists() {
        std::fs::remove_dir_all(&dir).unwrap();
    }
    std::fs::create_dir_all(&dir).unwrap();
    let stop = AtomicBool::new(false);
    let (tx, _rx) = crossbeam_channel::unbounded();
    let report = vilab_lab::demo::run(&dir, 7, &stop, &tx, &mut |_| {}).expect("the demo runs");
    let unlock = vilab_lab::Unlock::Passphrase(vilab_lab::SecretString::from(report.lab_passphrase.clone()));
    let lab = Lab::open_unlocked(&report.lab, &unlock).unwrap();
    let secret = |name: &str| report.accounts.iter().find(|a| a.username == name).unwrap().password.clone();
    let admin = lab.authenticate("admin", &secret("admin"), "test").unwrap();
    let case = report.case.clone();
    for (name, role) in [("investigator", Role::Investigator), ("trainer", Role::Trainer), ("partner", Role::Partner)] {
        admin
            .add_user(&NewUser { username: name, role, password: PASSWORD, cases: std::slice::from_ref(&case) })
            .unwrap();
    }
    admin.add_membership("trainee", &case).unwrap();
    admin.create_case(LINKED_CASE).unwrap();
    for name in ["analyst", "investigator"] {
        admin.add_membership(name, LINKED_CASE).unwrap();
    }
    admin.add_user(&NewUser { username: SPARE, role: Role::Investigator, password: PASSWORD, cases: &[] }).unwrap();
    // The public role (issue 20): no case, approved public crops only.
    admin.add_user(&NewUser { username: "public", role: Role::Public, password: PASSWORD, cases: &[] }).unwrap();
    // The other case, with an item of its own, ingested by an analyst who
    // is its only member.
    admin.create_case(OTHER_CASE).unwrap();
    admin
        .add_user(&NewUser {
            username: "other-analyst",
            role: Role::Analyst,
            password: PASSWORD,
            cases: &[OTHER_CASE.to_string()],
        })
        .unwrap();
    drop(admin);
    let seized = dir.join("other-seizure");
    std::fs::create_dir_all(&seized).unwrap();
    std::fs::write(seized.join("note.txt"), b"an item only the other case holds\n").unwrap();
    let other = lab.authenticate("other-analyst", PASSWORD, "test").unwrap();
    let request =
        IngestRequest { case: OTHER_CASE, exhibit: "usb-1", source: &seized, options: IngestOptions::default() };
    other.ingest(&request, &stop, &tx).unwrap();
    let other_items = other.list_media(OTHER_CASE, 50, 0).unwrap().items;
    let other_item = other_items.iter().find(|m| m.pdq.is_some()).unwrap_or(&other_items[0]).sha256.to_string();
    drop(other);
    let analyst = lab.authenticate("analyst", &secret("analyst"), "test").unwrap();
    // An image (it has a thumbnail, so its renditions can be drawn).
    let items = analyst.list_media(&case, 50, 0).unwrap().items;
    let member = items.iter().find(|m| m.pdq.is_some()).unwrap_or(&items[0]);
    let (member_item, member_id) = (member.sha256.to_string(), member.id.0.to_string());
    let records = Records {
        person: analyst.create_person(&case, PersonKind::Victim, "girl in blue", "").unwrap().person.id.0.to_string(),
        location: analyst
            .create_location(&case, &LocationFields { label: "room".into(), ..Default::default() })
            .unwrap()
            .location
            .id
            .0
            .to_string(),
        lead: analyst.create_lead(&case, member.id, None, "badge", None).unwrap().lead.id.0.to_string(),
    };
    // Two series of the demo case: the series routes act on the first and
    // merge the second into it.
    let series = analyst.create_series(&case, "fixture series", &[member.id]).unwrap().series.id.0.to_string();
    let merged_series = analyst.create_series(&case, "fixture merged", &[]).unwrap().series.id.0.to_string();
    let linked_series = analyst.create_series(LINKED_CASE, "fixture linked", &[]).unwrap().series.id.0.to_string();
    let regions = regions_fixture(&lab, &dir, &secret("admin"), &case, &analyst, &items, member);
    drop(analyst);
    lab.close().unwrap();
    let accounts = Role::ALL
        .iter()
        .map(|role| {
            let username = match role {
                Role::Admin => "admin",
                Role::Analyst => "analyst",
                Role::Investigator => "investigator",
                Role::Trainer => "trainer",
                Role::Trainee => "trainee",
                Role::Partner => "partner",
                Role::Auditor => "auditor",
                Role::Public => "public",
            };
            let password = report
                .accounts
                .iter()
                .find(|a| a.username == username)
                .map(|a| a.password.clone())
                .unwrap_or_else(|| PASSWORD.to_string());
            Account { role: *role, username: username.to_string(), password }
        })
        .collect();
    let passphrase = report.lab_passphrase.clone();
    Fixture {
        lab_dir: report.lab.clone(),
        case,
        accounts,
        member_item,
        member_id,
        other_item,
        records,
        series,
        merged_series,
        linked_series,
        passphrase,
        regions,
    }
}

/// Regions and renditions of the demo case (issue 20, webregions).
fn regions_fixture(
    lab: &Lab,
    dir: &std::path::Path,
    admin_password: &str,
    case: &str,
    analyst: &vilab_lab::Session<'_>,
    items: &[vilab_lab::ops::media::MediaLine],
    member: &vilab_lab::ops::media::MediaLine,
) -> RegionsFixture {
    use vilab_lab::types::{Audience, RegionFields, RegionKind, RegionShape, RegionSource, Treatment};
    let rect = |kind, x, y, w, h| RegionFields {
        kind,
        shape: RegionShape::Rect { x, y, w, h },
        treatment: Treatment::Fill,
        source: RegionSource::Drawn,
    };
    let admin = lab.authenticate("admin", admin_password, "test").unwrap();
    admin
        .add_user(&NewUser {
            username: SECOND_ANALYST,
            role: Role::Analyst,
            password: PASSWORD,
            cases: &[case.to_string()],
        })
        .unwrap();
    drop(admin);
    let other = items.iter().find(|m| m.pdq.is_some() && m.id != member.id).expect("a second image in the demo");
    let size = |id| {
        let v = analyst.show_media(&vilab_lab::types::MediaKey::RowId(id)).unwrap();
        (v.width.unwrap(), v.height.unwrap())
    };
    // The item the region routes change, with a region to change.
    let (w, h) = size(other.id);
    let region = analyst.add_region(case, other.id, &rect(RegionKind::Face, 0, 0, w / 4, h / 4)).unwrap().region.uid;
    // The renditions' item: a face in a corner, an object in the middle.
    let (w, h) = size(member.id);
    analyst.add_region(case, member.id, &rect(RegionKind::Face, 0, 0, w / 8, h / 8)).unwrap();
    analyst.add_region(case, member.id, &rect(RegionKind::Object, w / 2, h / 2, w / 4, h / 4)).unwrap();
    let maker = lab.authenticate(SECOND_ANALYST, PASSWORD, "test").unwrap();
    let make = |audience| maker.make_renditions(case, member.id, audience).unwrap().renditions.remove(0).uid;
    let fetch = |uid: String| {
        let bytes = analyst.fetch_rendition(&uid).unwrap().bytes;
        (uid, bytes)
    };
    let partner = fetch(make(Audience::Partner));
    let trainee = fetch(make(Audience::Trainee));
    let public_uid = make(Audience::Public);
    analyst.approve_rendition(&public_uid).unwrap();
    let public = fetch(public_uid);
    let to_approve = make(Audience::Public);
    // The originals, from the demo's seizure (the lab keeps them encrypted).
    let wanted = [member.sha256.to_string(), other.sha256.to_string()];
    let mut originals = Vec::new();
    let mut stack = vec![dir.join("seizure")];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap().filter_map(Result::ok) {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(bytes) = std::fs::read(&path)
                && wanted.contains(&vilab_core::Sha256::of(&bytes).to_string())
            {
                originals.push(bytes);
            }
        }
    }
    assert_eq!(originals.len(), 2, "both originals are files of the demo's seizure");
    RegionsFixture {
        item: other.id.0.to_string(),
        region,
        rendition_item: member.id.0.to_string(),
        partner,
        trainee,
        public,
        to_approve,
        originals,
    }
}
