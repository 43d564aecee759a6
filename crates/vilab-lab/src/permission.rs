//! The permission table: which role may do which action on which kind of
//! resource, written once, as data. [`crate::guard`] is the only reader;
//! the tests walk every action, role and membership against it.
//!
//! Case membership limits the roles marked [`Reach::Member`] to the cases
//! they are members of; [`Reach::All`] reaches every case. A role absent
//! from an action's rule may not do it at all.

use vilab_store::Role;

/// What a call does. The code (`media.view`) is what the audit chain
/// records; never renamed once released.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub enum Action {
    /// Create an account.
    AccountCreate,
    /// List the accounts.
    AccountList,
    /// Disable an account (its sessions end).
    AccountDisable,
    /// Enable an account.
    AccountEnable,
    /// Change an account's role.
    AccountSetRole,
    /// Set another account's password.
    AccountSetPassword,
    /// Change one's own password.
    AccountChangeOwnPassword,
    /// Add an account to a case.
    MembershipAdd,
    /// Remove an account from a case.
    MembershipRemove,
    /// Read the audit log.
    AuditList,
    /// Verify the audit chain.
    AuditVerify,
    /// Re-hash the evidence store.
    LabVerify,
    /// Create a case.
    CaseCreate,
    /// List cases.
    CaseList,
    /// A case's summary: exhibits, counts, runs.
    CaseView,
    /// Ingest an exhibit into a case (and match it).
    IngestRun,
    /// Match a case against hash sets and other cases.
    MatchRun,
    /// A case's triage.
    TriageView,
    /// List a case's media.
    MediaList,
    /// One media item's detail.
    MediaView,
    /// A case's ingest errors.
    MediaErrors,
    /// A case's review grid, its groups, map and timeline.
    ReviewView,
    /// Categorize items, flag them for follow-up, undo.
    ReviewDecide,
    /// An item's masked rendition (small, blurred, grey): the least
    /// exposure, so only refusals are audited.
    MediaThumbnail,
    /// An item seen sharp and in colour: always audited, before the bytes
    /// leave.
    MediaReveal,
    /// Create, grow and merge a case's series.
    SeriesEdit,
    /// Cameras across the cases one may see.
    CameraGroups,
    /// Search the cases one may see (and the hash sets) for a picture from
    /// outside the lab, by its digests and PDQ; the picture is not stored.
    MediaSearch,
    /// One's own review settings (language, blur, tile size).
    SettingsView,
    /// Change one's own review settings.
    SettingsChange,
    /// Import a hash set.
    HashsetImport,
    /// List hash sets or show one.
    HashsetList,
    /// Remove a hash set.
    HashsetRemove,
    /// Export a case's hashes.
    HashsetExport,
    /// Read the legal matrix with the lab's imports.
    LawView,
    /// Import a file of legal facts.
    LawImport,
    /// Remove an import of legal facts.
    LawRemove,
    // Records beside the media (victims, offenders, locations, leads).
    /// Read a case's persons, locations and leads, and search them.
    RecordsView,
    /// Create and change persons, locations, their links, and leads.
    RecordsEdit,
    /// Set a person's identification status.
    PersonSetStatus,
    // Encryption at rest (issue 21).
    /// Change the passphrase of an encrypted lab (its key slot, not the data).
    LabPassphrase,
    /// Replace the recovery key of an encrypted lab.
    LabRecoveryKey,
    /// Encrypt a plain lab in place.
    LabEncrypt,
    // Backups (issue 21).
    /// Write an encrypted backup of the lab (also who may restore one).
    LabBackup,
    /// Replace the lab's own category profiles (`profiles.toml`).
    HashsetProfiles,
    // ViLab galleries (issue 20).
    /// Create a gallery (its maker is its first editor).
    GalleryCreate,
    /// List the galleries one is a member of.
    GalleryList,
    /// A gallery, its items and their boards of clues (participants only
    /// while it is open).
    GalleryView,
    /// Assemble a gallery: its items (from cases one is a member of), its
    /// members, title and dates.
    GalleryEdit,
    /// Post a clue on an item's board.
    CluePost,
    /// Bring the clues typed into an offline bundle back as leads.
    ClueImport,
    /// Answer an item of a gallery's training exercise.
    ExerciseAnswer,
    // Regions and renditions per audience (issue 20).
    /// Read an item's regions and their history, and its renditions.
    RegionView,
    /// Draw, change and delete regions on an item.
    RegionEdit,
    /// Make renditions of an item for an audience.
    RenditionMake,
    /// Approve a public crop another analyst made (four eyes).
    RenditionApprove,
    /// Receive a rendition's bytes by its uid (those who work the case;
    /// others receive renditions as a gallery's images).
    RenditionView,
}

/// What an action is done to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// The lab as a whole (accounts, hash sets, the legal matrix).
    Lab,
    /// One case: membership applies.
    Case,
    /// One media item: membership of a case that holds it applies.
    Media,
    /// One gallery: membership of the gallery applies (editors or
    /// participants).
    Gallery,
    /// One gallery, as its editor: only editors are members here.
    GalleryEditor,
}

/// How far a role reaches for an action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reach {
    /// Every case (or the lab).
    All,
    /// Only the cases the account is a member of.
    Member,
}

/// When an allowed call is written to the audit chain (refusals always are).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Audited {
    /// Every call.
    Always,
    /// Only refusals: public, non-evidential reading (the legal matrix).
    Refusals,
}

/// One row of the table.
#[derive(Clone, Copy, Debug, serde::Serialize)]
pub struct Rule {
    /// The action.
    pub action: Action,
    /// What it is done to.
    pub scope: Scope,
    /// The roles that may, and how far.
    pub roles: &'static [(Role, Reach)],
    /// When an allowed call is audited.
    pub audited: Audited,
}

use Reach::{All, Member};
use Role::{Admin, Analyst, Auditor, Investigator, Partner, Public, Trainee, Trainer};

/// Every role, each reaching the whole lab: for an actor's own account and
/// settings, and the public legal matrix.
/// Who may work in a gallery they are a member of: every role that may
/// receive a rendition (never the administrator or the auditor).
const GALLERY_PEOPLE: &[(Role, Reach)] = &[
    (Analyst, Member),
    (Investigator, Member),
    (Trainer, Member),
    (Trainee, Member),
    (Partner, Member),
    (Public, Member),
];

const EVERYONE: &[(Role, Reach)] = &[
    (Admin, All),
    (Analyst, All),
    (Investigator, All),
    (Trainer, All),
    (Trainee, All),
    (Partner, All),
    (Auditor, All),
    (Public, All),
];

/// The permission table.
pub const PERMISSIONS: &[Rule] = &[
    rule(Action::AccountCreate, Scope::Lab, &[(Admin, All)]),
    rule(Action::AccountList, Scope::Lab, &[(Admin, All), (Auditor, All)]),
    rule(Action::AccountDisable, Scope::Lab, &[(Admin, All)]),
    rule(Action::AccountEnable, Scope::Lab, &[(Admin, All)]),
    rule(Action::AccountSetRole, Scope::Lab, &[(Admin, All)]),
    rule(Action::AccountSetPassword, Scope::Lab, &[(Admin, All)]),
    rule(Action::AccountChangeOwnPassword, Scope::Lab, EVERYONE),
    rule(Action::MembershipAdd, Scope::Case, &[(Admin, All)]),
    rule(Action::MembershipRemove, Scope::Case, &[(Admin, All)]),
    rule(Action::AuditList, Scope::Lab, &[(Admin, All), (Auditor, All)]),
    rule(Action::AuditVerify, Scope::Lab, &[(Admin, All), (Auditor, All)]),
    rule(Action::LabVerify, Scope::Lab, &[(Admin, All), (Auditor, All)]),
    rule(Action::CaseCreate, Scope::Lab, &[(Admin, All), (Analyst, All)]),
    rule(
        Action::CaseList,
        Scope::Lab,
        &[(Admin, All), (Analyst, Member), (Investigator, Member), (Trainer, Member), (Auditor, All)],
    ),
    rule(
        Action::CaseView,
        Scope::Case,
        &[(Admin, All), (Analyst, Member), (Investigator, Member), (Trainer, Member), (Auditor, All)],
    ),
    rule(Action::IngestRun, Scope::Case, &[(Analyst, Member)]),
    rule(Action::MatchRun, Scope::Case, &[(Analyst, Member)]),
    rule(Action::TriageView, Scope::Case, &[(Analyst, Member), (Investigator, Member)]),
    rule(Action::MediaList, Scope::Case, &[(Analyst, Member), (Investigator, Member)]),
    rule(Action::MediaView, Scope::Media, &[(Analyst, Member), (Investigator, Member)]),
    rule(Action::MediaErrors, Scope::Case, &[(Analyst, Member), (Investigator, Member)]),
    rule(Action::ReviewView, Scope::Case, &[(Analyst, Member), (Investigator, Member)]),
    rule(Action::ReviewDecide, Scope::Case, &[(Analyst, Member), (Investigator, Member)]),
    Rule {
        action: Action::MediaThumbnail,
        scope: Scope::Media,
        roles: &[(Analyst, Member), (Investigator, Member)],
        audited: Audited::Refusals,
    },
    rule(Action::MediaReveal, Scope::Media, &[(Analyst, Member), (Investigator, Member)]),
    rule(Action::SeriesEdit, Scope::Case, &[(Analyst, Member), (Investigator, Member)]),
    rule(Action::CameraGroups, Scope::Lab, &[(Analyst, Member), (Investigator, Member)]),
    rule(Action::MediaSearch, Scope::Lab, &[(Analyst, Member), (Investigator, Member)]),
    Rule { action: Action::SettingsView, scope: Scope::Lab, roles: EVERYONE, audited: Audited::Refusals },
    rule(Action::SettingsChange, Scope::Lab, EVERYONE),
    rule(Action::HashsetImport, Scope::Lab, &[(Admin, All), (Analyst, All)]),
    rule(Action::HashsetList, Scope::Lab, &[(Admin, All), (Analyst, All), (Investigator, All), (Auditor, All)]),
    rule(Action::HashsetRemove, Scope::Lab, &[(Admin, All), (Analyst, All)]),
    rule(Action::HashsetExport, Scope::Case, &[(Analyst, Member), (Investigator, Member)]),
    Rule { action: Action::LawView, scope: Scope::Lab, roles: EVERYONE, audited: Audited::Refusals },
    rule(Action::LawImport, Scope::Lab, &[(Admin, All), (Analyst, All)]),
    rule(Action::LawRemove, Scope::Lab, &[(Admin, All), (Analyst, All)]),
    // Records beside the media. Who a victim or offender is, where the
    // material was made and what leads are being followed is as sensitive
    // as the material, and is the work of those who review it: analysts
    // and investigators, in the cases they are members of. The auditor
    // does not read them (the audit chain shows who did what to which
    // record, by id and status, without the texts); trainers, trainees and
    // partners work on training and shared data, not on a live case's
    // victims. Setting an identification status is an action of its own
    // (same roles today) so that its audit code stands out and a lab can
    // narrow it later without touching the rest.
    rule(Action::RecordsView, Scope::Case, &[(Analyst, Member), (Investigator, Member)]),
    rule(Action::RecordsEdit, Scope::Case, &[(Analyst, Member), (Investigator, Member)]),
    rule(Action::PersonSetStatus, Scope::Case, &[(Analyst, Member), (Investigator, Member)]),
    // Encryption at rest (issue 21): the lab's keys are its administrators'.
    rule(Action::LabPassphrase, Scope::Lab, &[(Admin, All)]),
    rule(Action::LabRecoveryKey, Scope::Lab, &[(Admin, All)]),
    rule(Action::LabEncrypt, Scope::Lab, &[(Admin, All)]),
    // Backups (issue 21): a copy of the whole lab, and its restore, are the
    // administrators' (who see no evidence: the archive is encrypted).
    rule(Action::LabBackup, Scope::Lab, &[(Admin, All)]),
    // The lab's own profiles label every import's categories: who imports
    // hash sets defines them.
    rule(Action::HashsetProfiles, Scope::Lab, &[(Admin, All), (Analyst, All)]),
    // ViLab galleries (issue 20). A gallery shows its participants the
    // renditions made for its audience (never an original) while it is
    // open; its editors assemble it from the cases they are members of.
    // Here `member` means a member of the gallery (for the editors'
    // actions, an editor); adding an item also needs membership of its
    // case. Importing clues writes leads into cases: an analyst's work.
    rule(Action::GalleryCreate, Scope::Lab, &[(Analyst, All), (Trainer, All)]),
    // Lists only the galleries one is a member of, whatever the reach.
    rule(
        Action::GalleryList,
        Scope::Lab,
        &[(Analyst, All), (Investigator, All), (Trainer, All), (Trainee, All), (Partner, All), (Public, All)],
    ),
    rule(Action::GalleryView, Scope::Gallery, GALLERY_PEOPLE),
    rule(Action::GalleryEdit, Scope::GalleryEditor, &[(Analyst, Member), (Trainer, Member)]),
    rule(Action::CluePost, Scope::Gallery, GALLERY_PEOPLE),
    rule(Action::ClueImport, Scope::GalleryEditor, &[(Analyst, Member)]),
    // Training exercises are set, marked and read by the gallery's editors
    // (`gallery.edit`); anyone taking part answers.
    rule(Action::ExerciseAnswer, Scope::Gallery, GALLERY_PEOPLE),
    // Regions and renditions per audience (issue 20). Drawing regions,
    // making renditions and approving public crops is analysts' work in
    // their cases (an approval is another analyst than the crop's maker:
    // checked by the operation and by the store). A rendition by its uid
    // is for those who work the case (analysts and investigators, what
    // `vilab sanitize` writes out). Partners, trainees and the public are
    // no case's members: they reach renditions only as the images of a
    // gallery they take part in, while it is open (`gallery.view`,
    // `ops::galleries::images`), so that a leaked uid or a closed gallery
    // gives them nothing. Trainers likewise: they see the images of the
    // galleries they edit, and nothing asks them to pick a case's
    // renditions by uid.
    rule(Action::RegionView, Scope::Case, &[(Analyst, Member), (Investigator, Member)]),
    rule(Action::RegionEdit, Scope::Case, &[(Analyst, Member)]),
    rule(Action::RenditionMake, Scope::Case, &[(Analyst, Member)]),
    rule(Action::RenditionApprove, Scope::Case, &[(Analyst, Member)]),
    rule(Action::RenditionView, Scope::Case, &[(Analyst, Member), (Investigator, Member)]),
];

const fn rule(action: Action, scope: Scope, roles: &'static [(Role, Reach)]) -> Rule {
    Rule { action, scope, roles, audited: Audited::Always }
}

impl Action {
    /// Every action.
    pub const ALL: [Action; 57] = [
        Action::AccountCreate,
        Action::AccountList,
        Action::AccountDisable,
        Action::AccountEnable,
        Action::AccountSetRole,
        Action::AccountSetPassword,
        Action::AccountChangeOwnPassword,
        Action::MembershipAdd,
        Action::MembershipRemove,
        Action::AuditList,
        Action::AuditVerify,
        Action::LabVerify,
        Action::CaseCreate,
        Action::CaseList,
        Action::CaseView,
        Action::IngestRun,
        Action::MatchRun,
        Action::TriageView,
        Action::MediaList,
        Action::MediaView,
        Action::MediaErrors,
        Action::ReviewView,
        Action::ReviewDecide,
        Action::MediaThumbnail,
        Action::MediaReveal,
        Action::SeriesEdit,
        Action::CameraGroups,
        Action::MediaSearch,
        Action::SettingsView,
        Action::SettingsChange,
        Action::HashsetImport,
        Action::HashsetList,
        Action::HashsetRemove,
        Action::HashsetExport,
        Action::LawView,
        Action::LawImport,
        Action::LawRemove,
        Action::RecordsView,
        Action::RecordsEdit,
        Action::PersonSetStatus,
        Action::LabPassphrase,
        Action::LabRecoveryKey,
        Action::LabEncrypt,
        Action::LabBackup,
        Action::HashsetProfiles,
        Action::GalleryCreate,
        Action::GalleryList,
        Action::GalleryView,
        Action::GalleryEdit,
        Action::CluePost,
        Action::ClueImport,
        Action::ExerciseAnswer,
        Action::RegionView,
        Action::RegionEdit,
        Action::RenditionMake,
        Action::RenditionApprove,
        Action::RenditionView,
    ];

    /// The stable code the audit chain records.
    pub fn code(self) -> &'static str {
        match self {
            Action::AccountCreate => "account.create",
            Action::AccountList => "account.list",
            Action::AccountDisable => "account.disable",
            Action::AccountEnable => "account.enable",
            Action::AccountSetRole => "account.set_role",
            Action::AccountSetPassword => "account.set_password",
            Action::AccountChangeOwnPassword => "account.change_own_password",
            Action::MembershipAdd => "membership.add",
            Action::MembershipRemove => "membership.remove",
            Action::AuditList => "audit.list",
            Action::AuditVerify => "audit.verify",
            Action::LabVerify => "lab.verify",
            Action::CaseCreate => "case.create",
            Action::CaseList => "case.list",
            Action::CaseView => "case.view",
            Action::IngestRun => "ingest.run",
            Action::MatchRun => "match.run",
            Action::TriageView => "triage.view",
            Action::MediaList => "media.list",
            Action::MediaView => "media.view",
            Action::MediaErrors => "media.errors",
            Action::ReviewView => "review.view",
            Action::ReviewDecide => "review.decide",
            Action::MediaThumbnail => "media.thumbnail",
            Action::MediaReveal => "media.reveal",
            Action::SeriesEdit => "series.edit",
            Action::CameraGroups => "camera.groups",
            Action::MediaSearch => "media.search",
            Action::SettingsView => "settings.view",
            Action::SettingsChange => "settings.change",
            Action::HashsetImport => "hashset.import",
            Action::HashsetList => "hashset.list",
            Action::HashsetRemove => "hashset.remove",
            Action::HashsetExport => "hashset.export",
            Action::LawView => "law.view",
            Action::LawImport => "law.import",
            Action::LawRemove => "law.remove",
            Action::RecordsView => "records.view",
            Action::RecordsEdit => "records.edit",
            Action::PersonSetStatus => "person.set_status",
            Action::LabPassphrase => "lab.passphrase",
            Action::LabRecoveryKey => "lab.recovery_key",
            Action::LabEncrypt => "lab.encrypt",
            Action::LabBackup => "lab.backup",
            Action::HashsetProfiles => "hashset.profiles",
            Action::GalleryCreate => "gallery.create",
            Action::GalleryList => "gallery.list",
            Action::GalleryView => "gallery.view",
            Action::GalleryEdit => "gallery.edit",
            Action::CluePost => "clue.post",
            Action::ClueImport => "clue.import",
            Action::ExerciseAnswer => "exercise.answer",
            Action::RegionView => "region.view",
            Action::RegionEdit => "region.edit",
            Action::RenditionMake => "rendition.make",
            Action::RenditionApprove => "rendition.approve",
            Action::RenditionView => "rendition.view",
        }
    }

    /// Its row of the table.
    pub fn rule(self) -> &'static Rule {
        PERMISSIONS.iter().find(|r| r.action == self).expect("every action has a rule (tested)")
    }
}

/// What the table says of `role` doing `action`: `None` when it may not,
/// else how far it reaches.
pub fn reach(role: Role, action: Action) -> Option<Reach> {
    action.rule().roles.iter().find(|(r, _)| *r == role).map(|(_, reach)| *reach)
}

/// Whether `role` may do `action` on a case (or item) it is (`member`) or
/// is not a member of; for lab-wide actions `member` does not matter.
pub fn allows(role: Role, action: Action, member: bool) -> bool {
    match (reach(role, action), action.rule().scope) {
        (None, _) => false,
        (Some(_), Scope::Lab) | (Some(All), _) => true,
        (Some(Member), _) => member,
    }
}

/// The table as Markdown: one row per action, one column per role, `all`,
/// `member` or nothing; what ARCHITECTURE.md shows (a test keeps them equal).
pub fn markdown_table() -> String {
    let mut out = String::from("| action | scope | audited |");
    for role in Role::ALL {
        out.push_str(&format!(" {} |", role.as_str()));
    }
    out.push_str("\n|---|---|---|");
    out.push_str(&"---|".repeat(Role::ALL.len()));
    out.push('\n');
    for rule in PERMISSIONS {
        let scope = match rule.scope {
            Scope::Lab => "lab",
            Scope::Case => "case",
            Scope::Media => "media item",
            Scope::Gallery => "gallery",
            Scope::GalleryEditor => "gallery (editors)",
        };
        let audited = match rule.audited {
            Audited::Always => "always",
            Audited::Refusals => "refusals",
        };
        out.push_str(&format!("| `{}` | {scope} | {audited} |", rule.action.code()));
        for role in Role::ALL {
            let cell = match reach(role, rule.action) {
                Some(All) => " all |",
                Some(Member) => " member |",
                None => " |",
            };
            out.push_str(cell);
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn architecture_md_shows_the_table_as_it_is() {
        let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../ARCHITECTURE.md")).unwrap();
        let table = markdown_table();
        assert!(doc.contains(&table), "ARCHITECTURE.md's permission table differs from the code; it is:\n{table}");
    }

    #[test]
    fn every_action_has_exactly_one_rule_and_codes_are_unique() {
        for action in Action::ALL {
            assert_eq!(PERMISSIONS.iter().filter(|r| r.action == action).count(), 1, "{action:?}");
        }
        assert_eq!(PERMISSIONS.len(), Action::ALL.len());
        let codes: std::collections::HashSet<_> = Action::ALL.iter().map(|a| a.code()).collect();
        assert_eq!(codes.len(), Action::ALL.len());
    }

    #[test]
    fn member_reach_is_only_given_where_membership_means_something() {
        for rule in PERMISSIONS {
            // Any role may be a member of a gallery.
            if matches!(rule.scope, Scope::Gallery | Scope::GalleryEditor) {
                continue;
            }
            for (role, reach) in rule.roles {
                if *reach == Member {
                    assert!(
                        matches!(role, Analyst | Investigator | Trainer),
                        "{role:?} is not limited by membership ({:?})",
                        rule.action
                    );
                }
            }
        }
    }

    #[test]
    fn nobody_but_analysts_and_investigators_sees_evidence() {
        for action in [
            Action::MediaList,
            Action::MediaView,
            Action::TriageView,
            Action::HashsetExport,
            Action::MediaThumbnail,
            Action::MediaReveal,
            Action::RegionView,
            Action::RenditionView,
        ] {
            for role in Role::ALL {
                let may = reach(role, action).is_some();
                assert_eq!(may, matches!(role, Analyst | Investigator), "{role:?} {action:?}");
            }
        }
    }

    #[test]
    fn only_analysts_draw_regions_make_and_approve_renditions() {
        for action in [Action::RegionEdit, Action::RenditionMake, Action::RenditionApprove] {
            for role in Role::ALL {
                assert_eq!(reach(role, action), (role == Analyst).then_some(Member), "{role:?} {action:?}");
            }
        }
        assert_eq!(reach(Admin, Action::RenditionView), None);
        assert_eq!(reach(Auditor, Action::RenditionView), None);
    }
}
