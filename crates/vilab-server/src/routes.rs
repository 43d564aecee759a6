//! The route table: every route of the server, as data. The router is built
//! from it alone ([`crate::router`]), the OpenAPI document is generated from
//! it ([`crate::openapi`]), and the route-by-role test walks it: a route
//! that is not in this table does not exist.
//!
//! A route names the permission [`Action`] its one operation of the
//! application layer checks (`None`: any logged-in actor, or nobody for a
//! public route). The server never decides a permission itself: the action
//! here documents what the application layer will check, for the OpenAPI
//! document, the navigation (links a role may follow) and the tests.
//!
//! # Adding a route
//!
//! Write the handler (`fn(&Call) -> Result<Reply, WebError>`, in
//! [`crate::pages`] or [`crate::api`]; it resumes the session with
//! [`Call::session`], calls one operation of `vilab_lab::Session`, and
//! renders), add a [`Route`] line below with its method, path (`{name}` for
//! a path parameter), kind, action and parameters, then run
//! `VILAB_BLESS=1 cargo test -p vilab-server openapi` to regenerate the
//! committed `openapi.json`. The route-by-role test picks the new route up
//! by itself.

use vilab_lab::permission::Action;

use crate::admin;
use crate::api;
use crate::call::{Call, Reply};
use crate::detail;
use crate::error::WebError;
use crate::exercise_pages;
use crate::exercises;
use crate::galleries;
use crate::gallery_pages;
use crate::leads;
use crate::pages;
use crate::panels;
use crate::record_forms;
use crate::records;
use crate::regions;
use crate::renditions;
use crate::review;
use crate::series;
use crate::series_links;
use crate::settings;

/// An HTTP method the server answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Method {
    /// Reads; never changes anything but the audit log.
    Get,
    /// Changes something: needs the CSRF token when a session is open.
    Post,
}

impl Method {
    /// Lowercase, as OpenAPI writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "get",
            Method::Post => "post",
        }
    }
}

/// What a route serves, which decides how its errors and its missing
/// session are answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An HTML page for a logged-in actor: without a session, a redirect to
    /// `/login`; errors as an error page.
    Page,
    /// JSON for a logged-in actor: without a session, 401; errors as
    /// `{"code", "message", "params"}`.
    Api,
    /// An embedded file (style, script, font): no session needed.
    Asset,
    /// A page without a session (the log-in page).
    PublicPage,
    /// JSON without a session (log-in, the OpenAPI document).
    PublicApi,
}

impl Kind {
    /// Whether the route needs a session.
    pub fn needs_session(self) -> bool {
        matches!(self, Kind::Page | Kind::Api)
    }

    /// Whether its answers (errors included) are JSON.
    pub fn is_json(self) -> bool {
        matches!(self, Kind::Api | Kind::PublicApi)
    }
}

/// Where a parameter is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum In {
    /// A segment of the path (`{case}`).
    Path,
    /// The query string.
    Query,
    /// The body: a form (`application/x-www-form-urlencoded`) or, on the
    /// API, a JSON object.
    Body,
}

/// The type of a parameter's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Type {
    /// Text.
    Str,
    /// A whole number.
    Int,
    /// Media ids: a JSON array of numbers, or a comma-separated list.
    Ids,
    /// A file of a `multipart/form-data` body (a picture).
    File,
}

/// One parameter of a route.
#[derive(Clone, Copy, Debug)]
pub struct Param {
    /// Its name.
    pub name: &'static str,
    /// Where it is given.
    pub location: In,
    /// Its type.
    pub ty: Type,
    /// Whether it must be given.
    pub required: bool,
    /// What it is (English, for the OpenAPI document).
    pub doc: &'static str,
}

const fn path(name: &'static str, doc: &'static str) -> Param {
    Param { name, location: In::Path, ty: Type::Str, required: true, doc }
}
const fn query(name: &'static str, ty: Type, doc: &'static str) -> Param {
    Param { name, location: In::Query, ty, required: false, doc }
}
const fn body(name: &'static str, required: bool, doc: &'static str) -> Param {
    Param { name, location: In::Body, ty: Type::Str, required, doc }
}

const fn ids(required: bool) -> Param {
    Param {
        name: "items",
        location: In::Body,
        ty: Type::Ids,
        required,
        doc: "Media ids: a JSON array of numbers, or a comma-separated list (a form may repeat the field).",
    }
}

/// A handler: runs on a blocking thread, resumes the session from the
/// call, calls the application layer, renders.
pub type Handler = fn(&Call) -> Result<Reply, WebError>;

/// One route.
#[derive(Clone, Copy)]
pub struct Route {
    /// Its method.
    pub method: Method,
    /// Its path, `{name}` for a path parameter (axum's and OpenAPI's form).
    pub path: &'static str,
    /// What it serves.
    pub kind: Kind,
    /// The permission its operation checks (`None`: any logged-in actor,
    /// or none at all for public routes and assets).
    pub action: Option<Action>,
    /// Its parameters.
    pub params: &'static [Param],
    /// A unique name: the OpenAPI operationId.
    pub id: &'static str,
    /// Its group in the OpenAPI document.
    pub tag: &'static str,
    /// What it does (English, for the OpenAPI document).
    pub summary: &'static str,
    /// The code.
    pub handler: Handler,
}

impl std::fmt::Debug for Route {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {} ({})", self.method.as_str().to_uppercase(), self.path, self.id)
    }
}

impl Route {
    /// Whether it takes a file (`multipart/form-data`, a larger body).
    pub fn takes_file(&self) -> bool {
        self.params.iter().any(|p| p.ty == Type::File)
    }

    /// The names of its path parameters, in order.
    pub fn path_params(&self) -> impl Iterator<Item = &'static str> {
        self.params.iter().filter(|p| p.location == In::Path).map(|p| p.name)
    }
}

use Kind::{Api, Asset, Page, PublicApi, PublicPage};
use Method::{Get, Post};

const CASE: Param = path("case", "The case's name.");
const KEY: Param = path("key", "A media item: #row, a SHA-256, MD5 or SHA-1, or 8+ hex digits of a SHA-256.");
const NEXT: Param = body("next", false, "Where to go afterwards: a path of this server.");
const LANG: Param = body("lang", true, "en, km, lo, th or vi.");
// Administration.
const USER: Param = path("user", "An account's user name.");
const ROLE: Param = body("role", true, "admin, analyst, investigator, trainer, trainee, partner or auditor.");
const NEW_PASSWORD: Param = body("password", true, "The new password.");
const MEMBER_CASE: Param = body("case", true, "The case's name.");
const NEW_USER: &[Param] = &[body("username", true, "User name."), ROLE, body("password", true, "The first password.")];
const OWN_PASSWORD: &[Param] =
    &[body("current", true, "The password now (checked as a log-in is)."), body("new", true, "The new password.")];
const LIMIT: Param = query("limit", Type::Int, "At most this many (default 100, at most 1000).");
const OFFSET: Param = query("offset", Type::Int, "Skip this many first.");
const AUDIT_FILTERS: &[Param] = &[
    query("actor", Type::Str, "Only this user's records."),
    query("action", Type::Str, "Only this action (media.view), or every action under a prefix (media.)."),
    query("outcome", Type::Str, "allowed, denied or failed."),
    query("case", Type::Str, "Only records about this case."),
    query("since", Type::Str, "From this day (YYYY-MM-DD, UTC) or Unix second on."),
    query("until", Type::Str, "Before the end of this day (YYYY-MM-DD, UTC) or Unix second."),
    query("after", Type::Int, "Only records after this sequence number (the next page)."),
    query("limit", Type::Int, "At most this many (default 200, at most 1000)."),
];

const REVIEW_PAGE: &[Param] = &[
    CASE,
    query("triage", Type::Str, "known, near_known, new or unmatched."),
    query("proposed", Type::Int, "The strongest match's category (0 to 9)."),
    query("decided", Type::Str, "undecided, decided, conflict, follow_up, or a category 0 to 9."),
    query("hashset", Type::Str, "The strongest match's hash set."),
    query("make", Type::Str, "Camera make (exact)."),
    query("model", Type::Str, "Camera model (exact)."),
    query("serial", Type::Str, "Camera body serial (exact)."),
    query("camera", Type::Int, "One camera's id."),
    query("gps", Type::Str, "yes or no: has a GPS position."),
    query("from", Type::Str, "Taken at or after (YYYY, YYYY-MM or YYYY-MM-DD)."),
    query("before", Type::Str, "Taken before (YYYY, YYYY-MM or YYYY-MM-DD)."),
    query("series", Type::Int, "Member of this series (id)."),
    query("exhibit", Type::Int, "First found in this exhibit (id)."),
    query("folder", Type::Str, "First found in this folder (exact)."),
    query("path", Type::Str, "A place of the item in the case contains this text."),
    query("bbox", Type::Str, "The GPS position lies in latmin,latmax,lonmin,lonmax."),
    query("order", Type::Str, "ingested (default), newest or taken."),
    query("after", Type::Int, "The next page: the previous page's `next.media`."),
    query("taken", Type::Str, "The next page in `taken` order: the previous page's `next.taken`."),
    query("limit", Type::Int, "At most this many (default 200, at most 1000)."),
];
// The grid page's panels (issue 19, grid): the grid's filters and order,
// without its paging.
const GRID_PANEL: &[Param] = REVIEW_PAGE.split_at(18).0;
const REVIEW_GROUPS: &[Param] = &[
    CASE,
    query("by", Type::Str, "folder (default), exhibit, hashset, camera or series."),
    query("triage", Type::Str, "known, near_known, new or unmatched."),
    query("decided", Type::Str, "undecided, decided, conflict, follow_up, or a category 0 to 9."),
];
const ITEMS: Param = ids(true);
const ITEMS_OPT: Param = ids(false);
const SERIES: Param = path("series", "A series' id.");
// Series linked across cases.
const LINK_RADIUS: Param =
    query("link_radius", Type::Int, "Series of other cases to link: the PDQ distance (0 to 64; default 31).");
const SERIES_LINK: &[Param] = &[
    CASE,
    SERIES,
    body("with", true, "The id of a series of another case."),
    body("note", false, "Why they belong together, or apart (kept in the history)."),
    body("link", false, "true (default) to link, false to unlink."),
];
const FROM: Param = body("from", true, "The id of the series merged in (it is then marked merged).");
const SETTINGS_FIELDS: &[Param] = &[
    body("lang", false, "en, km, lo, th or vi; empty: the browser's."),
    body("blur", false, "true or false."),
    body("greyscale", false, "true or false."),
    body("tile", false, "Tile side in pixels (64 to 256)."),
    body("break_minutes", false, "Minutes before a break reminder (0 to 480; 0: never)."),
];
const SEARCH_FIELDS: &[Param] = &[
    Param {
        name: "picture",
        location: In::Body,
        ty: Type::File,
        required: true,
        doc: "The picture (multipart/form-data; at most 16 MiB).",
    },
    body("radius", false, "PDQ distance (0 to 64; default 31)."),
];
const MAP_PARAMS: &[Param] = &[
    CASE,
    query("cell", Type::Str, "Cell side in degrees (0.001 to 90; default 1)."),
    query("triage", Type::Str, "known, near_known, new or unmatched."),
    query("decided", Type::Str, "undecided, decided, conflict, follow_up, or a category 0 to 9."),
    query("bbox", Type::Str, "Only positions in latmin,latmax,lonmin,lonmax."),
];
const TIMELINE_PARAMS: &[Param] = &[
    CASE,
    query("step", Type::Str, "year, month (default) or day."),
    query("triage", Type::Str, "known, near_known, new or unmatched."),
    query("decided", Type::Str, "undecided, decided, conflict, follow_up, or a category 0 to 9."),
];

// Records beside the media (victims, offenders, locations, leads).
const PERSON: Param = path("person", "A person's id.");
const LOCATION: Param = path("location", "A location's id.");
const LEAD: Param = path("lead", "A lead's id.");
const LABEL: Param = body("label", true, "What investigators call it.");
const NOTES: Param = body("notes", false, "Free notes (searchable).");
const KIND_OPT: Param =
    body("kind", false, "victim or offender (kept if absent; a safeguarded person stays a victim).");
const LOCATION_FIELDS: &[Param] = &[
    CASE,
    LABEL,
    body("lat", false, "Latitude in decimal degrees (-90 to 90), with lon."),
    body("lon", false, "Longitude in decimal degrees (-180 to 180), with lat."),
    body("description", false, "What is known of it (searchable)."),
];
const RECT: [Param; 4] = [
    body("x", false, "Rectangle's left edge, in pixels of the stored original (origin top left; x, y, w, h together)."),
    body("y", false, "Rectangle's top edge, in pixels of the stored original."),
    body("w", false, "Rectangle's width in pixels (at least 1)."),
    body("h", false, "Rectangle's height in pixels (at least 1)."),
];
const LEAD_TEXT: Param = body("text", true, "The note (searchable).");
const MEDIA_FIELD: Param = body("media", true, "The media item's row id (of this case).");
const OWNER: Param = body("owner", false, "User name of the member of the case who follows it up; empty: nobody.");
const NEW_LEAD: &[Param] = &[CASE, MEDIA_FIELD, LEAD_TEXT, RECT[0], RECT[1], RECT[2], RECT[3], OWNER];
const NEW_LEAD_FORM: &[Param] = &[CASE, MEDIA_FIELD, LEAD_TEXT, RECT[0], RECT[1], RECT[2], RECT[3], OWNER, NEXT];
const LEAD_FILTERS: &[Param] = &[
    CASE,
    query("status", Type::Str, "open, followed or closed."),
    query("owner", Type::Str, "Only leads this user follows up."),
    query("media", Type::Int, "Only leads pinned to this item (row id)."),
];
const PERSON_STATUS: Param = body("status", true, "unidentified, identified or safeguarded (victims only).");
const LEAD_STATE: Param = body("status", true, "open, followed or closed.");

// ViLab galleries, the clue board and training exercises (issue 20, branch
// webgallery; kept in one block).
const GALLERY: Param = path("gallery", "A gallery's uid.");
const GALLERY_ITEM: Param = path("item", "A gallery item's id (as the gallery lists it).");
const GALLERY_DATES: [Param; 3] = [
    body("title", true, "The gallery's title."),
    body(
        "opens",
        true,
        "When participants may start to see it: a day YYYY-MM-DD (UTC, from its start) or a Unix second.",
    ),
    body("closes", true, "When it closes: a day YYYY-MM-DD (UTC, at its end) or a Unix second."),
];
const NEW_GALLERY: &[Param] =
    &[GALLERY_DATES[0], GALLERY_DATES[1], GALLERY_DATES[2], body("audience", true, "partner, trainee or public.")];
const GALLERY_MEMBER: &[Param] = &[
    GALLERY,
    body("user", true, "An account's user name."),
    body(
        "part",
        true,
        "editor (analysts, trainers), participant (a role that may receive the audience's pictures) or none.",
    ),
];
const GALLERY_CASE: Param = body("case", true, "The name of the items' case (the actor must be a member).");
const GALLERY_MEDIA: Param =
    body("media", true, "Media items of the case: row ids (#12) or SHA-256 digests, separated by commas or spaces.");
const GALLERY_SERIES: Param = body("series", true, "A series' id, of the case.");
const CLUE_FIELDS: &[Param] = &[
    GALLERY,
    GALLERY_ITEM,
    body("text", true, "The clue."),
    body("x", false, "Pin: the spot's distance from the left edge of the picture as shown (upright), 0 to 1; with y."),
    body("y", false, "Pin: the spot's distance from the top edge, 0 to 1; with x."),
];
const CLUE_QUERY: &[Param] = &[
    GALLERY,
    query("item", Type::Int, "Only this item's board."),
    query("after", Type::Int, "Only clues after this cursor (the previous answer's cursor)."),
];
const RUBRIC: [Param; 5] = [
    body("country_points", false, "Points for the right country (default 2)."),
    body("place_points", false, "Points for the right place (default 2)."),
    body("object_points", false, "Points for each expected object kind named (default 1)."),
    body("wrong_object_penalty", false, "Taken off for each object kind named that is not expected (default 1)."),
    body("free_text_max", false, "The most the trainer may give for free text (default 3)."),
];
const SET_EXERCISE: &[Param] = &[
    GALLERY,
    RUBRIC[0],
    RUBRIC[1],
    RUBRIC[2],
    RUBRIC[3],
    RUBRIC[4],
    body(
        "expected",
        true,
        "The known answers: a JSON array of {item, country (KH, LA, TH, VN, other), place, place_aliases, objects (shop_sign, power_socket, licence_plate, banknote, product_label, other), solving_lead}.",
    ),
];
const ANSWER_FIELDS: &[Param] = &[
    GALLERY,
    GALLERY_ITEM,
    body("country", false, "KH, LA, TH, VN or other."),
    body("place", false, "The place, as the trainee names it."),
    body(
        "objects",
        false,
        "Object kinds that would identify it, separated by commas: shop_sign, power_socket, licence_plate, banknote, product_label, other.",
    ),
    body("free_text", false, "Reasoning, for the trainer to mark."),
];
const MARK_FIELDS: &[Param] = &[
    GALLERY,
    GALLERY_ITEM,
    body("trainee", true, "The trainee's name."),
    body("points", true, "Points for the free text (0 to the rubric's most)."),
];
// Regions and renditions per audience (issue 20, webregions; kept in one block).
const MEDIA_ROW: Param = path("media", "A media item's row id (of this case).");
const REGION: Param = path("region", "A region's uid.");
const RENDITION: Param = path("rendition", "A rendition's uid.");
const REGION_FIELDS: &[Param] = &[
    body("kind", true, "face, body, mark, text, other or object."),
    body(
        "x",
        false,
        "Rectangle's left edge, in pixels of the stored original (origin top left, before EXIF rotation; x, y, w, h together, or points).",
    ),
    body("y", false, "Rectangle's top edge, in pixels of the stored original."),
    body("w", false, "Rectangle's width in pixels (at least 1)."),
    body("h", false, "Rectangle's height in pixels (at least 1)."),
    body(
        "points",
        false,
        "A polygon instead: x1,y1,x2,y2,... (3 to 256 points) in pixels of the stored original, or a JSON array of numbers.",
    ),
    body("treatment", false, "fill (default), pixelate or blur: person regions (face, body, mark) only."),
    body("source", false, "drawn (default), or suggested when accepting a face suggestion."),
];
const NEW_REGION: &[Param] = &[
    CASE,
    MEDIA_ROW,
    REGION_FIELDS[0],
    REGION_FIELDS[1],
    REGION_FIELDS[2],
    REGION_FIELDS[3],
    REGION_FIELDS[4],
    REGION_FIELDS[5],
    REGION_FIELDS[6],
    REGION_FIELDS[7],
];
const CHANGED_REGION: &[Param] = &[
    CASE,
    REGION,
    REGION_FIELDS[0],
    REGION_FIELDS[1],
    REGION_FIELDS[2],
    REGION_FIELDS[3],
    REGION_FIELDS[4],
    REGION_FIELDS[5],
    REGION_FIELDS[6],
    REGION_FIELDS[7],
];
const AUDIENCE: Param = body("audience", true, "partner, trainee or public.");

#[allow(clippy::too_many_arguments)]
const fn route(
    method: Method,
    path: &'static str,
    kind: Kind,
    action: Option<Action>,
    params: &'static [Param],
    id: &'static str,
    tag: &'static str,
    summary: &'static str,
    handler: Handler,
) -> Route {
    Route { method, path, kind, action, params, id, tag, summary, handler }
}

/// Every route of the server.
#[rustfmt::skip]
pub static ROUTES: &[Route] = &[
    // Log-in and the session.
    route(Get, "/login", PublicPage, None, &[query("next", Type::Str, "Where to go after log-in."), query("lang", Type::Str, "The language to show the page in (kept in a cookie).")], "loginPage", "session", "The log-in form.", pages::login_page),
    route(Post, "/login", PublicPage, None, &[body("username", true, "User name."), body("password", true, "Password."), NEXT], "loginForm", "session", "Log in: sets the session cookie and goes on.", pages::login_submit),
    route(Post, "/logout", Page, None, &[], "logoutForm", "session", "Log out: ends the session.", pages::logout),
    route(Post, "/settings/lang", Page, None, &[LANG, NEXT], "setLanguageForm", "session", "Choose the interface language.", pages::set_lang),
    route(Get, "/", Page, None, &[], "home", "session", "The start page: what the actor may open.", pages::home),
    // Cases and media.
    route(Get, "/cases", Page, Some(Action::CaseList), &[], "casesPage", "cases", "The cases the actor may see.", pages::cases),
    route(Get, "/cases/{case}", Page, Some(Action::CaseView), &[CASE], "caseDashboard", "cases", "A case's dashboard: exhibits, runs, errors, triage.", pages::case_dashboard),
    route(Get, "/cases/{case}/media", Page, Some(Action::MediaList), &[CASE, LIMIT, OFFSET], "caseMediaPage", "media", "A page of a case's media.", pages::case_media),
    route(Get, "/cases/{case}/review", Page, Some(Action::ReviewView), REVIEW_PAGE, "reviewGridPage", "review", "A case's review grid: filters, and the tiles, groups and timeline review.js fills in.", review::grid_page),
    // The grid page's panels, loaded by review.js after the page's shell.
    route(Get, "/cases/{case}/review/groups", Page, Some(Action::ReviewView), GRID_PANEL, "reviewGroupsPanel", "review", "The grid page's folder groups under its filters: an HTML fragment review.js loads after the first tiles.", panels::groups_fragment),
    route(Get, "/cases/{case}/review/timeline", Page, Some(Action::ReviewView), GRID_PANEL, "reviewTimelinePanel", "review", "The grid page's timeline under its filters (its date range left out): an HTML fragment review.js loads after the first tiles.", panels::timeline_fragment),
    route(Get, "/cases/{case}/map", Page, Some(Action::ReviewView), MAP_PARAMS, "reviewMapPage", "review", "A case's positions on the offline world map; a circle opens the grid of its cell.", review::map_page),
    route(Get, "/media/{key}", Page, Some(Action::MediaView), &[KEY], "mediaPage", "media", "One media item: digests, EXIF, places.", pages::media),
    // Administration.
    route(Get, "/admin/users", Page, Some(Action::AccountList), &[], "usersPage", "admin", "The lab's accounts, roles and case memberships; an administrator's forms to change them.", admin::users_page),
    route(Post, "/admin/users", Page, Some(Action::AccountCreate), NEW_USER, "createUserForm", "admin", "Add an account.", admin::create_form),
    route(Post, "/admin/users/{user}/role", Page, Some(Action::AccountSetRole), &[USER, ROLE], "setRoleForm", "admin", "Give an account another role.", admin::role_form),
    route(Post, "/admin/users/{user}/disable", Page, Some(Action::AccountDisable), &[USER], "disableUserForm", "admin", "Disable an account: its sessions end.", admin::disable_form),
    route(Post, "/admin/users/{user}/enable", Page, Some(Action::AccountEnable), &[USER], "enableUserForm", "admin", "Enable a disabled account.", admin::enable_form),
    route(Post, "/admin/users/{user}/password", Page, Some(Action::AccountSetPassword), &[USER, NEW_PASSWORD], "setPasswordForm", "admin", "Set an account's password: its sessions end.", admin::password_form),
    route(Post, "/admin/users/{user}/cases", Page, Some(Action::MembershipAdd), &[USER, MEMBER_CASE], "addMembershipForm", "admin", "Make an account a member of a case.", admin::add_case_form),
    route(Post, "/admin/users/{user}/cases/remove", Page, Some(Action::MembershipRemove), &[USER, MEMBER_CASE], "removeMembershipForm", "admin", "End an account's membership of a case.", admin::remove_case_form),
    route(Get, "/account", Page, None, &[], "accountPage", "session", "The actor's own account: role, cases, change of password.", admin::account_page),
    route(Post, "/account/password", Page, Some(Action::AccountChangeOwnPassword), OWN_PASSWORD, "changeOwnPasswordForm", "session", "Change one's own password: every session of the account ends.", admin::change_own_form),
    route(Get, "/audit", Page, Some(Action::AuditList), AUDIT_FILTERS, "auditPage", "audit", "The audit trail, filtered.", pages::audit),
    route(Get, "/audit/verify", Page, Some(Action::AuditVerify), &[], "auditVerifyPage", "audit", "Verify the audit chain.", pages::audit_verify),
    // The JSON API.
    route(Post, "/api/login", PublicApi, None, &[body("username", true, "User name."), body("password", true, "Password.")], "login", "session", "Log in: sets the session cookie, returns the CSRF token.", api::login),
    route(Post, "/api/logout", Api, None, &[], "logout", "session", "Log out: ends the session.", api::logout),
    route(Get, "/api/session", Api, None, &[], "session", "session", "Who is logged in, the language and the CSRF token.", api::session),
    route(Post, "/api/settings/lang", Api, None, &[LANG], "setLanguage", "session", "Choose the interface language.", api::set_lang),
    route(Get, "/api/cases", Api, Some(Action::CaseList), &[], "listCases", "cases", "The cases the actor may see (vilab.case-list/1).", api::cases),
    route(Get, "/api/cases/{case}", Api, Some(Action::CaseView), &[CASE], "getCase", "cases", "A case's counts, exhibits, runs and members (vilab.case/1).", api::case),
    route(Get, "/api/cases/{case}/triage", Api, Some(Action::TriageView), &[CASE], "getTriage", "cases", "A case's triage (vilab.triage/1).", api::triage),
    route(Get, "/api/cases/{case}/errors", Api, Some(Action::MediaErrors), &[CASE], "listErrors", "cases", "A case's ingest errors (vilab.media-errors/1).", api::errors),
    route(Get, "/api/cases/{case}/media", Api, Some(Action::MediaList), &[CASE, LIMIT, OFFSET], "listMedia", "media", "A page of a case's media (vilab.media-list/1).", api::media_list),
    route(Get, "/api/media/{key}", Api, Some(Action::MediaView), &[KEY], "getMedia", "media", "One media item (vilab.media/1).", api::media),
    route(Get, "/api/users", Api, Some(Action::AccountList), &[], "listUsers", "admin", "The lab's accounts (vilab.account-list/1).", api::users),
    route(Post, "/api/users", Api, Some(Action::AccountCreate), NEW_USER, "createUser", "admin", "Add an account (vilab.account/1).", admin::create_api),
    route(Post, "/api/users/{user}/role", Api, Some(Action::AccountSetRole), &[USER, ROLE], "setRole", "admin", "Give an account another role (vilab.account/1).", admin::role_api),
    route(Post, "/api/users/{user}/disable", Api, Some(Action::AccountDisable), &[USER], "disableUser", "admin", "Disable an account: its sessions end (vilab.account/1).", admin::disable_api),
    route(Post, "/api/users/{user}/enable", Api, Some(Action::AccountEnable), &[USER], "enableUser", "admin", "Enable a disabled account (vilab.account/1).", admin::enable_api),
    route(Post, "/api/users/{user}/password", Api, Some(Action::AccountSetPassword), &[USER, NEW_PASSWORD], "setPassword", "admin", "Set an account's password: its sessions end (vilab.account/1).", admin::password_api),
    route(Post, "/api/users/{user}/cases", Api, Some(Action::MembershipAdd), &[USER, MEMBER_CASE], "addMembership", "admin", "Make an account a member of a case (vilab.account/1).", admin::add_case_api),
    route(Post, "/api/users/{user}/cases/remove", Api, Some(Action::MembershipRemove), &[USER, MEMBER_CASE], "removeMembership", "admin", "End an account's membership of a case (vilab.account/1).", admin::remove_case_api),
    route(Post, "/api/account/password", Api, Some(Action::AccountChangeOwnPassword), OWN_PASSWORD, "changeOwnPassword", "session", "Change one's own password; every session of the account ends, this one too (vilab.account/1).", admin::change_own_api),
    route(Get, "/api/hashsets", Api, Some(Action::HashsetList), &[], "listHashsets", "admin", "The lab's hash sets (vilab.hashset-list/1).", api::hashsets),
    route(Get, "/api/audit", Api, Some(Action::AuditList), AUDIT_FILTERS, "listAudit", "audit", "Audit records, filtered (vilab.audit-list/1).", api::audit),
    route(Get, "/api/audit/verify", Api, Some(Action::AuditVerify), &[], "verifyAudit", "audit", "Verify the audit chain (vilab.audit-verify/1).", api::audit_verify),
    // The review lab.
    route(Get, "/api/cases/{case}/review", Api, Some(Action::ReviewView), REVIEW_PAGE, "reviewPage", "review", "A page of a case's grid under filters, with where the next starts (vilab.review-page/1).", review::page),
    route(Get, "/api/cases/{case}/groups", Api, Some(Action::ReviewView), REVIEW_GROUPS, "reviewGroups", "review", "A case's groups, those with the most known items first (vilab.review-groups/1).", review::groups),
    route(Post, "/api/cases/{case}/decisions", Api, Some(Action::ReviewDecide), &[CASE, ITEMS, body("category", false, "The category (0 to 9) in the profile."), body("profile", false, "The category profile (default vic-us)."), body("follow_up", false, "true or false: set or clear the follow-up flag (instead of a category).")], "decide", "review", "Decide items' category, or their follow-up flag (vilab.review-decision/1).", review::decide),
    route(Post, "/api/cases/{case}/undo", Api, Some(Action::ReviewDecide), &[CASE], "undo", "review", "Undo the actor's last batch of decisions in the case (vilab.review-decision/1).", review::undo),
    route(Get, "/api/media/{key}/rendition", Api, Some(Action::MediaThumbnail), &[KEY, query("side", Type::Int, "At most this many pixels a side (default: the actor's tile).")], "getRendition", "renditions", "An item's masked rendition (JPEG, blurred and grey as the actor's settings say).", review::rendition),
    route(Get, "/api/media/{key}/reveal", Api, Some(Action::MediaReveal), &[KEY], "revealMedia", "renditions", "An item sharp and in colour (JPEG); audited before the bytes are sent.", review::reveal),
    route(Get, "/api/settings", Api, Some(Action::SettingsView), &[], "getSettings", "session", "The actor's review settings (vilab.settings/1).", review::settings),
    route(Post, "/api/settings", Api, Some(Action::SettingsChange), SETTINGS_FIELDS, "setSettings", "session", "Change the actor's review settings; fields not given stay (vilab.settings/1).", review::set_settings),
    route(Get, "/api/cases/{case}/series", Api, Some(Action::ReviewView), &[CASE], "listSeries", "review", "A case's series (vilab.series-list/1).", review::series),
    route(Post, "/api/cases/{case}/series", Api, Some(Action::SeriesEdit), &[CASE, body("name", true, "The series' name."), ITEMS], "createSeries", "review", "Create a series of items (vilab.series/1).", review::create_series),
    route(Post, "/api/cases/{case}/similar", Api, Some(Action::ReviewView), &[CASE, ITEMS, body("radius", false, "PDQ distance (0 to 64; default 31).")], "findSimilar", "review", "Items of the case near the given ones in PDQ (vilab.similar/1).", review::similar),
    route(Get, "/api/cameras", Api, Some(Action::CameraGroups), &[], "cameraLeads", "review", "Cameras seen across the cases the actor may see (vilab.cameras/1).", review::cameras),
    route(Get, "/api/cases/{case}/map", Api, Some(Action::ReviewView), MAP_PARAMS, "reviewMap", "review", "A case's GPS positions in cells (vilab.map/1).", review::map),
    route(Get, "/api/cases/{case}/timeline", Api, Some(Action::ReviewView), TIMELINE_PARAMS, "reviewTimeline", "review", "A case's items by time taken (vilab.timeline/1).", review::timeline),
    // Records beside the media: victims, offenders, locations, leads, search.
    route(Get, "/cases/{case}/records", Page, Some(Action::RecordsView), &[CASE], "recordsPage", "records", "A case's victims, offenders and locations with their identification status, and forms that add them.", records::records_page),
    route(Get, "/cases/{case}/leads", Page, Some(Action::RecordsView), &[CASE, query("status", Type::Str, "open, followed or closed."), query("owner", Type::Str, "Only leads this user follows up."), query("q", Type::Str, "Words to search the case's records for.")], "leadsPage", "records", "A case's leads filtered by status and owner, and the search of its records.", records::leads_page),
    route(Post, "/cases/{case}/persons", Page, Some(Action::RecordsEdit), &[CASE, body("kind", true, "victim or offender."), LABEL, NOTES, NEXT], "createPersonForm", "records", "Add a victim or offender, unidentified; goes on to next.", records::create_person_form),
    route(Post, "/cases/{case}/persons/{person}/status", Page, Some(Action::PersonSetStatus), &[CASE, PERSON, PERSON_STATUS, NEXT], "setPersonStatusForm", "records", "Set a person's identification status; goes on to next.", records::person_status_form),
    route(Post, "/cases/{case}/locations", Page, Some(Action::RecordsEdit), &[CASE, LABEL, body("lat", false, "Latitude."), body("lon", false, "Longitude."), body("description", false, "What is known of it."), NEXT], "createLocationForm", "records", "Add a location; goes on to next.", records::create_location_form),
    route(Post, "/cases/{case}/leads", Page, Some(Action::RecordsEdit), NEW_LEAD_FORM, "createLeadForm", "records", "Pin a lead to an item; goes on to next.", records::create_lead_form),
    route(Post, "/cases/{case}/leads/{lead}/status", Page, Some(Action::RecordsEdit), &[CASE, LEAD, LEAD_STATE, OWNER, NEXT], "setLeadStatusForm", "records", "Set a lead's status and owner; goes on to next.", records::lead_state_form),
    route(Get, "/api/cases/{case}/records", Api, Some(Action::RecordsView), &[CASE], "caseRecords", "records", "A case's victims, offenders and locations (vilab.case-records/1).", records::records),
    route(Post, "/api/cases/{case}/persons", Api, Some(Action::RecordsEdit), &[CASE, body("kind", true, "victim or offender."), LABEL, NOTES], "createPerson", "records", "Add a victim or offender, unidentified (vilab.person/1).", records::create_person),
    route(Get, "/api/cases/{case}/persons/{person}", Api, Some(Action::RecordsView), &[CASE, PERSON], "getPerson", "records", "A person with its identification history: who set each status, when (vilab.person/1).", records::person),
    route(Post, "/api/cases/{case}/persons/{person}", Api, Some(Action::RecordsEdit), &[CASE, PERSON, KIND_OPT, LABEL, NOTES], "updatePerson", "records", "Replace a person's label and notes, and its kind if given (vilab.person/1).", records::update_person),
    route(Post, "/api/cases/{case}/persons/{person}/status", Api, Some(Action::PersonSetStatus), &[CASE, PERSON, PERSON_STATUS], "setPersonStatus", "records", "Set a person's identification status; kept in its history (vilab.person/1).", records::person_status),
    route(Post, "/api/cases/{case}/locations", Api, Some(Action::RecordsEdit), LOCATION_FIELDS, "createLocation", "records", "Add a location (vilab.location/1).", records::create_location),
    route(Post, "/api/cases/{case}/locations/{location}", Api, Some(Action::RecordsEdit), &[CASE, LOCATION, LABEL, body("lat", false, "Latitude."), body("lon", false, "Longitude."), body("description", false, "What is known of it.")], "updateLocation", "records", "Replace a location's fields (vilab.location/1).", records::update_location),
    route(Post, "/api/cases/{case}/links", Api, Some(Action::RecordsEdit), &[CASE, body("record", true, "person:ID or location:ID."), body("target", true, "series:ID or media:ID, of the same case."), body("link", false, "true (default) to link, false to unlink.")], "linkRecord", "records", "Link a person or location to a series or item, or unlink it (vilab.record-link/1).", records::link),
    route(Get, "/api/cases/{case}/leads", Api, Some(Action::RecordsView), LEAD_FILTERS, "listLeads", "records", "A case's leads, newest first (vilab.lead-list/1).", records::leads),
    route(Post, "/api/cases/{case}/leads", Api, Some(Action::RecordsEdit), NEW_LEAD, "createLead", "records", "Pin a lead to an item, optionally to a rectangle on it; open (vilab.lead/1).", records::create_lead),
    route(Get, "/api/cases/{case}/leads/{lead}", Api, Some(Action::RecordsView), &[CASE, LEAD], "getLead", "records", "A lead with its history of status and owner (vilab.lead/1).", records::lead),
    route(Post, "/api/cases/{case}/leads/{lead}", Api, Some(Action::RecordsEdit), &[CASE, LEAD, LEAD_TEXT, RECT[0], RECT[1], RECT[2], RECT[3]], "updateLead", "records", "Replace a lead's text and rectangle (vilab.lead/1).", records::update_lead),
    route(Post, "/api/cases/{case}/leads/{lead}/status", Api, Some(Action::RecordsEdit), &[CASE, LEAD, LEAD_STATE, OWNER], "setLeadStatus", "records", "Set a lead's status and owner; kept in its history (vilab.lead/1).", records::lead_state),
    route(Get, "/api/cases/{case}/search", Api, Some(Action::RecordsView), &[CASE, query("q", Type::Str, "Words; every one must be in a hit. Khmer, Lao and Thai are cut into words.")], "searchRecords", "records", "Persons, locations, leads and series of the case holding every word (vilab.record-search/1).", records::search),
    // Series pages and their JSON twins (issue 19's pages; kept in one block).
    route(Get, "/cases/{case}/series", Page, Some(Action::ReviewView), &[CASE], "seriesListPage", "series", "A case's series, and a form to make one.", series::list_page),
    route(Post, "/cases/{case}/series", Page, Some(Action::SeriesEdit), &[CASE, body("name", true, "The series' name."), ITEMS_OPT], "createSeriesForm", "series", "Create a series (of the grid's selection), then its page.", series::create_form),
    route(Get, "/cases/{case}/series/{series}", Page, Some(Action::ReviewView), &[CASE, SERIES, query("radius", Type::Int, "Find similar: the PDQ distance (0 to 64)."), LINK_RADIUS], "seriesPage", "series", "A series: its members, rename, merge, and the similar items to add.", series::series_page),
    route(Post, "/cases/{case}/series/{series}/rename", Page, Some(Action::SeriesEdit), &[CASE, SERIES, body("name", true, "The new name.")], "renameSeriesForm", "series", "Rename a series.", series::rename_form),
    route(Post, "/cases/{case}/series/{series}/merge", Page, Some(Action::SeriesEdit), &[CASE, SERIES, FROM], "mergeSeriesForm", "series", "Merge another series into this one.", series::merge_form),
    route(Post, "/cases/{case}/series/{series}/add", Page, Some(Action::SeriesEdit), &[CASE, SERIES, ITEMS], "addToSeriesForm", "series", "Add items to a series.", series::add_form),
    route(Post, "/api/cases/{case}/series/{series}/rename", Api, Some(Action::SeriesEdit), &[CASE, SERIES, body("name", true, "The new name.")], "renameSeries", "review", "Rename a series (vilab.series/1).", series::rename),
    route(Post, "/api/cases/{case}/series/{series}/merge", Api, Some(Action::SeriesEdit), &[CASE, SERIES, FROM], "mergeSeries", "review", "Merge another series of the case into this one; again, nothing changes (vilab.series/1).", series::merge),
    route(Post, "/api/cases/{case}/series/{series}/items", Api, Some(Action::SeriesEdit), &[CASE, SERIES, ITEMS], "addToSeries", "review", "Add items of the case to a series (vilab.series/1).", series::add),
    // Series linked across cases (issue 19; kept in one block).
    route(Get, "/api/cases/{case}/series/{series}/links", Api, Some(Action::ReviewView), &[CASE, SERIES], "seriesLinks", "review", "The series of other cases linked to a series, only in cases the actor is a member of (vilab.series-links/1).", series_links::links),
    route(Post, "/api/cases/{case}/series/{series}/links", Api, Some(Action::SeriesEdit), SERIES_LINK, "linkSeries", "review", "Link a series to a series of another case the actor may edit series in, or unlink it; the history is kept (vilab.series-link/1).", series_links::link),
    route(Get, "/api/cases/{case}/series/{series}/link-candidates", Api, Some(Action::ReviewView), &[CASE, SERIES, LINK_RADIUS], "seriesLinkCandidates", "review", "Series of other cases the actor is a member of holding the same items as a series or items within a PDQ distance of its members (vilab.series-link-candidates/1).", series_links::candidates),
    route(Post, "/cases/{case}/series/{series}/link", Page, Some(Action::SeriesEdit), SERIES_LINK, "linkSeriesForm", "series", "Link or unlink a series of another case, then the series' page.", series_links::link_form),
    // Editing records in the pages (issue 19; kept in one block).
    route(Post, "/cases/{case}/persons/{person}/edit", Page, Some(Action::RecordsEdit), &[CASE, PERSON, KIND_OPT, LABEL, NOTES, NEXT], "editPersonForm", "records", "Replace a person's kind, label and notes; goes on to next.", record_forms::edit_person_form),
    route(Post, "/cases/{case}/locations/{location}/edit", Page, Some(Action::RecordsEdit), &[CASE, LOCATION, LABEL, body("lat", false, "Latitude."), body("lon", false, "Longitude."), body("description", false, "What is known of it."), NEXT], "editLocationForm", "records", "Replace a location's fields; goes on to next.", record_forms::edit_location_form),
    route(Post, "/cases/{case}/links", Page, Some(Action::RecordsEdit), &[CASE, body("record", true, "person:ID or location:ID."), body("target", true, "series:ID or media:ID, of the same case."), body("link", false, "true (default) to link, false to unlink."), NEXT], "linkRecordForm", "records", "Link a person or location to a series or item, or unlink it; goes on to next.", record_forms::link_form),
    // Camera leads and settings pages (issue 19's pages).
    route(Get, "/cameras", Page, Some(Action::CameraGroups), &[], "camerasPage", "review", "Cameras by make, model and body serial across the cases the actor may see; a case opens its grid of that camera.", leads::cameras_page),
    route(Get, "/settings", Page, Some(Action::SettingsView), &[], "settingsPage", "session", "The actor's review settings: blur, greyscale, tile size, break reminder, language.", settings::settings_page),
    route(Post, "/settings", Page, Some(Action::SettingsChange), SETTINGS_FIELDS, "settingsForm", "session", "Change the actor's review settings.", settings::settings_form),
    route(Get, "/api/cases/{case}/progress", Api, Some(Action::ReviewView), &[CASE], "reviewProgress", "review", "How far a case's review has come: decided, undecided, conflicts, follow-ups, per reviewer (vilab.review-progress/1).", review::progress),
    // An item's matches and neighbours, and the search by a picture (issue 19's pages).
    route(Get, "/api/media/{key}/matches", Api, Some(Action::MediaView), &[KEY], "getMediaMatches", "media", "An item's hash-set matches in the cases the actor may see (vilab.media-matches/1).", detail::matches),
    route(Get, "/api/media/{key}/similar", Api, Some(Action::MediaView), &[KEY, query("radius", Type::Int, "PDQ distance (0 to 64; default 31).")], "getSimilarMedia", "media", "Items near an item by PDQ in this and other cases the actor may see (vilab.similar-media/1).", detail::similar),
    route(Get, "/search", Page, Some(Action::MediaSearch), &[], "searchPage", "media", "The form to search by a picture from outside the lab.", detail::search_page),
    route(Post, "/search", Page, Some(Action::MediaSearch), SEARCH_FIELDS, "searchForm", "media", "Search by a picture: its digests and PDQ against the cases the actor may see and the hash sets; the picture is not stored.", detail::search_form_post),
    route(Post, "/api/search", Api, Some(Action::MediaSearch), SEARCH_FIELDS, "searchByPicture", "media", "Search by a picture (multipart: picture, radius); the picture is not stored (vilab.image-search/1).", detail::search),
    // ViLab galleries, the clue board and training exercises (issue 20, branch webgallery; kept in one block).
    route(Get, "/api/galleries", Api, Some(Action::GalleryList), &[], "listGalleries", "galleries", "The galleries the actor is a member of, newest first (vilab.gallery-list/1).", galleries::list),
    route(Post, "/api/galleries", Api, Some(Action::GalleryCreate), NEW_GALLERY, "createGallery", "galleries", "Create a gallery for an audience and dates; the actor is its first editor (vilab.gallery-summary/1).", galleries::create),
    route(Get, "/api/galleries/{gallery}", Api, Some(Action::GalleryView), &[GALLERY], "getGallery", "galleries", "A gallery and its items; for editors its members and bundles, and each item's case and digest where they are members of the case (vilab.gallery/1).", galleries::view),
    route(Post, "/api/galleries/{gallery}", Api, Some(Action::GalleryEdit), &[GALLERY, GALLERY_DATES[0], GALLERY_DATES[1], GALLERY_DATES[2]], "updateGallery", "galleries", "Replace a gallery's title and dates (vilab.gallery/1).", galleries::update),
    route(Post, "/api/galleries/{gallery}/members", Api, Some(Action::GalleryEdit), GALLERY_MEMBER, "setGalleryMember", "galleries", "Make an account an editor or a participant of a gallery, or no member (vilab.gallery-member/1).", galleries::member),
    route(Post, "/api/galleries/{gallery}/items", Api, Some(Action::GalleryEdit), &[GALLERY, GALLERY_CASE, GALLERY_MEDIA], "addGalleryItems", "galleries", "Add items of a case to a gallery, at its end (vilab.gallery-items-added/1).", galleries::add_items),
    route(Post, "/api/galleries/{gallery}/series", Api, Some(Action::GalleryEdit), &[GALLERY, GALLERY_CASE, GALLERY_SERIES], "addGallerySeries", "galleries", "Add every member of a series of a case to a gallery (vilab.gallery-items-added/1).", galleries::add_series),
    route(Post, "/api/galleries/{gallery}/items/{item}/remove", Api, Some(Action::GalleryEdit), &[GALLERY, GALLERY_ITEM], "removeGalleryItem", "galleries", "Take an item out of a gallery; its clues and leads stay (vilab.gallery-item-removed/1).", galleries::remove_item),
    route(Get, "/api/galleries/{gallery}/clues", Api, Some(Action::GalleryView), CLUE_QUERY, "galleryClues", "galleries", "The clues of a gallery's boards (or one item's) after a cursor, oldest first: what a board polls (vilab.clue-board/1).", galleries::clues),
    route(Post, "/api/galleries/{gallery}/items/{item}/clues", Api, Some(Action::CluePost), CLUE_FIELDS, "postClue", "galleries", "Post a clue on an item's board, optionally pinned to a spot; it becomes a lead of the item's case (vilab.clue/1).", galleries::post_clue),
    route(Get, "/api/galleries/{gallery}/items/{item}/images", Api, Some(Action::GalleryView), &[GALLERY, GALLERY_ITEM], "galleryItemImages", "galleries", "An item's current pictures for the gallery's audience: one redacted picture (partner, trainee) or one approved crop per object (public); uids and sizes only (vilab.gallery-item-images/1).", galleries::images),
    route(Get, "/api/galleries/{gallery}/items/{item}/images/{image}", Api, Some(Action::GalleryView), &[GALLERY, GALLERY_ITEM, path("image", "One of the item's pictures (its uid).")], "galleryItemImage", "renditions", "One of an item's pictures for the gallery's audience (JPEG, re-encoded from pixels, never cached); never an original nor a more trusted audience's rendition.", galleries::image),
    route(Post, "/api/galleries/{gallery}/exercise", Api, Some(Action::GalleryEdit), SET_EXERCISE, "setExercise", "exercises", "Set a gallery's training exercise: a rubric and each item's known answer (vilab.exercise-view/1).", exercises::set),
    route(Get, "/api/galleries/{gallery}/exercise", Api, Some(Action::GalleryView), &[GALLERY], "getExercise", "exercises", "A gallery's exercise: its items and the actor's own answers; editors also the known answers (vilab.exercise-view/1).", exercises::view),
    route(Post, "/api/galleries/{gallery}/items/{item}/answer", Api, Some(Action::ExerciseAnswer), ANSWER_FIELDS, "answerExercise", "exercises", "Answer an item of a gallery's exercise; the latest answer counts (vilab.exercise-answered/1).", exercises::answer_item),
    route(Post, "/api/galleries/{gallery}/items/{item}/mark", Api, Some(Action::GalleryEdit), MARK_FIELDS, "markFreeText", "exercises", "Give points for the free text of a trainee's answer (vilab.exercise-mark/1).", exercises::mark),
    route(Get, "/api/galleries/{gallery}/results", Api, Some(Action::GalleryEdit), &[GALLERY], "exerciseResults", "exercises", "Every answer of a gallery's exercise scored, with totals per trainee and per item (vilab.exercise-results/1).", exercises::results),
    route(Get, "/galleries", Page, Some(Action::GalleryList), &[], "galleriesPage", "galleries", "The galleries the actor is a member of, and the form that makes one.", gallery_pages::list_page),
    route(Post, "/galleries", Page, Some(Action::GalleryCreate), NEW_GALLERY, "createGalleryForm", "galleries", "Create a gallery, then its page.", gallery_pages::create_form),
    route(Get, "/galleries/{gallery}", Page, Some(Action::GalleryView), &[GALLERY], "galleryPage", "galleries", "A gallery: its items; for editors its items' cases, members, dates and bundles, with the forms that change them.", gallery_pages::gallery_page),
    route(Post, "/galleries/{gallery}/edit", Page, Some(Action::GalleryEdit), &[GALLERY, GALLERY_DATES[0], GALLERY_DATES[1], GALLERY_DATES[2]], "updateGalleryForm", "galleries", "Replace a gallery's title and dates, then its page.", gallery_pages::edit_form),
    route(Post, "/galleries/{gallery}/members", Page, Some(Action::GalleryEdit), GALLERY_MEMBER, "setGalleryMemberForm", "galleries", "Make an account an editor, a participant or no member, then the gallery's page.", gallery_pages::member_form),
    route(Post, "/galleries/{gallery}/items", Page, Some(Action::GalleryEdit), &[GALLERY, GALLERY_CASE, GALLERY_MEDIA], "addGalleryItemsForm", "galleries", "Add items of a case, then the gallery's page.", gallery_pages::items_form),
    route(Post, "/galleries/{gallery}/series", Page, Some(Action::GalleryEdit), &[GALLERY, GALLERY_CASE, GALLERY_SERIES], "addGallerySeriesForm", "galleries", "Add a series' members, then the gallery's page.", gallery_pages::series_form),
    route(Post, "/galleries/{gallery}/items/{item}/remove", Page, Some(Action::GalleryEdit), &[GALLERY, GALLERY_ITEM], "removeGalleryItemForm", "galleries", "Take an item out, then the gallery's page.", gallery_pages::remove_form),
    route(Get, "/galleries/{gallery}/items/{item}", Page, Some(Action::GalleryView), &[GALLERY, GALLERY_ITEM], "galleryItemPage", "galleries", "An item's picture and its clue board, kept live by polling the clues after the last one; a click on the picture pins a clue.", gallery_pages::item_page),
    route(Post, "/galleries/{gallery}/items/{item}/clues", Page, Some(Action::CluePost), CLUE_FIELDS, "postClueForm", "galleries", "Post a clue, then the item's board.", gallery_pages::clue_form),
    route(Get, "/galleries/{gallery}/exercise", Page, Some(Action::GalleryView), &[GALLERY], "exercisePage", "exercises", "A gallery's exercise: the form that sets it or its known answers (editors), or an answer form per item (trainees).", exercise_pages::exercise_page),
    route(Post, "/galleries/{gallery}/exercise", Page, Some(Action::GalleryEdit), &[GALLERY, RUBRIC[0], RUBRIC[1], RUBRIC[2], RUBRIC[3], RUBRIC[4], body("item", true, "A gallery item's id, repeated; with country-ID, place-ID, objects-ID and lead-ID fields.")], "setExerciseForm", "exercises", "Set the exercise from the page's form, then its page.", exercise_pages::set_form_post),
    route(Post, "/galleries/{gallery}/items/{item}/answer", Page, Some(Action::ExerciseAnswer), ANSWER_FIELDS, "answerExerciseForm", "exercises", "Answer an item, then the exercise page.", exercise_pages::answer_form_post),
    route(Get, "/galleries/{gallery}/results", Page, Some(Action::GalleryEdit), &[GALLERY], "exerciseResultsPage", "exercises", "The trainer's results: totals per trainee and per item, every answer scored, a form that marks free text.", exercise_pages::results_page),
    route(Post, "/galleries/{gallery}/items/{item}/mark", Page, Some(Action::GalleryEdit), MARK_FIELDS, "markFreeTextForm", "exercises", "Mark free text, then the results.", exercise_pages::mark_form),
    // (end of the galleries block)
    // Regions and renditions per audience (issue 20, webregions; kept in one block).
    route(Get, "/api/cases/{case}/media/{media}/regions", Api, Some(Action::RegionView), &[CASE, MEDIA_ROW], "listRegions", "regions", "An item's current regions and every version they had (vilab.regions/1).", regions::list),
    route(Post, "/api/cases/{case}/media/{media}/regions", Api, Some(Action::RegionEdit), NEW_REGION, "addRegion", "regions", "Draw a region on an item: a rectangle or a polygon; the item's renditions go stale (vilab.region/1).", regions::add),
    route(Post, "/api/cases/{case}/regions/{region}", Api, Some(Action::RegionEdit), CHANGED_REGION, "updateRegion", "regions", "Change a region: a new version; the item's renditions go stale (vilab.region/1).", regions::update),
    route(Post, "/api/cases/{case}/regions/{region}/delete", Api, Some(Action::RegionEdit), &[CASE, REGION], "deleteRegion", "regions", "Delete a region: a last version that says so; the item's renditions go stale (vilab.region/1).", regions::delete),
    route(Get, "/api/cases/{case}/media/{media}/face-suggestions", Api, Some(Action::RegionEdit), &[CASE, MEDIA_ROW], "suggestFaces", "regions", "Faces the detector proposes on an item, in pixels of the stored original, surest first; nothing is stored until an analyst adds one as a face region with source suggested (vilab.face-suggestions/1).", regions::suggest_faces),
    route(Get, "/api/cases/{case}/media/{media}/renditions", Api, Some(Action::RegionView), &[CASE, MEDIA_ROW], "listRenditions", "regions", "An item's renditions per audience, newest first, stale ones flagged (vilab.renditions/1).", renditions::list),
    route(Post, "/api/cases/{case}/media/{media}/renditions", Api, Some(Action::RenditionMake), &[CASE, MEDIA_ROW, AUDIENCE], "makeRenditions", "regions", "Make an item's renditions for an audience from its current regions: one redacted JPEG for partner or trainee, one crop per object region for the public (vilab.renditions-made/1).", renditions::make),
    route(Post, "/api/renditions/{rendition}/approve", Api, Some(Action::RenditionApprove), &[RENDITION], "approveRendition", "regions", "Approve a public crop another analyst made (four eyes) (vilab.rendition-approved/1).", renditions::approve),
    route(Get, "/api/renditions/{rendition}", Api, Some(Action::RenditionView), &[RENDITION], "getAudienceRendition", "renditions", "A rendition's JPEG, for a role whose audiences include it (never an original); no-store.", renditions::bytes),
    route(Get, "/api/openapi.json", PublicApi, None, &[], "openapi", "meta", "This API, described in OpenAPI 3.1.", api::openapi),
    // Embedded files.
    route(Get, "/assets/{name}", Asset, None, &[path("name", "The file's name.")], "asset", "assets", "An embedded style, script or font.", crate::assets::serve),
];

/// The route of `id`.
pub fn by_id(id: &str) -> Option<&'static Route> {
    ROUTES.iter().find(|r| r.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_method_paths_are_unique_and_path_params_match_the_path() {
        let mut ids = std::collections::BTreeSet::new();
        let mut paths = std::collections::BTreeSet::new();
        for r in ROUTES {
            assert!(ids.insert(r.id), "{r:?}: id used twice");
            assert!(paths.insert((r.method, r.path)), "{r:?}: method and path used twice");
            let in_path: Vec<&str> =
                r.path.split('/').filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}'))).collect();
            let declared: Vec<&str> = r.path_params().collect();
            assert_eq!(in_path, declared, "{r:?}: path parameters");
            assert_eq!(r.kind.is_json(), r.path.starts_with("/api/"), "{r:?}: JSON routes are exactly /api/");
            if !r.kind.needs_session() {
                assert!(r.action.is_none(), "{r:?}: a public route checks no permission");
            }
        }
    }
}
