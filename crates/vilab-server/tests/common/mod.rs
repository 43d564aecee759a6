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
    /// ViLab galleries (issue 20): see [`Galleries`].
    pub galleries: Galleries,
    /// Regions and renditions of the demo case (issue 20).
    pub regions: RegionsFixture,
}

/// The galleries of the fixture (issue 20, branch webgallery).
#[derive(Clone, Debug)]
pub struct Galleries {
    /// A public gallery, open, with the member item and an exercise on it:
    /// the analyst and the trainer edit it, every other account of the
    /// table but the administrator and the auditor takes part; the trainee
    /// answered the exercise.
    pub member: String,
    /// Its item (the member item's gallery item id).
    pub item: String,
    /// Other items of it, one per editor and removal route, that the
    /// removal routes take out: (user name, route id, item).
    pub spare: Vec<(String, String, String)>,
    /// A gallery of the other case's analyst, with the other item: no
    /// account of the table is a member.
    pub other: String,
    /// Its item.
    pub other_item: String,
    /// Galleries without an exercise, one per editor and route that sets
    /// one: (user name, route id, gallery, its item).
    pub blank: Vec<(String, String, String, String)>,
    /// The uid of the member item's approved public crop: the gallery's
    /// image of its item.
    pub image: String,
    /// A partner gallery (the partner takes part) and a trainee gallery
    /// (the trainee and the partner take part), each with the member item:
    /// (audience, gallery, item, the uid of the item's rendition for it).
    pub by_audience: Vec<(String, String, String, String)>,
    /// What no partner, trainee or public account may receive more of
    /// than its role's audience: the member item's original bytes and its
    /// renditions for each audience.
    pub bytes: Audiences,
}

/// The bytes of the member item for each audience (issue 20).
#[derive(Clone, Debug)]
pub struct Audiences {
    /// The original, as seized.
    pub original: Vec<u8>,
    /// Its rendition for partner agencies.
    pub partner: Vec<u8>,
    /// For trainees.
    pub trainee: Vec<u8>,
    /// The public crop of its object region.
    pub public: Vec<u8>,
}

impl Galleries {
    /// The item of the gallery that `user` takes out on `route`.
    pub fn spare_for(&self, user: &str, route: &str) -> Option<&str> {
        self.spare.iter().find(|s| s.0 == user && s.1 == route).map(|s| s.2.as_str())
    }

    /// The gallery without an exercise (and its item) for `user` on `route`.
    pub fn blank_for(&self, user: &str, route: &str) -> Option<(&str, &str)> {
        self.blank.iter().find(|b| b.0 == user && b.1 == route).map(|b| (b.2.as_str(), b.3.as_str()))
    }
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
    /// Another public crop of it, not approved (made by the second
    /// analyst, so that the fixture's analyst may approve it).
    pub to_approve: String,
    /// The original bytes of both items (renditions' and regions').
    pub originals: Vec<Vec<u8>>,
}

/// The second analyst of the demo case: approves the fixture analyst's
/// public crop and makes one for the fixture's analyst to approve.
pub const SECOND_ANALYST: &str = "second-analyst";

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
    // A second analyst of the demo case, who approves the first one's
    // public crop (four eyes; issue 20).
    admin
        .add_user(&NewUser {
            username: SECOND_ANALYST,
            role: Role::Analyst,
            password: PASSWORD,
            cases: std::slice::from_ref(&case),
        })
        .unwrap();
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
    let trainer = lab.authenticate("trainer", PASSWORD, "test").unwrap();
    let other = lab.authenticate("other-analyst", PASSWORD, "test").unwrap();
    let second = lab.authenticate(SECOND_ANALYST, PASSWORD, "test").unwrap();
    let seizure = report.lab.parent().unwrap().join("seizure");
    let rendered = make_renditions(&analyst, &second, &case, member, &seizure);
    let regions = regions_fixture(&analyst, &second, &case, &items, member, &rendered, &seizure);
    let (made, bytes) = rendered;
    drop(second);
    let mut galleries = make_galleries(&analyst, &trainer, &other, &case, &items, member.id);
    galleries.image = made[2].clone();
    galleries.bytes = bytes;
    galleries.by_audience = audience_galleries(&analyst, &case, member.id, &made);
    drop((analyst, trainer, other));
    // The trainee answers the exercise, for the trainer's marking routes.
    let trainee = lab.authenticate("trainee", &secret("trainee"), "test").unwrap();
    let answer = vilab_lab::types::Answer {
        country: "KH".into(),
        place: "Phnom Penh".into(),
        objects: vec!["banknote".into()],
        free_text: "the sign's script".into(),
    };
    let item = vilab_lab::types::GalleryItemId(galleries.item.parse().unwrap());
    trainee.answer_exercise(&galleries.member, item, &answer).unwrap();
    drop(trainee);
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
        galleries,
        regions,
    }
}

/// A drawn rectangle region of `kind`, filled, in the original's pixels.
fn rect_region(kind: vilab_lab::types::RegionKind, x: u32, y: u32, w: u32, h: u32) -> vilab_lab::types::RegionFields {
    use vilab_lab::types::{RegionFields, RegionShape, RegionSource, Treatment};
    RegionFields {
        kind,
        shape: RegionShape::Rect { x, y, w, h },
        treatment: Treatment::Fill,
        source: RegionSource::Drawn,
    }
}

/// Regions and renditions of the demo case (issue 20, webregions).
fn regions_fixture(
    analyst: &vilab_lab::Session<'_>,
    second: &vilab_lab::Session<'_>,
    case: &str,
    items: &[vilab_lab::ops::media::MediaLine],
    member: &vilab_lab::ops::media::MediaLine,
    (made, bytes): &(Vec<String>, Audiences),
    seizure: &std::path::Path,
) -> RegionsFixture {
    use vilab_lab::types::{Audience, RegionKind};
    let other = items.iter().find(|m| m.pdq.is_some() && m.id != member.id).expect("a second image in the demo");
    let (w, h) = (other.width.expect("an image"), other.height.expect("an image"));
    // The item the region routes change, with a region to change.
    let face = rect_region(RegionKind::Face, 0, 0, w / 4, h / 4);
    let region = analyst.add_region(case, other.id, &face).unwrap().region.uid;
    // A second public crop of the member item, made by the second analyst
    // so that the fixture's analyst may approve it.
    let to_approve = second.make_renditions(case, member.id, Audience::Public).unwrap().renditions.remove(0).uid;
    let other_original = find_original(seizure, &other.sha256.to_string()).expect("the other item in the seizure");
    RegionsFixture {
        item: other.id.0.to_string(),
        region,
        rendition_item: member.id.0.to_string(),
        partner: (made[0].clone(), bytes.partner.clone()),
        trainee: (made[1].clone(), bytes.trainee.clone()),
        public: (made[2].clone(), bytes.public.clone()),
        to_approve,
        originals: vec![bytes.original.clone(), other_original],
    }
}

/// The galleries of the fixture, made through the application layer.
fn make_galleries(
    analyst: &vilab_lab::Session<'_>,
    trainer: &vilab_lab::Session<'_>,
    other: &vilab_lab::Session<'_>,
    case: &str,
    items: &[vilab_lab::ops::media::MediaLine],
    member: vilab_lab::types::MediaRowId,
) -> Galleries {
    use vilab_lab::ops::galleries::GalleryPart;
    use vilab_lab::types::{ExpectedAnswer, GalleryAudience, MediaKey, Rubric};
    // Open from 2020 until 2099: every cell finds it open.
    let (opens, closes) = (1_577_836_800, 4_102_444_800);
    let public = GalleryAudience::Public;
    let rubric =
        Rubric { country_points: 2, place_points: 2, object_points: 1, wrong_object_penalty: 1, free_text_max: 3 };
    let expected = ExpectedAnswer {
        country: "KH".into(),
        place: "Phnom Penh".into(),
        place_aliases: Vec::new(),
        objects: vec!["shop_sign".into()],
        solving_lead: "the shop sign".into(),
    };
    let g = analyst.create_gallery("fixture gallery", public, opens, closes).unwrap().uid;
    let mut keys = vec![MediaKey::RowId(member)];
    keys.extend(items.iter().filter(|m| m.id != member).take(4).map(|m| MediaKey::RowId(m.id)));
    assert_eq!(keys.len(), 5, "five items in the demo case");
    let added = analyst.add_gallery_items(&g, case, &keys).unwrap().added;
    let mut spare = Vec::new();
    for (i, (who, route)) in [
        ("analyst", "removeGalleryItem"),
        ("analyst", "removeGalleryItemForm"),
        ("trainer", "removeGalleryItem"),
        ("trainer", "removeGalleryItemForm"),
    ]
    .into_iter()
    .enumerate()
    {
        spare.push((who.to_string(), route.to_string(), added[i + 1].0.to_string()));
    }
    analyst.set_gallery_member(&g, "trainer", GalleryPart::Editor).unwrap();
    for user in ["investigator", "trainee", "partner", "public"] {
        analyst.set_gallery_member(&g, user, GalleryPart::Participant).unwrap();
    }
    analyst.set_exercise(&g, &rubric, &[(added[0], expected.clone())]).unwrap();
    let o = other.create_gallery("other gallery", public, opens, closes).unwrap().uid;
    let other_media = other.list_media(OTHER_CASE, 50, 0).unwrap().items[0].id;
    let other_item = other.add_gallery_items(&o, OTHER_CASE, &[MediaKey::RowId(other_media)]).unwrap().added[0];
    let mut blank = Vec::new();
    for (who, session) in [("analyst", analyst), ("trainer", trainer)] {
        for route in ["setExercise", "setExerciseForm"] {
            let b = session.create_gallery(&format!("blank of {who} for {route}"), public, opens, closes).unwrap().uid;
            let item = session.add_gallery_items(&b, case, &[MediaKey::RowId(member)]).unwrap().added[0];
            blank.push((who.to_string(), route.to_string(), b, item.0.to_string()));
        }
    }
    let bytes = Audiences { original: Vec::new(), partner: Vec::new(), trainee: Vec::new(), public: Vec::new() };
    Galleries {
        member: g,
        item: added[0].0.to_string(),
        spare,
        other: o,
        other_item: other_item.0.to_string(),
        blank,
        image: String::new(),
        bytes,
        by_audience: Vec::new(),
    }
}

/// Regions on the member item (a face in its top left corner, an object in
/// its bottom right quarter), its renditions for partner agencies, trainees
/// and the public, the public crop approved by `second`: the crop's uid and
/// the bytes of each audience, the original's read from the seizure.
fn make_renditions(
    analyst: &vilab_lab::Session<'_>,
    second: &vilab_lab::Session<'_>,
    case: &str,
    member: &vilab_lab::ops::media::MediaLine,
    seizure: &std::path::Path,
) -> (Vec<String>, Audiences) {
    use vilab_lab::types::{Audience, RegionKind};
    let (w, h) = (member.width.expect("an image"), member.height.expect("an image"));
    analyst.add_region(case, member.id, &rect_region(RegionKind::Face, 0, 0, w / 4, h / 4)).unwrap();
    analyst.add_region(case, member.id, &rect_region(RegionKind::Object, w / 2, h / 2, w / 3, h / 3)).unwrap();
    let mut made = Vec::new();
    for audience in [Audience::Partner, Audience::Trainee, Audience::Public] {
        let r = analyst.make_renditions(case, member.id, audience).unwrap().renditions;
        made.push(r[0].uid.clone());
    }
    second.approve_rendition(&made[2]).unwrap();
    let fetch = |uid: &str| analyst.fetch_rendition(uid).unwrap().bytes;
    let original = find_original(seizure, &member.sha256.to_string()).expect("the member item in the seizure");
    let bytes = Audiences { original, partner: fetch(&made[0]), trainee: fetch(&made[1]), public: fetch(&made[2]) };
    (made, bytes)
}

/// The bytes of the file under `dir` whose SHA-256 is `sha256`.
fn find_original(dir: &std::path::Path, sha256: &str) -> Option<Vec<u8>> {
    for entry in std::fs::read_dir(dir).ok()?.filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            if let Some(found) = find_original(&path, sha256) {
                return Some(found);
            }
        } else if let Ok(bytes) = std::fs::read(&path)
            && vilab_core::Digests::of(&bytes).sha256.to_hex() == sha256
        {
            return Some(bytes);
        }
    }
    None
}

/// A partner gallery and a trainee gallery of the member item (see
/// [`Galleries::by_audience`]); `made` are its partner, trainee and public
/// renditions' uids.
fn audience_galleries(
    analyst: &vilab_lab::Session<'_>,
    case: &str,
    member: vilab_lab::types::MediaRowId,
    made: &[String],
) -> Vec<(String, String, String, String)> {
    use vilab_lab::ops::galleries::GalleryPart;
    use vilab_lab::types::{GalleryAudience, MediaKey};
    let mut out = Vec::new();
    for (audience, members, image) in [
        (GalleryAudience::Partner, &["partner"][..], &made[0]),
        (GalleryAudience::Trainee, &["trainee", "partner"][..], &made[1]),
    ] {
        let g = analyst.create_gallery("audience gallery", audience, 1_577_836_800, 4_102_444_800).unwrap().uid;
        let item = analyst.add_gallery_items(&g, case, &[MediaKey::RowId(member)]).unwrap().added[0];
        for user in members {
            analyst.set_gallery_member(&g, user, GalleryPart::Participant).unwrap();
        }
        out.push((audience.as_str().to_string(), g, item.0.to_string(), image.clone()));
    }
    out
}
