//! The review lab's API: a case's grid in pages under filters, its groups,
//! decisions and their undo, renditions (masked, or revealed and audited),
//! the actor's settings, series and "find similar", camera leads, the map
//! and the timeline. Every handler calls one operation of
//! `vilab_lab::Session` (`ops::review`); this module only reads the
//! parameters, refusing a bad value with a code that names its field.

use vilab_lab::ops::review::{DEFAULT_PROFILE, MAX_SIMILAR_RADIUS};
use vilab_lab::types::{
    CameraId, DecidedFilter, DecisionChange, ExhibitId, GeoBox, GroupBy, MAX_PAGE, MediaKey, MediaRowId, ReviewCursor,
    ReviewFilter, ReviewOrder, ReviewQuery, SeriesId, TimelineStep, TriageState,
};
use vilab_lab::{AppError, Code};

use crate::call::{Call, Reply};
use crate::error::{WebError, invalid};

/// The default page of the grid.
pub const DEFAULT_LIMIT: u32 = 200;

/// A value outside its range, naming its field.
pub fn out_of_range(field: &str, value: impl ToString, min: impl ToString, max: impl ToString) -> WebError {
    WebError::App(
        AppError::new(Code::ValueOutOfRange)
            .with("field", field)
            .with("value", value.to_string())
            .with("min", min.to_string())
            .with("max", max.to_string()),
    )
}

fn query_text(call: &Call, name: &str) -> Option<String> {
    call.query(name).map(|v| v.trim().to_string()).filter(|v| !v.is_empty())
}

fn query_id(call: &Call, name: &str) -> Result<Option<i64>, WebError> {
    match call.query(name) {
        None => Ok(None),
        Some(v) => match v.trim().parse::<i64>() {
            Ok(n) if n > 0 => Ok(Some(n)),
            _ => Err(invalid(name, "not a positive whole number")),
        },
    }
}

fn digit(name: &str, text: &str) -> Result<u8, WebError> {
    let n: i64 = text.trim().parse().map_err(|_| invalid(name, "not a whole number"))?;
    u8::try_from(n).ok().filter(|n| *n <= 9).ok_or_else(|| out_of_range(name, n, 0, 9))
}

/// A day or instant as the filters compare it (`YYYY`, `YYYY-MM`,
/// `YYYY-MM-DD`, or longer with a time).
fn date_text(name: &str, text: &str) -> Result<String, WebError> {
    let ok = text.len() >= 4
        && text.len() <= 25
        && text.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && text.bytes().all(|b| b.is_ascii_digit() || b"-:T .Z+".contains(&b));
    if ok { Ok(text.to_string()) } else { Err(invalid(name, "expected YYYY, YYYY-MM or YYYY-MM-DD")) }
}

fn bbox(text: &str) -> Result<GeoBox, WebError> {
    let parts: Vec<f64> = text
        .split(',')
        .map(|p| p.trim().parse::<f64>())
        .collect::<Result<_, _>>()
        .map_err(|_| invalid("bbox", "expected latmin,latmax,lonmin,lonmax"))?;
    let [lat_min, lat_max, lon_min, lon_max] = parts[..] else {
        return Err(invalid("bbox", "expected latmin,latmax,lonmin,lonmax"));
    };
    for (v, lim) in [(lat_min, 90.0), (lat_max, 90.0), (lon_min, 180.0), (lon_max, 180.0)] {
        if !v.is_finite() || v.abs() > lim {
            return Err(out_of_range("bbox", v, -lim, lim));
        }
    }
    if lat_min > lat_max || lon_min > lon_max {
        return Err(invalid("bbox", "a minimum above its maximum"));
    }
    Ok(GeoBox { lat_min, lat_max, lon_min, lon_max })
}

/// The grid's filters from the query string (the same names on the page's
/// form and the API).
pub fn filter_of(call: &Call) -> Result<ReviewFilter, WebError> {
    let mut f = ReviewFilter::default();
    if let Some(t) = call.query("triage") {
        f.triage =
            Some(TriageState::parse(t.trim()).ok_or_else(|| invalid("triage", "known, near_known, new or unmatched"))?);
    }
    if let Some(p) = call.query("proposed") {
        f.proposed = Some(digit("proposed", p)?);
    }
    if let Some(d) = call.query("decided") {
        f.decided = Some(match d.trim() {
            "undecided" => DecidedFilter::Undecided,
            "decided" => DecidedFilter::Decided,
            "conflict" => DecidedFilter::Conflict,
            "follow_up" => DecidedFilter::FollowUp,
            other if other.len() == 1 && other.as_bytes()[0].is_ascii_digit() => {
                DecidedFilter::Category(digit("decided", other)?)
            }
            _ => return Err(invalid("decided", "undecided, decided, conflict, follow_up or 0 to 9")),
        });
    }
    f.hashset = query_text(call, "hashset");
    f.make = query_text(call, "make");
    f.model = query_text(call, "model");
    f.body_serial = query_text(call, "serial");
    f.camera = query_id(call, "camera")?.map(CameraId);
    if let Some(g) = call.query("gps") {
        f.has_gps = Some(match g.trim() {
            "yes" => true,
            "no" => false,
            _ => return Err(invalid("gps", "yes or no")),
        });
    }
    if let Some(d) = query_text(call, "from") {
        f.taken_from = Some(date_text("from", &d)?);
    }
    if let Some(d) = query_text(call, "before") {
        f.taken_before = Some(date_text("before", &d)?);
    }
    f.series = query_id(call, "series")?.map(SeriesId);
    f.exhibit = query_id(call, "exhibit")?.map(ExhibitId);
    f.folder = call.query("folder").map(str::to_string);
    f.path_contains = query_text(call, "path");
    if let Some(b) = call.query("bbox") {
        f.within = Some(bbox(b)?);
    }
    Ok(f)
}

/// A page request from the query string: the filters, `order`, `after`
/// (and `taken`), `limit`.
pub fn query_of(call: &Call) -> Result<ReviewQuery, WebError> {
    let filter = filter_of(call)?;
    let order = match call.query("order").map(str::trim) {
        None | Some("ingested") => ReviewOrder::Ingested,
        Some("newest") => ReviewOrder::IngestedDesc,
        Some("taken") => ReviewOrder::Taken,
        Some(_) => return Err(invalid("order", "ingested, newest or taken")),
    };
    let after =
        query_id(call, "after")?.map(|m| ReviewCursor { media: MediaRowId(m), taken: query_text(call, "taken") });
    let limit = match call.query_int::<i64>("limit")? {
        None => DEFAULT_LIMIT,
        Some(n) if (1..=i64::from(MAX_PAGE)).contains(&n) => n as u32,
        Some(n) => return Err(out_of_range("limit", n, 1, MAX_PAGE)),
    };
    Ok(ReviewQuery { filter, order, after, limit })
}

/// `GET /api/cases/{case}/review`.
pub fn page(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let query = query_of(call)?;
    Reply::shaped(&session.review_page(call.path("case"), &query)?)
}

/// The grouping of `by`.
pub fn group_by(text: Option<&str>) -> Result<GroupBy, WebError> {
    Ok(match text.map(str::trim) {
        None | Some("folder") => GroupBy::Folder,
        Some("exhibit") => GroupBy::Exhibit,
        Some("hashset") => GroupBy::Hashset,
        Some("camera") => GroupBy::Camera,
        Some("series") => GroupBy::Series,
        Some(_) => return Err(invalid("by", "folder, exhibit, hashset, camera or series")),
    })
}

/// `GET /api/cases/{case}/groups?by`.
pub fn groups(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let by = group_by(call.query("by"))?;
    let filter = filter_of(call)?;
    Reply::shaped(&session.review_groups(call.path("case"), by, &filter)?)
}

/// A body field, if given and not empty.
fn field<'a>(call: &'a Call, name: &str) -> Option<&'a str> {
    call.field(name).map(str::trim).filter(|v| !v.is_empty())
}

/// Media ids: a JSON array of numbers or a comma-separated list.
fn items(call: &Call) -> Result<Vec<MediaRowId>, WebError> {
    let Some(text) = field(call, "items") else { return Ok(Vec::new()) };
    text.split(',')
        .map(|p| p.trim().trim_start_matches('#').parse::<i64>().map(MediaRowId))
        .collect::<Result<_, _>>()
        .map_err(|_| invalid("items", "media ids, separated by commas"))
}

fn flag(call: &Call, name: &str) -> Result<Option<bool>, WebError> {
    match field(call, name) {
        None => Ok(None),
        Some("true" | "1" | "on" | "yes") => Ok(Some(true)),
        Some("false" | "0" | "off" | "no") => Ok(Some(false)),
        Some(_) => Err(invalid(name, "true or false")),
    }
}

/// `POST /api/cases/{case}/decisions`: `{items, category, profile}` or
/// `{items, follow_up}`.
pub fn decide(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let items = items(call)?;
    let category = field(call, "category").map(|c| digit("category", c)).transpose()?;
    let follow_up = flag(call, "follow_up")?;
    let change = match (category, follow_up) {
        (Some(category), None) => DecisionChange::Category {
            profile: field(call, "profile").unwrap_or(DEFAULT_PROFILE).to_string(),
            category,
        },
        (None, Some(f)) => DecisionChange::FollowUp(f),
        _ => return Err(invalid("category", "give either a category or follow_up")),
    };
    Reply::shaped(&session.decide(call.path("case"), &items, &change)?)
}

/// `POST /api/cases/{case}/undo`.
pub fn undo(call: &Call) -> Result<Reply, WebError> {
    Reply::shaped(&call.session()?.undo(call.path("case"))?)
}

/// A media key of the path; one that cannot name an item is not found.
fn key_of(call: &Call) -> Result<MediaKey, WebError> {
    MediaKey::parse(call.path("key"))
        .map_err(|e| WebError::App(AppError::new(Code::MediaNotFound).with("key", call.path("key")).detail(e)))
}

/// `GET /api/media/{key}/rendition?side`: masked as the actor's settings
/// say; kept by the browser for five minutes, never shared.
pub fn rendition(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let key = key_of(call)?;
    let side = call.query_int::<u32>("side")?;
    let r = session.masked_rendition(&key, side)?;
    Ok(Reply::jpeg(r.jpeg.as_ref().clone(), "private, max-age=300"))
}

/// `GET /api/media/{key}/reveal`: sharp and in colour; the application
/// layer writes its audit record before it returns the bytes. Never kept.
pub fn reveal(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let key = key_of(call)?;
    let r = session.reveal(&key)?;
    Ok(Reply::jpeg(r.jpeg.as_ref().clone(), "no-store"))
}

/// `GET /api/settings`.
pub fn settings(call: &Call) -> Result<Reply, WebError> {
    Reply::shaped(&call.session()?.my_settings()?)
}

/// `POST /api/settings`: the fields given replace the actor's; the others
/// stay.
pub fn set_settings(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let s = crate::settings::changed(call, &session)?;
    Reply::shaped(&session.set_my_settings(&s)?)
}

/// `GET /api/cases/{case}/series`.
pub fn series(call: &Call) -> Result<Reply, WebError> {
    Reply::shaped(&call.session()?.list_series(call.path("case"))?)
}

/// `POST /api/cases/{case}/series`: `{name, items}`.
pub fn create_series(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let name = field(call, "name").ok_or_else(|| invalid("name", "missing"))?;
    let items = items(call)?;
    Reply::shaped(&session.create_series(call.path("case"), name, &items)?)
}

/// `POST /api/cases/{case}/similar`: `{items, radius}`.
pub fn similar(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let items = items(call)?;
    let radius = match field(call, "radius") {
        None => 31,
        Some(r) => {
            let n: i64 = r.parse().map_err(|_| invalid("radius", "not a whole number"))?;
            u32::try_from(n)
                .ok()
                .filter(|n| *n <= MAX_SIMILAR_RADIUS)
                .ok_or_else(|| out_of_range("radius", n, 0, i64::from(MAX_SIMILAR_RADIUS)))?
        }
    };
    Reply::shaped(&session.find_similar(call.path("case"), &items, radius)?)
}

/// `GET /api/cases/{case}/progress`.
pub fn progress(call: &Call) -> Result<Reply, WebError> {
    Reply::shaped(&call.session()?.review_progress(call.path("case"))?)
}

/// `GET /api/cameras`.
pub fn cameras(call: &Call) -> Result<Reply, WebError> {
    Reply::shaped(&call.session()?.camera_leads()?)
}

/// The map's cell side from `cell` (degrees, 0.001 to 90; default 1).
pub fn cell_of(call: &Call) -> Result<f64, WebError> {
    match call.query("cell") {
        None => Ok(1.0),
        Some(c) => {
            let v: f64 = c.trim().parse().map_err(|_| invalid("cell", "not a number"))?;
            if v.is_finite() && (0.001..=90.0).contains(&v) { Ok(v) } else { Err(out_of_range("cell", c, 0.001, 90)) }
        }
    }
}

/// `GET /api/cases/{case}/map?cell&<filters>`.
pub fn map(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let cell = cell_of(call)?;
    let filter = filter_of(call)?;
    Reply::shaped(&session.map(call.path("case"), &filter, cell)?)
}

/// `GET /api/cases/{case}/timeline?step&<filters>`.
pub fn timeline(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let step = match call.query("step").map(str::trim) {
        Some("year") => TimelineStep::Year,
        None | Some("month") => TimelineStep::Month,
        Some("day") => TimelineStep::Day,
        Some(_) => return Err(invalid("step", "year, month or day")),
    };
    let filter = filter_of(call)?;
    Reply::shaped(&session.timeline(call.path("case"), &filter, step)?)
}

/// The query string of the grid's filters and order, as given (for the
/// script's API calls and the groups' links).
pub(crate) fn filter_query(call: &Call, leave_out: &[&str]) -> String {
    const NAMES: &[&str] = &[
        "triage", "proposed", "decided", "hashset", "make", "model", "serial", "camera", "gps", "from", "before",
        "series", "exhibit", "folder", "path", "bbox", "order",
    ];
    NAMES
        .iter()
        .filter(|n| !leave_out.contains(n))
        .filter_map(|n| call.query(n).map(|v| format!("{n}={}", crate::pages::url_encode(v))))
        .collect::<Vec<_>>()
        .join("&")
}

/// `GET /cases/{case}/review`: the page's shell (the filter form, the grid
/// `review.js` fills from `/api/cases/{case}/review`, and placeholders for
/// the folder groups and the timeline, which `review.js` loads from
/// [`crate::panels`] after the first tiles). The shell reads one item of
/// the grid: the case's permission check, its name, and the filters
/// checked, without a pass over the case.
pub fn grid_page(call: &Call) -> Result<Reply, WebError> {
    use maud::html;
    use vilab_i18n::t;

    let session = call.session()?;
    let name = call.path("case");
    let mut probe = query_of(call)?;
    probe.limit = 1;
    let case = session.review_page(name, &probe)?.case;
    let settings = session.my_settings()?.settings;
    let msgs = call.msgs();
    let base = format!("{}/review", crate::pages::case_href(name));
    let api = format!("/api{}", crate::pages::case_href(name));
    let q = |n: &str| call.query(n).unwrap_or("").to_string();
    let selected = |n: &str, v: &str| call.query(n) == Some(v);
    let decided_as = t!(msgs, "web-review-decided-as", category = "§");
    let timeline = crate::panels::placeholder(
        &msgs,
        "timeline-panel",
        "timeline",
        "web-timeline-heading",
        &crate::panels::fragment_href(call, name, "timeline"),
    );
    let groups = crate::panels::placeholder(
        &msgs,
        "groups-panel",
        "groups",
        "web-review-groups",
        &crate::panels::fragment_href(call, name, "groups"),
    );
    let body = html! {
        h1 { (t!(msgs, "web-review-heading", case = case.as_str())) }
        p.links {
            a href=(crate::pages::case_href(name)) { (t!(msgs, "web-case-heading", case = case.as_str())) }
            " · " a #series-link href=(format!("{}/series", crate::pages::case_href(name))) { (msgs.get("web-series-link")) }
            " · " a href=(format!("{}/map", crate::pages::case_href(name))) { (msgs.get("web-map-link")) }
            " · " a #cameras-link href="/cameras" { (msgs.get("web-cameras-link")) }
            " · " a href="/settings" { (msgs.get("web-settings-link")) }
        }
        p.muted.keys-help { (msgs.get("web-review-keys")) }
        div.grid-tools {
            form #series-form .inline method="post" action=(format!("{}/series", crate::pages::case_href(name))) {
                input type="hidden" name=(crate::call::CSRF_FIELD) value=(call.csrf().unwrap_or_default());
                input #series-items type="hidden" name="items" value="";
                label { (msgs.get("web-series-from-selection")) " " input #series-name type="text" name="name" required; }
                button #series-create type="submit" { (msgs.get("web-series-create")) }
            }
            label.viewing title=(msgs.get("web-settings-viewing-explain")) {
                input #viewing type="checkbox"; " " (msgs.get("web-settings-viewing-toggle"))
            }
        }
        (timeline)
        div.review {
            (groups)
            section.grid-area {
                form.filters method="get" action=(base) aria-label=(msgs.get("web-review-filters")) {
                    label { (msgs.get("web-review-triage"))
                        select name="triage" {
                            option value="" { (msgs.get("web-review-any")) }
                            @for (v, k) in [("known", "triage-known"), ("near_known", "triage-near-known"), ("new", "triage-new")] {
                                option value=(v) selected[selected("triage", v)] { (msgs.get(k)) }
                            }
                        }
                    }
                    label { (msgs.get("web-review-decided"))
                        select name="decided" {
                            option value="" { (msgs.get("web-review-any")) }
                            option value="undecided" selected[selected("decided", "undecided")] { (msgs.get("web-review-undecided")) }
                            option value="conflict" selected[selected("decided", "conflict")] { (msgs.get("web-review-conflict")) }
                            option value="follow_up" selected[selected("decided", "follow_up")] { (msgs.get("web-review-follow-up")) }
                            @for n in 0..=4u8 {
                                option value=(n) selected[selected("decided", &n.to_string())] { (t!(msgs, "triage-category", category = n.to_string())) }
                            }
                        }
                    }
                    label { (msgs.get("web-review-gps"))
                        select name="gps" {
                            option value="" { (msgs.get("web-review-any")) }
                            option value="yes" selected[selected("gps", "yes")] { (msgs.get("web-yes")) }
                            option value="no" selected[selected("gps", "no")] { (msgs.get("web-no")) }
                        }
                    }
                    label { (msgs.get("web-review-from")) input type="text" name="from" value=(q("from")) placeholder="YYYY-MM-DD" size="10"; }
                    label { (msgs.get("web-review-before")) input type="text" name="before" value=(q("before")) placeholder="YYYY-MM-DD" size="10"; }
                    label { (msgs.get("web-review-path")) input type="text" name="path" value=(q("path")); }
                    @if let Some(folder) = call.query("folder") { input type="hidden" name="folder" value=(folder); }
                    @if let Some(b) = call.query("bbox") { input type="hidden" name="bbox" value=(b); }
                    label { (msgs.get("web-review-order"))
                        select name="order" {
                            option value="ingested" { (msgs.get("web-review-order-ingested")) }
                            option value="newest" selected[selected("order", "newest")] { (msgs.get("web-review-order-newest")) }
                            option value="taken" selected[selected("order", "taken")] { (msgs.get("web-review-order-taken")) }
                        }
                    }
                    button type="submit" { (msgs.get("web-review-show")) }
                }
                div #grid .grid role="grid" aria-label=(msgs.get("web-review-grid")) tabindex="0"
                    data-api=(api) data-query=(filter_query(call, &[])) data-csrf=(call.csrf().unwrap_or_default())
                    data-tile=(settings.tile) data-break=(settings.break_minutes)
                    data-t-known=(msgs.get("triage-known")) data-t-near_known=(msgs.get("triage-near-known"))
                    data-t-new=(msgs.get("triage-new")) data-t-conflict=(msgs.get("web-review-conflict"))
                    data-t-follow=(msgs.get("web-review-follow-up")) data-t-decided=(decided_as) {}
                p #grid-end .muted hidden { (msgs.get("web-review-end")) }
            }
        }
        div #overlay .overlay hidden role="dialog" aria-modal="true" {
            img #overlay-img alt="";
            button #overlay-close type="button" { (msgs.get("web-review-close")) }
        }
        div #break-notice .break-notice hidden role="alert" data-text=(t!(msgs, "web-review-break", minutes = settings.break_minutes)) {}
        script src="/assets/review.js" defer {}
    };
    Ok(crate::pages::page(call, &session, &case, body))
}

/// `GET /cases/{case}/map`: the world's borders drawn on the server (an
/// equirectangular projection of degrees, so a position and a border line
/// up by construction), framed around the case's positions, with a circle
/// per cell; a circle leads to the grid of its cell (`bbox`).
pub fn map_page(call: &Call) -> Result<Reply, WebError> {
    use maud::{PreEscaped, html};
    use vilab_i18n::t;

    let session = call.session()?;
    let name = call.path("case");
    let filter = filter_of(call)?;
    let coarse = session.map(name, &filter, 1.0)?;
    let points: Vec<(f64, f64)> = coarse.cells.iter().map(|c| (c.lat, c.lon)).collect();
    let (lat_min, lat_max, lon_min, lon_max) = vilab_geo::view_around(&points, 2.0);
    let span = (lat_max - lat_min).max(lon_max - lon_min);
    let cell = (span / 40.0).clamp(0.001, 90.0);
    let view = session.map(name, &filter, cell)?;
    let borders = vilab_geo::world().map(|w| w.svg_paths()).unwrap_or_default();
    let most = view.cells.iter().map(|c| c.items).max().unwrap_or(1).max(1) as f64;
    let msgs = call.msgs();
    let review = format!("{}/review", crate::pages::case_href(name));
    let view_box = format!("{lon_min:.4} {:.4} {:.4} {:.4}", -lat_max, lon_max - lon_min, lat_max - lat_min);
    let body = html! {
        h1 { (t!(msgs, "web-map-heading", case = view.case.as_str())) }
        p { a href=(crate::pages::case_href(name)) { (t!(msgs, "web-case-heading", case = view.case.as_str())) } }
        @if view.cells.is_empty() {
            p.muted { (msgs.get("web-map-none")) }
        }
        svg.map viewBox=(view_box) preserveAspectRatio="xMidYMid meet" role="img"
            aria-label=(t!(msgs, "web-map-heading", case = view.case.as_str())) {
            g.borders { (PreEscaped(borders)) }
            @for c in &view.cells {
                @let r = cell * (0.3 + 0.5 * (c.items as f64 / most).sqrt());
                @let bbox = format!("{:.5},{:.5},{:.5},{:.5}", (c.lat - cell).max(-90.0), (c.lat + cell).min(90.0), (c.lon - cell).max(-180.0), (c.lon + cell).min(180.0));
                a href=(format!("{review}?bbox={bbox}")) {
                    circle.cell cx=(format!("{:.5}", c.lon)) cy=(format!("{:.5}", -c.lat)) r=(format!("{r:.5}")) {
                        title { (c.items) }
                    }
                }
            }
        }
    };
    Ok(crate::pages::page(call, &session, &view.case, body))
}
