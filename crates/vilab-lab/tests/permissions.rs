//! The whole permission matrix: every operation of the application layer,
//! called by an account of every role, on a case (or item) it is a member
//! of and on one it is not. Allowed calls succeed and are audited; refused
//! calls fail with `permission_denied` (or, for a role that may act on its
//! own cases, `case_not_found` / `media_not_found` on another case's),
//! change nothing in the lab but the audit log, and leave a `denied`
//! record naming the account and action.

mod common;

use std::sync::atomic::AtomicBool;

use common::{ADMIN, Fixture, MEMBER_CASE, OTHER_CASE, PASSWORD, SETUP, user_of};
use vilab_gallery::exercise::{Answer, ExpectedAnswer, Rubric};
use vilab_lab::ops::accounts::NewUser;
use vilab_lab::ops::audit::AuditFilter;
use vilab_lab::ops::galleries::{BundleClue, BundleClues, GalleryPart, role_edits, role_receives};
use vilab_lab::ops::hashsets::ExportFormat;
use vilab_lab::permission::{Action, Audited, allows};
use vilab_lab::permission::{Reach, Scope, reach};
use vilab_lab::{AppError, Code, Role, Session};
use vilab_store::MediaKey;
use vilab_store::model::gallery::GalleryAudience;
use vilab_store::model::records::{IdStatus, PersonKind};
use vilab_store::model::regions::{Audience, RegionFields, RegionKind, RegionShape, RegionSource, Treatment};
use vilab_store::model::review::{AccountSettings, DecisionChange, ReviewFilter, ReviewOrder, ReviewQuery};

/// One operation: its name, the action it is checked as, and how to call
/// it. `setup` runs first with privileged accounts and returns what the
/// call needs (a name, an id); then the lab is snapshotted; then `call`.
struct Operation {
    name: &'static str,
    action: Action,
    run: fn(&Fixture, &Session<'_>, bool, usize, &mut String) -> Result<(), AppError>,
}

fn case(member: bool) -> &'static str {
    if member { MEMBER_CASE } else { OTHER_CASE }
}

/// An account made by the administrator for the call to act on.
fn throwaway(fx: &Fixture, n: usize) -> String {
    let name = format!("subject-{n}");
    fx.session(ADMIN)
        .add_user(&NewUser { username: &name, role: Role::Trainee, password: PASSWORD, cases: &[] })
        .unwrap();
    name
}

/// A rectangle region of `kind` on the fixture's 96 x 64 pictures.
fn region(kind: RegionKind) -> RegionFields {
    RegionFields {
        kind,
        shape: RegionShape::Rect { x: 10, y: 10, w: 30, h: 30 },
        treatment: Treatment::Fill,
        source: RegionSource::Drawn,
    }
}

/// A public crop of the case's picture, made by the setup analyst and, if
/// `approve`, approved by another analyst (a throwaway member of both
/// cases, so that no tested account's memberships change): its uid.
fn public_crop(fx: &Fixture, member: bool, n: usize, approve: bool) -> String {
    let setup = fx.session(SETUP);
    let item = fx.item(member);
    setup.add_region(case(member), item, &region(RegionKind::Object)).unwrap();
    let made = setup.make_renditions(case(member), item, Audience::Public).unwrap();
    let uid = made.renditions[0].uid.clone();
    if approve {
        let name = format!("approver-{n}");
        let cases = [MEMBER_CASE.to_string(), OTHER_CASE.to_string()];
        fx.session(ADMIN)
            .add_user(&NewUser { username: &name, role: Role::Analyst, password: PASSWORD, cases: &cases })
            .unwrap();
        fx.session(&name).approve_rendition(&uid).unwrap();
    }
    uid
}

const OPERATIONS: &[Operation] = &[
    Operation {
        name: "add_user",
        action: Action::AccountCreate,
        run: |fx, s, _, n, snap| {
            *snap = fx.snapshot();
            let name = format!("new-{n}");
            s.add_user(&NewUser { username: &name, role: Role::Trainee, password: PASSWORD, cases: &[] }).map(drop)
        },
    },
    Operation {
        name: "list_users",
        action: Action::AccountList,
        run: |fx, s, _, _, snap| {
            *snap = fx.snapshot();
            s.list_users().map(drop)
        },
    },
    Operation {
        name: "disable_user",
        action: Action::AccountDisable,
        run: |fx, s, _, n, snap| {
            let name = throwaway(fx, n);
            *snap = fx.snapshot();
            s.disable_user(&name).map(drop)
        },
    },
    Operation {
        name: "enable_user",
        action: Action::AccountEnable,
        run: |fx, s, _, n, snap| {
            let name = throwaway(fx, n);
            fx.session(ADMIN).disable_user(&name).unwrap();
            *snap = fx.snapshot();
            s.enable_user(&name).map(drop)
        },
    },
    Operation {
        name: "set_role",
        action: Action::AccountSetRole,
        run: |fx, s, _, n, snap| {
            let name = throwaway(fx, n);
            *snap = fx.snapshot();
            s.set_role(&name, Role::Trainer).map(drop)
        },
    },
    Operation {
        name: "set_password",
        action: Action::AccountSetPassword,
        run: |fx, s, _, n, snap| {
            let name = throwaway(fx, n);
            *snap = fx.snapshot();
            s.set_password(&name, "another long password").map(drop)
        },
    },
    Operation {
        name: "change_own_password",
        action: Action::AccountChangeOwnPassword,
        run: |fx, s, _, _, snap| {
            *snap = fx.snapshot();
            // The same password again: later calls of the test still log in.
            s.change_own_password(PASSWORD, PASSWORD).map(drop)
        },
    },
    Operation {
        name: "add_membership",
        action: Action::MembershipAdd,
        run: |fx, s, member, n, snap| {
            let name = throwaway(fx, n);
            *snap = fx.snapshot();
            s.add_membership(&name, case(member)).map(drop)
        },
    },
    Operation {
        name: "remove_membership",
        action: Action::MembershipRemove,
        run: |fx, s, member, n, snap| {
            let name = throwaway(fx, n);
            fx.session(ADMIN).add_membership(&name, case(member)).unwrap();
            *snap = fx.snapshot();
            s.remove_membership(&name, case(member)).map(drop)
        },
    },
    Operation {
        name: "audit_list",
        action: Action::AuditList,
        run: |fx, s, _, _, snap| {
            *snap = fx.snapshot();
            s.audit_list(&AuditFilter::default()).map(drop)
        },
    },
    Operation {
        name: "audit_verify",
        action: Action::AuditVerify,
        run: |fx, s, _, _, snap| {
            *snap = fx.snapshot();
            s.audit_verify().map(|v| assert!(v.intact, "{v:?}"))
        },
    },
    Operation {
        name: "verify_lab",
        action: Action::LabVerify,
        run: |fx, s, _, _, snap| {
            *snap = fx.snapshot();
            s.verify_lab(&AtomicBool::new(false), &mut |_| {}).map(|v| assert!(v.clean, "{v:?}"))
        },
    },
    Operation {
        name: "create_case",
        action: Action::CaseCreate,
        run: |fx, s, _, n, snap| {
            *snap = fx.snapshot();
            s.create_case(&format!("NEW-{n}")).map(drop)
        },
    },
    Operation {
        name: "list_cases",
        action: Action::CaseList,
        run: |fx, s, _, _, snap| {
            *snap = fx.snapshot();
            s.list_cases().map(drop)
        },
    },
    Operation {
        name: "case_view",
        action: Action::CaseView,
        run: |fx, s, member, _, snap| {
            *snap = fx.snapshot();
            s.case_view(case(member)).map(drop)
        },
    },
    Operation {
        name: "exhibit_show",
        action: Action::CaseView,
        run: |fx, s, member, _, snap| {
            *snap = fx.snapshot();
            s.exhibit_show(Some(case(member)), "exhibit-0").map(|r| assert_eq!(r.exhibit, "exhibit-0"))
        },
    },
    Operation {
        name: "ingest",
        action: Action::IngestRun,
        run: |fx, s, member, n, snap| {
            *snap = fx.snapshot();
            let (sender, _receiver) = crossbeam_channel::unbounded();
            let exhibit = format!("exhibit-{n}");
            let request = vilab_lab::ops::ingest::IngestRequest {
                case: case(member),
                exhibit: &exhibit,
                source: &fx.folder,
                options: vilab_ingest::IngestOptions::default(),
            };
            s.ingest(&request, &AtomicBool::new(false), &sender).map(drop)
        },
    },
    Operation {
        name: "match_case",
        action: Action::MatchRun,
        run: |fx, s, member, _, snap| {
            *snap = fx.snapshot();
            s.match_case(case(member), &vilab_match::MatchOptions::default()).map(drop)
        },
    },
    Operation {
        name: "triage",
        action: Action::TriageView,
        run: |fx, s, member, _, snap| {
            *snap = fx.snapshot();
            s.triage(case(member)).map(drop)
        },
    },
    Operation {
        name: "list_media",
        action: Action::MediaList,
        run: |fx, s, member, _, snap| {
            *snap = fx.snapshot();
            s.list_media(case(member), 100, 0).map(drop)
        },
    },
    Operation {
        name: "show_media",
        action: Action::MediaView,
        run: |fx, s, member, _, snap| {
            *snap = fx.snapshot();
            let sha = if member { &fx.member_picture } else { &fx.other_picture };
            s.show_media(&MediaKey::parse(sha).unwrap()).map(drop)
        },
    },
    Operation {
        name: "media_errors",
        action: Action::MediaErrors,
        run: |fx, s, member, _, snap| {
            *snap = fx.snapshot();
            s.media_errors(case(member)).map(drop)
        },
    },
    Operation {
        name: "review_page",
        action: Action::ReviewView,
        run: |fx, s, member, _, snap| {
            *snap = fx.snapshot();
            let query =
                ReviewQuery { filter: ReviewFilter::default(), order: ReviewOrder::Ingested, after: None, limit: 50 };
            s.review_page(case(member), &query).map(drop)
        },
    },
    Operation {
        name: "decide",
        action: Action::ReviewDecide,
        run: |fx, s, member, _, snap| {
            let item = fx.item(member);
            *snap = fx.snapshot();
            let change = DecisionChange::Category { profile: "vic-us".into(), category: 1 };
            s.decide(case(member), &[item], &change).map(drop)
        },
    },
    Operation {
        name: "masked_rendition",
        action: Action::MediaThumbnail,
        run: |fx, s, member, _, snap| {
            *snap = fx.snapshot();
            let sha = if member { &fx.member_picture } else { &fx.other_picture };
            s.masked_rendition(&MediaKey::parse(sha).unwrap(), None).map(drop)
        },
    },
    Operation {
        name: "reveal",
        action: Action::MediaReveal,
        run: |fx, s, member, _, snap| {
            *snap = fx.snapshot();
            let sha = if member { &fx.member_picture } else { &fx.other_picture };
            s.reveal(&MediaKey::parse(sha).unwrap()).map(drop)
        },
    },
    Operation {
        name: "create_series",
        action: Action::SeriesEdit,
        run: |fx, s, member, n, snap| {
            let item = fx.item(member);
            *snap = fx.snapshot();
            s.create_series(case(member), &format!("series-{n}"), &[item]).map(drop)
        },
    },
    Operation {
        name: "camera_leads",
        action: Action::CameraGroups,
        run: |fx, s, _, _, snap| {
            *snap = fx.snapshot();
            s.camera_leads().map(drop)
        },
    },
    Operation {
        name: "rename_series",
        action: Action::SeriesEdit,
        run: |fx, s, member, n, snap| {
            let id = fx.session(SETUP).create_series(MEMBER_CASE, &format!("to-rename-{n}"), &[]).unwrap().series.id;
            *snap = fx.snapshot();
            s.rename_series(case(member), id, &format!("renamed-{n}")).map(drop)
        },
    },
    Operation {
        name: "media_matches",
        action: Action::MediaView,
        run: |fx, s, member, _, snap| {
            *snap = fx.snapshot();
            let sha = if member { &fx.member_picture } else { &fx.other_picture };
            s.media_matches(&MediaKey::parse(sha).unwrap()).map(drop)
        },
    },
    Operation {
        name: "similar_media",
        action: Action::MediaView,
        run: |fx, s, member, _, snap| {
            *snap = fx.snapshot();
            let sha = if member { &fx.member_picture } else { &fx.other_picture };
            s.similar_media(&MediaKey::parse(sha).unwrap(), 31).map(drop)
        },
    },
    Operation {
        name: "review_progress",
        action: Action::ReviewView,
        run: |fx, s, member, _, snap| {
            *snap = fx.snapshot();
            s.review_progress(case(member)).map(drop)
        },
    },
    Operation {
        name: "search_limits",
        action: Action::MediaSearch,
        run: |fx, s, _, _, snap| {
            *snap = fx.snapshot();
            s.search_limits().map(drop)
        },
    },
    Operation {
        name: "search_image",
        action: Action::MediaSearch,
        run: |fx, s, _, _, snap| {
            *snap = fx.snapshot();
            s.search_image(&vilab_synth::benchmark_jpeg(1, 96, 64), 31).map(drop)
        },
    },
    Operation {
        name: "my_settings",
        action: Action::SettingsView,
        run: |fx, s, _, _, snap| {
            *snap = fx.snapshot();
            s.my_settings().map(drop)
        },
    },
    Operation {
        name: "set_my_settings",
        action: Action::SettingsChange,
        run: |fx, s, _, n, snap| {
            *snap = fx.snapshot();
            let settings = AccountSettings { tile: 64 + (n % 100) as u16, ..AccountSettings::default() };
            s.set_my_settings(&settings).map(drop)
        },
    },
    Operation {
        name: "import_hashset",
        action: Action::HashsetImport,
        run: |fx, s, _, n, snap| {
            *snap = fx.snapshot();
            let name = format!("set-{n}");
            let import = vilab_lab::ops::hashsets::HashsetImport {
                name: &name,
                profile: "vic-us",
                file: &fx.hashset_file,
                read_bytes: Default::default(),
            };
            s.import_hashset(&import, &AtomicBool::new(false)).map(drop)
        },
    },
    Operation {
        name: "list_hashsets",
        action: Action::HashsetList,
        run: |fx, s, _, _, snap| {
            *snap = fx.snapshot();
            s.list_hashsets().map(drop)
        },
    },
    Operation {
        name: "show_hashset",
        action: Action::HashsetList,
        run: |fx, s, _, n, snap| {
            let name = format!("shown-{n}");
            fx.import_hashset(&fx.session(SETUP), &name);
            *snap = fx.snapshot();
            s.show_hashset(&name).map(drop)
        },
    },
    Operation {
        name: "remove_hashset",
        action: Action::HashsetRemove,
        run: |fx, s, _, n, snap| {
            let name = format!("gone-{n}");
            fx.import_hashset(&fx.session(SETUP), &name);
            *snap = fx.snapshot();
            s.remove_hashset(&name).map(drop)
        },
    },
    Operation {
        name: "export_hashes",
        action: Action::HashsetExport,
        run: |fx, s, member, _, snap| {
            *snap = fx.snapshot();
            let mut out = Vec::new();
            s.export_hashes(case(member), ExportFormat::Md5, &mut out).map(drop)
        },
    },
    Operation {
        name: "law_dataset",
        action: Action::LawView,
        run: |fx, s, _, _, snap| {
            *snap = fx.snapshot();
            s.law_dataset().map(drop)
        },
    },
    Operation {
        name: "law_imports",
        action: Action::LawView,
        run: |fx, s, _, _, snap| {
            *snap = fx.snapshot();
            s.law_imports().map(drop)
        },
    },
    Operation {
        name: "import_law",
        action: Action::LawImport,
        run: |fx, s, _, n, snap| {
            let file = fx.law_file(n);
            *snap = fx.snapshot();
            s.import_law(&file).map(drop)
        },
    },
    Operation {
        name: "remove_law_import",
        action: Action::LawRemove,
        run: |fx, s, _, n, snap| {
            let id = fx.session(SETUP).import_law(&fx.law_file(n)).unwrap().import.id;
            *snap = fx.snapshot();
            s.remove_law_import(id).map(drop)
        },
    },
    // Records beside the media.
    Operation {
        name: "case_records",
        action: Action::RecordsView,
        run: |fx, s, member, _, snap| {
            *snap = fx.snapshot();
            s.case_records(case(member)).map(drop)
        },
    },
    Operation {
        name: "search_records",
        action: Action::RecordsView,
        run: |fx, s, member, _, snap| {
            *snap = fx.snapshot();
            s.search_records(case(member), "ห้องนอน").map(drop)
        },
    },
    Operation {
        name: "create_lead",
        action: Action::RecordsEdit,
        run: |fx, s, member, n, snap| {
            let item = fx.item(member);
            *snap = fx.snapshot();
            s.create_lead(case(member), item, None, &format!("lead {n}"), None).map(drop)
        },
    },
    Operation {
        name: "set_person_status",
        action: Action::PersonSetStatus,
        run: |fx, s, member, n, snap| {
            let person = fx
                .session(SETUP)
                .create_person(case(member), PersonKind::Victim, &format!("person {n}"), "")
                .unwrap()
                .person
                .id;
            *snap = fx.snapshot();
            s.set_person_status(case(member), person, IdStatus::Identified).map(drop)
        },
    },
    Operation {
        name: "change_lab_passphrase",
        action: Action::LabPassphrase,
        run: |fx, s, _, _, snap| {
            *snap = fx.snapshot();
            // The same passphrase again: a new slot, and the fixture still opens.
            s.change_lab_passphrase(&vilab_lab::SecretString::from(common::PASSPHRASE), common::fast_kdf()).map(drop)
        },
    },
    Operation {
        name: "replace_lab_recovery_key",
        action: Action::LabRecoveryKey,
        run: |fx, s, _, _, snap| {
            *snap = fx.snapshot();
            s.replace_lab_recovery_key(common::fast_kdf()).map(drop)
        },
    },
    Operation {
        name: "encrypt_lab",
        action: Action::LabEncrypt,
        run: |fx, s, _, _, snap| {
            *snap = fx.snapshot();
            // The fixture's lab is encrypted: allowed, and nothing to do.
            let done =
                s.encrypt_lab(&vilab_lab::SecretString::from(common::PASSPHRASE), common::fast_kdf(), &mut |_, _| {});
            done.map(|d| assert!(d.is_none()))
        },
    },
    Operation {
        name: "backup_lab",
        action: Action::LabBackup,
        run: |fx, s, _, n, snap| {
            *snap = fx.snapshot();
            let out = fx.tmp.path().join(format!("permissions-{n}.backup"));
            s.backup_lab(&out, &std::sync::atomic::AtomicBool::new(false), &mut |_| {}).map(drop)
        },
    },
    Operation {
        name: "set_lab_profiles",
        action: Action::HashsetProfiles,
        run: |fx, s, _, n, snap| {
            *snap = fx.snapshot();
            s.set_lab_profiles(format!("[[profile]]\nname = \"lab-{n}\"\n").as_bytes()).map(drop)
        },
    },
    Operation {
        name: "lab_profiles",
        action: Action::HashsetProfiles,
        run: |fx, s, _, _, snap| {
            *snap = fx.snapshot();
            s.lab_profiles().map(drop)
        },
    },
    // ViLab galleries: "member" is a member of the gallery (for the
    // editors' actions, an editor where the role may edit).
    Operation {
        name: "create_gallery",
        action: Action::GalleryCreate,
        run: |fx, s, _, n, snap| {
            *snap = fx.snapshot();
            let now = fx.lab.now();
            s.create_gallery(&format!("gallery {n}"), GalleryAudience::Public, now, now + 86400).map(drop)
        },
    },
    Operation {
        name: "galleries",
        action: Action::GalleryList,
        run: |fx, s, _, _, snap| {
            *snap = fx.snapshot();
            s.galleries().map(drop)
        },
    },
    Operation {
        name: "gallery",
        action: Action::GalleryView,
        run: |fx, s, member, n, snap| {
            let (uid, _) = gallery_of(fx, s, member, false, n);
            *snap = fx.snapshot();
            s.gallery(&uid).map(drop)
        },
    },
    Operation {
        name: "gallery_item_images",
        action: Action::GalleryView,
        run: |fx, s, member, n, snap| {
            let (uid, item) = gallery_of(fx, s, member, false, n);
            *snap = fx.snapshot();
            s.gallery_item_images(&uid, item).map(drop)
        },
    },
    Operation {
        name: "gallery_image",
        action: Action::GalleryView,
        run: |fx, s, member, n, snap| {
            let (uid, item) = gallery_of(fx, s, member, false, n);
            let crop = public_crop(fx, true, n, true);
            *snap = fx.snapshot();
            s.gallery_image(&uid, item, &crop).map(drop)
        },
    },
    Operation {
        name: "add_gallery_items",
        action: Action::GalleryEdit,
        run: |fx, s, member, n, snap| {
            let (uid, _) = gallery_of(fx, s, member, true, n);
            *snap = fx.snapshot();
            s.add_gallery_items(&uid, MEMBER_CASE, &[MediaKey::RowId(fx.item(true))]).map(drop)
        },
    },
    Operation {
        name: "post_clue",
        action: Action::CluePost,
        run: |fx, s, member, n, snap| {
            let (uid, item) = gallery_of(fx, s, member, false, n);
            *snap = fx.snapshot();
            s.post_clue(&uid, item, "a shop sign", Some((0.5, 0.5))).map(drop)
        },
    },
    Operation {
        name: "import_clues",
        action: Action::ClueImport,
        run: |fx, s, member, n, snap| {
            let (uid, item) = gallery_of(fx, s, member, true, n);
            let bundle = format!("{n:032x}");
            fx.session(SETUP).record_bundle(&uid, &bundle, "a partner agency", fx.lab.now() + 86400).unwrap();
            let clue =
                BundleClue { uid: format!("{:032x}", n + 1), item, text: "a plate".into(), pin: None, posted_at: 1 };
            let file = BundleClues { bundle, author: "participant".into(), clues: vec![clue] };
            *snap = fx.snapshot();
            s.import_clues(&uid, &file).map(drop)
        },
    },
    Operation {
        name: "answer_exercise",
        action: Action::ExerciseAnswer,
        run: |fx, s, member, n, snap| {
            let (uid, item) = gallery_of(fx, s, member, false, n);
            let rubric = Rubric {
                country_points: 1,
                place_points: 1,
                object_points: 1,
                wrong_object_penalty: 0,
                free_text_max: 0,
            };
            let expected = ExpectedAnswer {
                country: "TH".into(),
                place: "Chiang Mai".into(),
                place_aliases: vec![],
                objects: vec!["shop_sign".into()],
                solving_lead: String::new(),
            };
            fx.session(SETUP).set_exercise(&uid, &rubric, &[(item, expected)]).unwrap();
            *snap = fx.snapshot();
            let answer = Answer { country: "TH".into(), ..Answer::default() };
            s.answer_exercise(&uid, item, &answer).map(drop)
        },
    },
    // Regions and renditions per audience (issue 20).
    Operation {
        name: "add_region",
        action: Action::RegionEdit,
        run: |fx, s, member, _, snap| {
            *snap = fx.snapshot();
            s.add_region(case(member), fx.item(member), &region(RegionKind::Text)).map(drop)
        },
    },
    Operation {
        name: "regions",
        action: Action::RegionView,
        run: |fx, s, member, _, snap| {
            *snap = fx.snapshot();
            s.regions(case(member), fx.item(member)).map(drop)
        },
    },
    Operation {
        name: "list_renditions",
        action: Action::RegionView,
        run: |fx, s, member, _, snap| {
            *snap = fx.snapshot();
            s.list_renditions(case(member), fx.item(member)).map(drop)
        },
    },
    Operation {
        name: "make_renditions",
        action: Action::RenditionMake,
        run: |fx, s, member, _, snap| {
            *snap = fx.snapshot();
            s.make_renditions(case(member), fx.item(member), Audience::Trainee).map(drop)
        },
    },
    Operation {
        name: "approve_rendition",
        action: Action::RenditionApprove,
        run: |fx, s, member, n, snap| {
            let uid = public_crop(fx, member, n, false);
            *snap = fx.snapshot();
            s.approve_rendition(&uid).map(drop)
        },
    },
    Operation {
        name: "fetch_rendition",
        action: Action::RenditionView,
        run: |fx, s, member, n, snap| {
            let uid = public_crop(fx, member, n, true);
            *snap = fx.snapshot();
            s.fetch_rendition(&uid).map(drop)
        },
    },
];

/// A gallery for the public with one item of the member case, made by
/// the setup analyst; the session's account is a member of it when
/// `member` (an editor when `editor` and its role may edit, else a
/// participant where its role may take part). Its uid and its item.
fn gallery_of(
    fx: &Fixture,
    s: &Session<'_>,
    member: bool,
    editor: bool,
    n: usize,
) -> (String, vilab_store::model::gallery::GalleryItemId) {
    let setup = fx.session(SETUP);
    let now = fx.lab.now();
    let uid = setup.create_gallery(&format!("gallery {n}"), GalleryAudience::Public, now, now + 86400).unwrap().uid;
    let item = setup.add_gallery_items(&uid, MEMBER_CASE, &[MediaKey::RowId(fx.item(true))]).unwrap().added[0];
    let role = s.actor().role;
    let part = if editor && role_edits(role) {
        Some(GalleryPart::Editor)
    } else if role_receives(role, GalleryAudience::Public) {
        Some(GalleryPart::Participant)
    } else {
        None
    };
    if let (true, Some(part)) = (member, part) {
        setup.set_gallery_member(&uid, &s.actor().username, part).unwrap();
    }
    (uid, item)
}

#[test]
fn every_action_is_exercised_by_an_operation() {
    for action in Action::ALL {
        assert!(OPERATIONS.iter().any(|o| o.action == action), "no operation calls {action:?}");
    }
}

#[test]
fn every_operation_by_every_role_on_member_and_other_cases_follows_the_table() {
    let fx = Fixture::new();
    let mut n = 0;
    let mut checked = 0;
    for role in Role::ALL {
        let user = user_of(role);
        let session = fx.session(&user);
        for op in OPERATIONS {
            for member in [true, false] {
                n += 1;
                let mut before = String::new();
                let result = (op.run)(&fx, &session, member, n, &mut before);
                let expected = allows(role, op.action, member);
                let what = format!("{} by {} ({})", op.name, role.as_str(), if member { "member" } else { "other" });
                let (actor, action, outcome, details) = fx.last_audit();
                if expected {
                    if let Err(e) = result {
                        panic!("{what}: allowed by the table but failed: {e}");
                    }
                    if op.action.rule().audited == Audited::Always {
                        assert_eq!(
                            (actor.as_str(), action.as_str(), outcome.as_str()),
                            (user.as_str(), op.action.code(), "allowed"),
                            "{what}"
                        );
                    }
                } else {
                    let error = result.err().unwrap_or_else(|| panic!("{what}: refused by the table but succeeded"));
                    // A member-reach role is told a case (or item) it is no
                    // member of does not exist: its existence is not leaked.
                    let by_rendition = matches!(op.action, Action::RenditionApprove | Action::RenditionView);
                    let expected_code = match (reach(role, op.action), op.action.rule().scope) {
                        // Named by its uid, a rendition of a case one is no
                        // member of is "not found" as one that does not exist.
                        (Some(Reach::Member), Scope::Case) if by_rendition => Code::RenditionNotFound,
                        (Some(Reach::Member), Scope::Case) => Code::CaseNotFound,
                        (Some(Reach::Member), Scope::Media) => Code::MediaNotFound,
                        (Some(Reach::Member), Scope::Gallery | Scope::GalleryEditor) => Code::GalleryNotFound,
                        _ => Code::PermissionDenied,
                    };
                    assert_eq!(error.code(), expected_code, "{what}: {error}");
                    assert_eq!(fx.snapshot(), before, "{what}: a refused call changed the lab");
                    assert_eq!(
                        (actor.as_str(), action.as_str(), outcome.as_str()),
                        (user.as_str(), op.action.code(), "denied"),
                        "{what}: {details}"
                    );
                }
                checked += 1;
            }
        }
    }
    assert_eq!(checked, Role::ALL.len() * OPERATIONS.len() * 2);
}

#[test]
fn a_disabled_account_or_a_changed_role_counts_from_the_next_call() {
    let fx = Fixture::new();
    let analyst = user_of(Role::Analyst);
    let before = fx.session(&analyst);
    before.triage(MEMBER_CASE).unwrap();
    fx.session(ADMIN).set_role(&analyst, Role::Trainee).unwrap();
    let after = fx.session(&analyst);
    assert_eq!(after.triage(MEMBER_CASE).unwrap_err().code(), Code::PermissionDenied);
    fx.session(ADMIN).disable_user(&analyst).unwrap();
    let refused = fx.lab.authenticate(&analyst, PASSWORD, "test").unwrap_err();
    assert_eq!(refused.code(), Code::LoginFailed);
}

#[test]
fn the_last_enabled_administrator_stays() {
    let fx = Fixture::new();
    let admin = fx.session(ADMIN);
    admin.disable_user(&user_of(Role::Admin)).unwrap();
    assert_eq!(admin.disable_user(ADMIN).unwrap_err().code(), Code::LastAdministrator);
    assert_eq!(admin.set_role(ADMIN, Role::Analyst).unwrap_err().code(), Code::LastAdministrator);
    admin.set_role(&user_of(Role::Auditor), Role::Admin).unwrap();
    admin.set_role(ADMIN, Role::Analyst).unwrap();
}

/// Without a case, `exhibit_show` looks the exhibit up in the cases the
/// actor may see: one found is shown, two are ambiguous, none (or only in
/// cases out of reach) is not found, so that another case's exhibit
/// names do not leak.
#[test]
fn an_exhibit_named_without_its_case_is_looked_up_in_the_visible_cases_only() {
    let fx = Fixture::new();
    let analyst = fx.session(&user_of(Role::Analyst));
    let shown = analyst.exhibit_show(None, "exhibit-0").unwrap();
    assert_eq!(shown.case, MEMBER_CASE, "the analyst sees only the member case's exhibit-0");
    assert!(shown.image.is_none() && shown.layout.is_none(), "a folder has no acquisition check");
    assert_eq!(analyst.exhibit_show(None, "no-such").unwrap_err().code(), Code::ExhibitNotFound);
    let admin = fx.session(ADMIN);
    let both = admin.exhibit_show(None, "exhibit-0").unwrap_err();
    assert_eq!(both.code(), Code::ExhibitAmbiguous);
    assert_eq!(admin.exhibit_show(Some(OTHER_CASE), "exhibit-0").unwrap().case, OTHER_CASE);
}
