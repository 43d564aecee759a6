//! ViLab galleries: a trainer or analyst assembles items of unsolved cases
//! for one audience (partner agencies, trainees, the public) and a span of
//! dates; the gallery's participants see each item's rendition for that
//! audience, never an original, and post clues on a board per item that
//! every participant sees; each clue becomes a lead of the item's case,
//! with who posted it and when. Clues typed into an offline bundle come
//! back through [`Session::import_clues`], once each (by the uid the
//! bundle's page gave them).
//!
//! **Least exposure**: participants learn nothing of an item but its
//! gallery id and position: not its case, its digests or its series. A
//! gallery one is not a member of is "not found". Audit records name the
//! gallery by uid and items by id, never titles or clue texts.

pub mod exchange;
pub mod exercises;
pub mod export;
pub mod images;
pub mod pin;

use serde::Serialize;
use serde_json::json;
use vilab_store::model::gallery::{
    ClueId, ClueSource, Gallery, GalleryAudience, GalleryItem, GalleryItemId, NewClue, NewGallery,
};
use vilab_store::model::review::SeriesId;
use vilab_store::{MediaKey, MediaRowId, Role};

use crate::Session;
use crate::error::{AppError, Code, Result};
use crate::error_map::store;
use crate::guard::{Done, Permit, Target};
use crate::permission::Action;
use crate::shapes::shape;

/// The most clues one read of a board returns.
pub const BOARD_PAGE: u32 = 500;

/// Whether an account of `role` may see renditions made for `audience`:
/// the audiences renditions are made for decide it
/// ([`crate::ops::renditions::audiences_of`]), so that a gallery never
/// shows a participant what their role may not receive.
pub fn role_receives(role: Role, audience: GalleryAudience) -> bool {
    use vilab_store::model::regions::Audience;
    let wanted = match audience {
        GalleryAudience::Partner => Audience::Partner,
        GalleryAudience::Trainee => Audience::Trainee,
        GalleryAudience::Public => Audience::Public,
    };
    crate::ops::renditions::audiences_of(role).contains(&wanted)
}

/// Whether an account of `role` may assemble a gallery.
pub fn role_edits(role: Role) -> bool {
    matches!(role, Role::Analyst | Role::Trainer)
}

/// One gallery in a list.
#[derive(Clone, Debug, Serialize)]
pub struct GallerySummary {
    /// Its id.
    pub uid: String,
    /// Its title.
    pub title: String,
    /// Whom it is for.
    pub audience: GalleryAudience,
    /// When it opens (Unix seconds).
    pub opens_at: i64,
    /// When it closes.
    pub closes_at: i64,
    /// Whether it is open now.
    pub open: bool,
    /// Whether the actor edits it.
    pub editor: bool,
}
shape!(GallerySummary, "vilab.gallery-summary/1");

/// The galleries the actor is a member of.
#[derive(Clone, Debug, Serialize)]
pub struct GalleryList {
    /// Newest first.
    pub galleries: Vec<GallerySummary>,
}
shape!(GalleryList, "vilab.gallery-list/1");

/// An item as a gallery shows it.
#[derive(Clone, Debug, Serialize)]
pub struct GalleryItemView {
    /// Its id in the gallery (what clues and bundles name).
    pub id: GalleryItemId,
    /// Its place.
    pub position: i64,
    /// For an editor who is a member of its case: the case's name.
    pub case: Option<String>,
    /// For that editor: the item's SHA-256.
    pub media: Option<String>,
    /// For that editor: the uid of the series it was added with.
    pub series: Option<String>,
}

/// A member of a gallery, as its editors see them.
#[derive(Clone, Debug, Serialize)]
pub struct GalleryMemberView {
    /// User name.
    pub user: String,
    /// Role.
    pub role: Role,
    /// Editor (else participant).
    pub editor: bool,
    /// When added.
    pub added_at: i64,
}

/// An offline bundle made of a gallery, as its editors see it.
#[derive(Clone, Debug, Serialize)]
pub struct GalleryBundleView {
    /// Its id.
    pub uid: String,
    /// Whom it was made for.
    pub recipient: String,
    /// When it stops showing its images.
    pub expires_at: i64,
    /// When it was made.
    pub made_at: i64,
}
shape!(GalleryBundleView, "vilab.gallery-bundle/1");

/// A gallery.
#[derive(Clone, Debug, Serialize)]
pub struct GalleryView {
    /// Its id.
    pub uid: String,
    /// Its title.
    pub title: String,
    /// Whom it is for.
    pub audience: GalleryAudience,
    /// When it opens.
    pub opens_at: i64,
    /// When it closes.
    pub closes_at: i64,
    /// Whether it is open now.
    pub open: bool,
    /// Whether the actor edits it.
    pub editor: bool,
    /// Its items, in order.
    pub items: Vec<GalleryItemView>,
    /// Its members (for editors; empty for participants).
    pub members: Vec<GalleryMemberView>,
    /// The bundles made of it (for editors).
    pub bundles: Vec<GalleryBundleView>,
}
shape!(GalleryView, "vilab.gallery/1");

/// What adding items did.
#[derive(Clone, Debug, Serialize)]
pub struct GalleryItemsAdded {
    /// The gallery.
    pub gallery: String,
    /// The items now shown that were not before.
    pub added: Vec<GalleryItemId>,
    /// How many were shown already.
    pub already: u64,
}
shape!(GalleryItemsAdded, "vilab.gallery-items-added/1");

/// A clue on a board.
#[derive(Clone, Debug, Serialize)]
pub struct ClueView {
    /// Its id.
    pub uid: String,
    /// The board's cursor: read the board after it for newer clues.
    pub id: ClueId,
    /// The gallery item.
    pub item: GalleryItemId,
    /// The text.
    pub text: String,
    /// The spot on the rendition, as fractions of its width and height.
    pub pin: Option<(f64, f64)>,
    /// Who posted it (a user name, or the name typed into a bundle).
    pub author: String,
    /// Where it was typed.
    pub source: ClueSource,
    /// When.
    pub posted_at: i64,
}
shape!(ClueView, "vilab.clue/1");

/// Clues of a gallery's boards, oldest first.
#[derive(Clone, Debug, Serialize)]
pub struct ClueBoard {
    /// The gallery.
    pub gallery: String,
    /// The item, or every item.
    pub item: Option<GalleryItemId>,
    /// The clues after the cursor asked for.
    pub clues: Vec<ClueView>,
    /// The cursor to ask with next (the last clue's, or the one given).
    pub cursor: Option<ClueId>,
}
shape!(ClueBoard, "vilab.clue-board/1");

/// A clue typed into an offline bundle, as its clue file gives it.
#[derive(Clone, Debug, PartialEq, serde::Deserialize, Serialize)]
pub struct BundleClue {
    /// The uid the bundle's page made (32 lowercase hex digits).
    pub uid: String,
    /// The gallery item.
    pub item: GalleryItemId,
    /// The text.
    pub text: String,
    /// The spot on the rendition.
    pub pin: Option<(f64, f64)>,
    /// When it was typed (Unix seconds).
    pub posted_at: i64,
}

/// The clues of one clue file.
#[derive(Clone, Debug, PartialEq, serde::Deserialize, Serialize)]
pub struct BundleClues {
    /// The bundle they were typed into.
    pub bundle: String,
    /// The name the participant typed.
    pub author: String,
    /// The clues.
    pub clues: Vec<BundleClue>,
}

/// A clue of a file that was not recorded, and why.
#[derive(Clone, Debug, Serialize)]
pub struct ClueSkipped {
    /// Its uid.
    pub uid: String,
    /// Its item.
    pub item: GalleryItemId,
    /// The error code.
    pub code: String,
}

/// What an import of a clue file did.
#[derive(Clone, Debug, Serialize)]
pub struct ClueImport {
    /// The gallery.
    pub gallery: String,
    /// The bundle.
    pub bundle: String,
    /// Clues recorded now (each a new lead).
    pub recorded: u64,
    /// Clues recorded before (a file imported again).
    pub already: u64,
    /// Clues not recorded: an item no longer shown, or of a case the
    /// importer is not a member of (its analysts import them).
    pub skipped: Vec<ClueSkipped>,
}
shape!(ClueImport, "vilab.clue-import/1");

/// How an account takes part in a gallery.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GalleryPart {
    /// Assembles it.
    Editor,
    /// Sees it and posts clues.
    Participant,
    /// Not a member any more.
    None,
}

fn summary(g: &Gallery, editor: bool, now: i64) -> GallerySummary {
    GallerySummary {
        uid: g.uid.clone(),
        title: g.title.clone(),
        audience: g.audience,
        opens_at: g.opens_at,
        closes_at: g.closes_at,
        open: g.is_open(now),
        editor,
    }
}

/// Whether the permit's actor edits its gallery.
fn is_editor(permit: &Permit<'_>) -> Result<bool> {
    let member = permit.store().gallery_member(permit.gallery().id, permit.actor().account).map_err(store)?;
    Ok(member.is_some_and(|m| m.editor))
}

/// Participants see a gallery only while it is open; its editors always.
fn require_open_or_editor(permit: &Permit<'_>) -> Result<bool> {
    let editor = is_editor(permit)?;
    if !editor && !permit.gallery().is_open(permit.now()) {
        return Err(AppError::new(Code::GalleryClosed).with("gallery", permit.gallery().uid.as_str()));
    }
    Ok(editor)
}

fn item_view(permit: &Permit<'_>, item: &GalleryItem, editor: bool) -> Result<GalleryItemView> {
    let mut view = GalleryItemView { id: item.id, position: item.position, case: None, media: None, series: None };
    if editor && permit.visible().contains(item.case) {
        view.case = permit.store().case_by_id(item.case).map_err(store)?.map(|c| c.name);
        view.media = permit
            .store()
            .media(&MediaKey::RowId(item.media))
            .map_err(store)?
            .map(|m| m.record.digests.sha256.to_hex());
        if let Some(s) = item.series {
            view.series = permit.store().series(s).map_err(store)?.map(|s| s.uid);
        }
    }
    Ok(view)
}

fn gallery_view(permit: &Permit<'_>, editor: bool) -> Result<GalleryView> {
    let g = permit.gallery();
    let s = permit.store();
    let items = s.gallery_items(g.id).map_err(store)?;
    let items = items.iter().map(|i| item_view(permit, i, editor)).collect::<Result<Vec<_>>>()?;
    let (mut members, mut bundles) = (Vec::new(), Vec::new());
    if editor {
        for m in s.gallery_members(g.id).map_err(store)? {
            if let Some(a) = s.account_by_id(m.account).map_err(store)? {
                members.push(GalleryMemberView {
                    user: a.username,
                    role: a.role,
                    editor: m.editor,
                    added_at: m.added_at,
                });
            }
        }
        bundles = s
            .gallery_bundles(g.id)
            .map_err(store)?
            .into_iter()
            .map(|b| GalleryBundleView {
                uid: b.uid,
                recipient: b.recipient,
                expires_at: b.expires_at,
                made_at: b.made_at,
            })
            .collect();
    }
    let head = summary(g, editor, permit.now());
    Ok(GalleryView {
        uid: head.uid,
        title: head.title,
        audience: head.audience,
        opens_at: head.opens_at,
        closes_at: head.closes_at,
        open: head.open,
        editor,
        items,
        members,
        bundles,
    })
}

/// An item shown in the permit's gallery (another gallery's is not found).
fn item_of_gallery(permit: &Permit<'_>, id: GalleryItemId) -> Result<GalleryItem> {
    let not_found = || AppError::new(Code::GalleryItemNotFound).with("item", id.0);
    let item = permit.store().gallery_item(id).map_err(store)?.ok_or_else(not_found)?;
    if item.gallery != permit.gallery().id {
        return Err(not_found());
    }
    Ok(item)
}

fn clue_view(c: vilab_store::model::gallery::Clue) -> ClueView {
    ClueView {
        uid: c.uid,
        id: c.id,
        item: c.item,
        text: c.text,
        pin: c.pin,
        author: c.author,
        source: c.source,
        posted_at: c.posted_at,
    }
}

/// The lead rectangle of a pin on an item, in the original's pixels.
fn lead_rect(
    permit: &Permit<'_>,
    media: MediaRowId,
    pin: Option<(f64, f64)>,
) -> Result<Option<vilab_store::model::records::Rect>> {
    let Some(pin) = pin else { return Ok(None) };
    let Some(detail) = permit.store().media(&MediaKey::RowId(media)).map_err(store)? else { return Ok(None) };
    let r = &detail.record;
    let orientation = r.exif.as_ref().and_then(|e| e.orientation);
    Ok(match (r.width, r.height) {
        (Some(w), Some(h)) => pin::pin_rect(pin, w, h, orientation),
        _ => None,
    })
}

/// A new random clue uid, as the bundles make them.
pub(crate) fn new_clue_uid() -> Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| AppError::new(Code::Internal).detail(format!("random: {e}")))?;
    Ok(hex::encode(bytes))
}

impl Session<'_> {
    /// Creates a gallery for an audience, open from `opens_at` until
    /// `closes_at`; the actor is its first editor.
    pub fn create_gallery(
        &self,
        title: &str,
        audience: GalleryAudience,
        opens_at: i64,
        closes_at: i64,
    ) -> Result<GallerySummary> {
        self.act(Action::GalleryCreate, Target::Lab, |permit| {
            let new = NewGallery { title: title.to_string(), audience, opens_at, closes_at };
            let g = permit.store().create_gallery(&new, permit.actor().account, permit.now()).map_err(store)?;
            let details =
                json!({ "gallery": g.uid, "audience": audience, "opens_at": opens_at, "closes_at": closes_at });
            Ok(Done::new(summary(&g, true, permit.now()), details))
        })
    }

    /// The galleries the actor is a member of, newest first.
    pub fn galleries(&self) -> Result<GalleryList> {
        self.act(Action::GalleryList, Target::Lab, |permit| {
            let me = permit.actor().account;
            let mut galleries = Vec::new();
            for g in permit.store().list_galleries(Some(me)).map_err(store)? {
                let editor = permit.store().gallery_member(g.id, me).map_err(store)?.is_some_and(|m| m.editor);
                galleries.push(summary(&g, editor, permit.now()));
            }
            let details = json!({ "galleries": galleries.len() });
            Ok(Done::new(GalleryList { galleries }, details))
        })
    }

    /// A gallery with its items (participants: only while it is open).
    pub fn gallery(&self, uid: &str) -> Result<GalleryView> {
        self.act(Action::GalleryView, Target::Gallery(uid), |permit| {
            let editor = require_open_or_editor(permit)?;
            let view = gallery_view(permit, editor)?;
            let details = json!({ "items": view.items.len(), "editor": editor });
            Ok(Done::new(view, details))
        })
    }

    /// Replaces a gallery's title and dates (its audience stays).
    pub fn update_gallery(&self, uid: &str, title: &str, opens_at: i64, closes_at: i64) -> Result<GalleryView> {
        self.act(Action::GalleryEdit, Target::Gallery(uid), |permit| {
            let g = permit.gallery();
            let new = NewGallery { title: title.to_string(), audience: g.audience, opens_at, closes_at };
            permit.store().update_gallery(g.id, &new).map_err(store)?;
            let view = GalleryView {
                title: title.to_string(),
                opens_at,
                closes_at,
                open: opens_at <= permit.now() && permit.now() < closes_at,
                ..gallery_view(permit, true)?
            };
            Ok(Done::new(view, json!({ "opens_at": opens_at, "closes_at": closes_at })))
        })
    }

    /// Makes an account an editor or a participant of a gallery, or no
    /// member. Editors are analysts or trainers; a participant's role must
    /// be one that may receive the gallery's renditions.
    pub fn set_gallery_member(&self, uid: &str, user: &str, part: GalleryPart) -> Result<bool> {
        self.act(Action::GalleryEdit, Target::Gallery(uid), |permit| {
            let g = permit.gallery();
            let account = permit
                .store()
                .account_by_name(user)
                .map_err(store)?
                .ok_or_else(|| AppError::new(Code::AccountNotFound).with("user", user))?;
            let fits = match part {
                GalleryPart::Editor => role_edits(account.role),
                GalleryPart::Participant => role_receives(account.role, g.audience),
                GalleryPart::None => true,
            };
            if !fits {
                return Err(AppError::new(Code::GalleryMemberRole)
                    .with("user", user)
                    .with("role", account.role.as_str())
                    .with("audience", g.audience.as_str()));
            }
            let editor = match part {
                GalleryPart::Editor => Some(true),
                GalleryPart::Participant => Some(false),
                GalleryPart::None => None,
            };
            let changed = permit
                .store()
                .set_gallery_member(g.id, account.id, editor, permit.actor().account, permit.now())
                .map_err(store)?;
            let details = json!({ "account": account.id, "part": part, "changed": changed });
            Ok(Done::new(changed, details))
        })
    }

    /// Adds items of a case the actor is a member of to a gallery, at its
    /// end; items shown already stay where they are.
    pub fn add_gallery_items(&self, uid: &str, case: &str, items: &[MediaKey]) -> Result<GalleryItemsAdded> {
        self.act(Action::GalleryEdit, Target::Gallery(uid), |permit| {
            let mut rows = Vec::with_capacity(items.len());
            for key in items {
                let not_found = || AppError::new(Code::MediaNotFound).with("key", key.to_string());
                let detail = permit.store().media(key).map_err(store)?.ok_or_else(not_found)?;
                rows.push((detail.id, None));
            }
            add_items(permit, case, rows)
        })
    }

    /// Adds every member of a series of a case the actor is a member of.
    pub fn add_gallery_series(&self, uid: &str, case: &str, series: SeriesId) -> Result<GalleryItemsAdded> {
        self.act(Action::GalleryEdit, Target::Gallery(uid), |permit| {
            let case_id = visible_case(permit, case)?;
            let not_found = || AppError::new(Code::SeriesNotFound).with("id", series.0);
            let s = permit.store().series(series).map_err(store)?.ok_or_else(not_found)?;
            if s.case != case_id {
                return Err(not_found());
            }
            let members = permit.store().series_member_pdqs(series).map_err(store)?;
            add_items(permit, case, members.iter().map(|m| (m.media, Some(series))).collect())
        })
    }

    /// Takes an item out of a gallery (its clues and leads stay).
    pub fn remove_gallery_item(&self, uid: &str, item: GalleryItemId) -> Result<bool> {
        self.act(Action::GalleryEdit, Target::Gallery(uid), |permit| {
            item_of_gallery(permit, item)?;
            let removed =
                permit.store().remove_gallery_item(item, permit.actor().account, permit.now()).map_err(store)?;
            Ok(Done::new(removed, json!({ "item": item, "removed": removed })))
        })
    }

    /// Records an offline bundle made of a gallery for `recipient`, under
    /// the uid written into its manifest (32 lowercase hex digits), so that
    /// the clues typed into it come back to this gallery.
    pub fn record_bundle(
        &self,
        uid: &str,
        bundle: &str,
        recipient: &str,
        expires_at: i64,
    ) -> Result<GalleryBundleView> {
        self.act(Action::GalleryEdit, Target::Gallery(uid), |permit| {
            let (by, now) = (permit.actor().account, permit.now());
            let b = permit
                .store()
                .record_gallery_bundle(permit.gallery().id, bundle, recipient, expires_at, by, now)
                .map_err(store)?;
            let details = json!({ "bundle": b.uid, "expires_at": expires_at });
            let view =
                GalleryBundleView { uid: b.uid, recipient: b.recipient, expires_at: b.expires_at, made_at: b.made_at };
            Ok(Done::new(view, details))
        })
    }

    /// Posts a clue on an item's board: it becomes a lead of the item's
    /// case, written by the actor. Participants post only while the
    /// gallery is open.
    pub fn post_clue(&self, uid: &str, item: GalleryItemId, text: &str, pin: Option<(f64, f64)>) -> Result<ClueView> {
        self.act(Action::CluePost, Target::Gallery(uid), |permit| {
            require_open_or_editor(permit)?;
            let shown = item_of_gallery(permit, item)?;
            let new = NewClue {
                uid: new_clue_uid()?,
                item,
                text: text.to_string(),
                pin,
                posted_by: Some(permit.actor().account),
                author: permit.actor().username.clone(),
                source: ClueSource::Board,
                bundle: None,
                posted_at: permit.now(),
                lead_rect: lead_rect(permit, shown.media, pin)?,
            };
            let (clue, _) = permit.store().record_clue(&new, permit.actor().account, permit.now()).map_err(store)?;
            let details = json!({ "clue": clue.uid, "item": item, "lead": clue.lead, "pinned": pin.is_some() });
            Ok(Done::new(clue_view(clue), details))
        })
    }

    /// The clues of a gallery's boards (one item's, or all) after a cursor,
    /// oldest first: what a board polls for.
    pub fn gallery_clues(&self, uid: &str, item: Option<GalleryItemId>, after: Option<ClueId>) -> Result<ClueBoard> {
        self.act(Action::GalleryView, Target::Gallery(uid), |permit| {
            require_open_or_editor(permit)?;
            if let Some(i) = item {
                item_of_gallery(permit, i)?;
            }
            let clues = permit.store().gallery_clues(permit.gallery().id, item, after, BOARD_PAGE).map_err(store)?;
            let cursor = clues.last().map(|c| c.id).or(after);
            let clues: Vec<ClueView> = clues.into_iter().map(clue_view).collect();
            let details = json!({ "item": item, "clues": clues.len() });
            Ok(Done::new(ClueBoard { gallery: uid.to_string(), item, clues, cursor }, details))
        })
    }

    /// Records the clues of a clue file typed into an offline bundle of the
    /// gallery as leads, each once: a file imported again records nothing
    /// new. Clues on items of cases the actor is not a member of are
    /// skipped (their analysts import them).
    pub fn import_clues(&self, uid: &str, file: &BundleClues) -> Result<ClueImport> {
        self.act(Action::ClueImport, Target::Gallery(uid), |permit| import_into(permit, file))
    }

    /// [`Session::import_clues`] from the bytes of a clue file
    /// (`vilab.clues/1`), checked against the bundle the lab recorded (its
    /// uid, the gallery's items) by `vilab_gallery::parse_clues_for`; a
    /// file that is not one is `invalid_input` naming the line and column
    /// or the field.
    pub fn import_clue_file(&self, uid: &str, bytes: &[u8]) -> Result<ClueImport> {
        self.act(Action::ClueImport, Target::Gallery(uid), |permit| {
            // The bundle the file names, read loosely first: the strict
            // parse needs its uid and the gallery's items to check against.
            let named = serde_json::from_slice::<serde_json::Value>(bytes)
                .ok()
                .and_then(|v| v.get("bundle").and_then(|b| b.as_str()).map(str::to_string))
                .unwrap_or_default();
            let items: Vec<String> = permit
                .store()
                .gallery_items(permit.gallery().id)
                .map_err(store)?
                .iter()
                .map(|i| i.id.0.to_string())
                .collect();
            let file = vilab_gallery::parse_clues_for(bytes, &named, &items).map_err(|e| match e {
                vilab_gallery::ClueError::Field { field, problem } => AppError::invalid(&field, problem),
                json @ vilab_gallery::ClueError::Json { .. } => AppError::invalid("file", json),
            })?;
            let clues = file
                .clues
                .iter()
                .map(|c| BundleClue {
                    uid: c.uid.clone(),
                    // Checked by the parse against the gallery's item ids.
                    item: GalleryItemId(c.item.parse().unwrap_or(0)),
                    text: c.text.clone(),
                    pin: c.pin.map(|p| (p.x, p.y)),
                    posted_at: vilab_gallery::parse_time(&c.time).unwrap_or(0),
                })
                .collect();
            import_into(permit, &BundleClues { bundle: file.bundle, author: file.participant, clues })
        })
    }
}

/// Records a clue file's clues in the permit's gallery (see
/// [`Session::import_clues`]).
fn import_into(permit: &Permit<'_>, file: &BundleClues) -> Result<Done<ClueImport>> {
    let g = permit.gallery();
    let not_found = || AppError::new(Code::BundleNotFound).with("bundle", file.bundle.as_str());
    let bundle = permit.store().gallery_bundle(&file.bundle).map_err(store)?.ok_or_else(not_found)?;
    if bundle.gallery != g.id {
        return Err(not_found());
    }
    let mut report =
        ClueImport { gallery: g.uid.clone(), bundle: bundle.uid.clone(), recorded: 0, already: 0, skipped: Vec::new() };
    for clue in &file.clues {
        let skip = |code: Code| ClueSkipped { uid: clue.uid.clone(), item: clue.item, code: code.as_str().to_string() };
        let shown = match item_of_gallery(permit, clue.item) {
            Ok(item) => item,
            Err(e) => {
                report.skipped.push(skip(e.code()));
                continue;
            }
        };
        if !permit.visible().contains(shown.case) {
            report.skipped.push(skip(Code::CaseNotFound));
            continue;
        }
        let new = NewClue {
            uid: clue.uid.clone(),
            item: clue.item,
            text: clue.text.clone(),
            pin: clue.pin,
            posted_by: None,
            author: file.author.clone(),
            source: ClueSource::Bundle,
            bundle: Some(bundle.id),
            posted_at: clue.posted_at,
            lead_rect: lead_rect(permit, shown.media, clue.pin)?,
        };
        match permit.store().record_clue(&new, permit.actor().account, permit.now()) {
            Ok((_, true)) => report.recorded += 1,
            Ok((_, false)) => report.already += 1,
            Err(e) => report.skipped.push(skip(store(e).code())),
        }
    }
    let details = json!({
        "bundle": bundle.uid, "recorded": report.recorded, "already": report.already,
        "skipped": report.skipped.len(),
    });
    Ok(Done::new(report, details))
}

/// A case the permit may see, by name (else "not found", as one that does
/// not exist).
fn visible_case(permit: &Permit<'_>, name: &str) -> Result<vilab_store::CaseId> {
    let not_found = || AppError::new(Code::CaseNotFound).with("case", name);
    let case = permit.store().case_by_name(name).map_err(store)?.ok_or_else(not_found)?;
    if !permit.visible().contains(case.id) {
        return Err(not_found());
    }
    Ok(case.id)
}

fn add_items(
    permit: &Permit<'_>,
    case: &str,
    items: Vec<(MediaRowId, Option<SeriesId>)>,
) -> Result<Done<GalleryItemsAdded>> {
    let case_id = visible_case(permit, case)?;
    let (g, by, now) = (permit.gallery(), permit.actor().account, permit.now());
    let mut report = GalleryItemsAdded { gallery: g.uid.clone(), added: Vec::new(), already: 0 };
    for (media, series) in items {
        let (item, added) = permit.store().add_gallery_item(g.id, case_id, media, series, by, now).map_err(store)?;
        if added {
            report.added.push(item.id);
        } else {
            report.already += 1;
        }
    }
    let details = json!({ "case": case_id, "added": report.added, "already": report.already });
    Ok(Done::new(report, details))
}
