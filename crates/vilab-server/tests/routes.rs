//! The route-by-role test: every route of the table (the router is built
//! from the table alone, see `the_router_is_built_from_the_table_alone`), for
//! every role, on a case (or item) the role is a member of and on one it is
//! not, sends a request through the router and checks the status against
//! the permission table: allowed, 2xx or 3xx; a role without the action,
//! 403; a member-limited role outside its cases, 404. Then: without a
//! session, 401 for the API and a redirect to /login for pages; a change
//! without its CSRF token, 403; the security headers on every answer; no
//! page names another host or carries inline script or style; log-in gives
//! one answer for unknown accounts and wrong passwords, and throttles.

mod common;

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Request, StatusCode, header};
use tower::ServiceExt as _;
use vilab_lab::Role;
use vilab_lab::permission::{Action, Reach, reach};
use vilab_server::routes::{In, Kind, Method, ROUTES, Route};
use vilab_server::{CSP, csrf_token};

use common::{Fixture, OTHER_CASE};

/// An answer.
struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: String,
    /// The body as it came (pictures).
    bytes: Vec<u8>,
}

impl Answer {
    fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or(serde_json::Value::Null)
    }
}

/// A request to send.
struct Req<'a> {
    method: Method,
    uri: String,
    token: Option<&'a str>,
    csrf: Option<String>,
    body: Vec<(&'static str, String)>,
    json: bool,
    peer: &'a str,
}

async fn send(app: &Router, s: Req<'_>) -> Answer {
    let mut builder = Request::builder().method(match s.method {
        Method::Get => "GET",
        Method::Post => "POST",
    });
    builder = builder.uri(&s.uri).header(header::HOST, "127.0.0.1:8080");
    if let Some(token) = s.token {
        builder = builder.header(header::COOKIE, format!("vilab_session={token}"));
    }
    if let Some(csrf) = &s.csrf {
        builder = builder.header("x-csrf-token", csrf);
    }
    let body = if s.method == Method::Post {
        if let Some((_, path)) = s.body.iter().find(|(k, _)| *k == "picture") {
            // A route that takes a picture: multipart, as a browser's form
            // sends it (the value names the file to send).
            builder = builder.header(header::CONTENT_TYPE, "multipart/form-data; boundary=vilab-test-boundary");
            let mut out = Vec::new();
            for (k, v) in s.body.iter().filter(|(k, _)| *k != "picture") {
                out.extend_from_slice(
                    format!("--vilab-test-boundary\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                        .as_bytes(),
                );
            }
            out.extend_from_slice(
                b"--vilab-test-boundary\r\nContent-Disposition: form-data; name=\"picture\"; filename=\"p.jpg\"\r\n\r\n",
            );
            out.extend_from_slice(&std::fs::read(path).unwrap());
            out.extend_from_slice(b"\r\n--vilab-test-boundary--\r\n");
            Body::from(out)
        } else if s.json {
            builder = builder.header(header::CONTENT_TYPE, "application/json");
            let map: serde_json::Map<String, serde_json::Value> =
                s.body.iter().map(|(k, v)| (k.to_string(), serde_json::Value::String(v.clone()))).collect();
            Body::from(serde_json::Value::Object(map).to_string())
        } else {
            builder = builder.header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
            let form: String = s
                .body
                .iter()
                .map(|(k, v)| format!("{k}={}", form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>()))
                .collect::<Vec<_>>()
                .join("&");
            Body::from(form)
        }
    } else {
        Body::empty()
    };
    let mut request = builder.body(body).unwrap();
    let peer: SocketAddr = format!("{}:50000", s.peer).parse().unwrap();
    request.extensions_mut().insert(ConnectInfo(peer));
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap();
    Answer { status, headers, body: String::from_utf8_lossy(&bytes).into_owned(), bytes: bytes.to_vec() }
}

/// Logs in through the log-in form and returns the session token.
async fn login(app: &Router, username: &str, password: &str) -> String {
    let a = send(
        app,
        Req {
            method: Method::Post,
            uri: "/login".into(),
            token: None,
            csrf: None,
            body: vec![("username", username.into()), ("password", password.into()), ("next", "/".into())],
            json: false,
            peer: "127.0.0.1",
        },
    )
    .await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "log-in of {username}: {}", a.body);
    let cookie = a.headers.get(header::SET_COOKIE).unwrap().to_str().unwrap().to_string();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"), "{cookie}");
    assert!(!cookie.contains("Secure"), "no Secure flag without TLS: {cookie}");
    cookie.split(';').next().unwrap().strip_prefix("vilab_session=").unwrap().to_string()
}

/// Whether the cell's target is in a case the account is a member of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Target {
    /// The route names no case or item.
    None,
    /// The demo case, or an item of it.
    Member,
    /// The other case, or its item.
    NotMember,
}

fn uri(route: &Route, fx: &Fixture, target: Target, user: &str) -> String {
    let mut path = route.path.to_string();
    // Galleries (issue 20): the fixture's gallery, or the other analyst's;
    // the removal routes take out its spare item, and the routes that set
    // an exercise act on a gallery without one, the user's own per route.
    let g = &fx.galleries;
    let (gallery, item) = match target {
        Target::NotMember => (g.other.as_str(), g.other_item.as_str()),
        _ if route.id.starts_with("setExercise") => g.blank_for(user, route.id).unwrap_or((&g.member, &g.item)),
        _ if route.id.starts_with("removeGalleryItem") => {
            (g.member.as_str(), g.spare_for(user, route.id).unwrap_or(&g.item))
        }
        _ => (g.member.as_str(), g.item.as_str()),
    };
    path = path.replace("{gallery}", gallery).replace("{item}", item).replace("{image}", &g.image);
    let (case, item) = match target {
        Target::NotMember => (OTHER_CASE.to_string(), fx.other_item.clone()),
        _ => (fx.case.clone(), fx.member_item.clone()),
    };
    path = path.replace("{case}", &case).replace("{key}", &item).replace("{name}", "app.css");
    // Administration changes an account of its own (`common::SPARE`), that
    // no other cell logs in as.
    path = path.replace("{user}", common::SPARE);
    // Records of the demo case: in the other case they are not there, but
    // the case is checked first (case_not_found).
    path = path
        .replace("{person}", &fx.records.person)
        .replace("{location}", &fx.records.location)
        .replace("{lead}", &fx.records.lead);
    path = path.replace("{series}", &fx.series);
    // Regions and renditions (issue 20): the region routes change one item,
    // the renditions stand on another (a region change makes them stale);
    // the analyst approves the crop the second analyst left unapproved.
    let rendition = if route.id == "approveRendition" { &fx.regions.to_approve } else { &fx.regions.public.0 };
    path = path
        .replace("{media}", &fx.regions.item)
        .replace("{region}", &fx.regions.region)
        .replace("{rendition}", rendition);
    if route.id == "loginPage" {
        path.push_str("?next=/cases");
    }
    path
}

/// The body a change needs to succeed.
fn body_of(route: &Route, account: &common::Account, fx: &Fixture) -> Vec<(&'static str, String)> {
    route
        .params
        .iter()
        .filter(|p| p.location == In::Body)
        .map(|p| {
            let value = match p.name {
                // A new account's name: one per route (only an
                // administrator's call makes it).
                "username" if route.id.starts_with("createUser") => format!("new-{}", route.id.to_lowercase()),
                "username" => account.username.clone(),
                "password" => account.password.clone(),
                "lang" => "km".to_string(),
                "next" => "/".to_string(),
                "items" => fx.member_id.clone(),
                "category" => "2".to_string(),
                "profile" => "vic-us".to_string(),
                // Either a category or the flag: the category is given.
                "follow_up" => String::new(),
                "blur" | "greyscale" => "true".to_string(),
                "tile" => "160".to_string(),
                "break_minutes" => "30".to_string(),
                // Series names are unique in a case: one per account.
                // (and per route: a page's form and the API both make one).
                "name" => format!("series of {} ({})", account.username, route.id),
                "from" => fx.merged_series.clone(),
                // Series linked across cases: the linked case's series.
                "with" => fx.linked_series.clone(),
                "radius" => "31".to_string(),
                "role" => "investigator".to_string(),
                "case" => fx.case.clone(),
                // One's own password "changed" to itself: the account
                // still logs in after its cell.
                "current" | "new" => account.password.clone(),
                // Regions (issue 20): a small face rectangle; renditions
                // for partners.
                "kind" if route.tag == "regions" => "face".to_string(),
                "x" | "y" if route.tag == "regions" => "4".to_string(),
                "w" | "h" if route.tag == "regions" => "16".to_string(),
                "points" if route.tag == "regions" => String::new(),
                "treatment" => "fill".to_string(),
                "source" => "drawn".to_string(),
                "audience" if route.tag == "regions" => "partner".to_string(),
                // Records beside the media.
                "kind" => "victim".to_string(),
                "label" => format!("label of {}", account.username),
                "notes" | "note" | "description" | "owner" | "lat" | "lon" | "x" | "y" | "w" | "h" => String::new(),
                "status" if route.path.contains("/leads/") => "followed".to_string(),
                "status" => "identified".to_string(),
                "media" => fx.member_id.clone(),
                "text" => format!("lead by {}", account.username),
                "record" => format!("person:{}", fx.records.person),
                "target" => format!("media:{}", fx.member_id),
                "link" => "true".to_string(),
                "picture" => a_picture(fx).display().to_string(),
                // Galleries and exercises (issue 20).
                "title" => format!("gallery of {} ({})", account.username, route.id),
                "opens" => "2020-01-01".to_string(),
                "closes" => "2099-12-31".to_string(),
                "audience" => "public".to_string(),
                "user" => common::SPARE.to_string(),
                "part" => "participant".to_string(),
                "series" => fx.series.clone(),
                "country" => "KH".to_string(),
                "place" => "Phnom Penh".to_string(),
                "objects" => "shop_sign".to_string(),
                "free_text" => "the script of the sign".to_string(),
                "trainee" => "trainee".to_string(),
                "points" => "1".to_string(),
                "country_points" | "place_points" | "object_points" | "wrong_object_penalty" | "free_text_max" => {
                    String::new()
                }
                "expected" => {
                    let item = fx.galleries.blank_for(&account.username, route.id).map_or("1", |b| b.1);
                    format!(r#"[{{"item":{item},"country":"KH","place":"Phnom Penh","objects":["shop_sign"],"solving_lead":"the sign"}}]"#)
                }
                "item" => fx.galleries.blank_for(&account.username, route.id).map_or("1", |b| b.1).to_string(),
                other => panic!("{route:?}: the test does not know what to send as {other}"),
            };
            (p.name, value)
        })
        .chain(exercise_form_fields(route, account, fx))
        .collect()
}

/// The page's form that sets an exercise names its fields after the items
/// (`country-ID`): the known answer of the gallery's one item.
fn exercise_form_fields(route: &Route, account: &common::Account, fx: &Fixture) -> Vec<(&'static str, String)> {
    if route.id != "setExerciseForm" {
        return Vec::new();
    }
    let item = fx.galleries.blank_for(&account.username, route.id).map_or("1", |b| b.1);
    let name = |field: &str| -> &'static str { Box::leak(format!("{field}-{item}").into_boxed_str()) };
    vec![(name("country"), "KH".into()), (name("place"), "Phnom Penh".into()), (name("objects"), "shop_sign".into())]
}

/// A picture of the demo's seizure, to search by.
fn a_picture(fx: &Fixture) -> std::path::PathBuf {
    fn walk(dir: &std::path::Path) -> Option<std::path::PathBuf> {
        let mut entries: Vec<_> = std::fs::read_dir(dir).ok()?.filter_map(Result::ok).map(|e| e.path()).collect();
        entries.sort();
        entries
            .iter()
            .find(|p| p.extension().is_some_and(|e| e == "jpg"))
            .cloned()
            .or_else(|| entries.iter().filter(|p| p.is_dir()).find_map(|p| walk(p)))
    }
    walk(&fx.lab_dir.parent().unwrap().join("seizure")).expect("a JPEG in the demo's seizure")
}

fn targets(route: &Route) -> Vec<Target> {
    if route.path_params().any(|p| p == "case" || p == "key" || p == "gallery") {
        vec![Target::Member, Target::NotMember]
    } else {
        vec![Target::None]
    }
}

/// What the permission table expects of `role` on `route` at `target`.
#[derive(Debug, PartialEq, Eq)]
enum Expect {
    Allowed,
    Forbidden,
    NotFound,
}

fn expect(route: &Route, role: Role, target: Target) -> Expect {
    let Some(action) = route.action else { return Expect::Allowed };
    match reach(role, action) {
        None => Expect::Forbidden,
        Some(Reach::All) => Expect::Allowed,
        Some(Reach::Member) if target == Target::NotMember => Expect::NotFound,
        Some(Reach::Member) => Expect::Allowed,
    }
}

fn check_headers(what: &str, a: &Answer, asset: bool) {
    let h = |name: &str| a.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    assert_eq!(h("content-security-policy"), CSP, "{what}: CSP");
    assert_eq!(h("x-content-type-options"), "nosniff", "{what}");
    assert_eq!(h("referrer-policy"), "no-referrer", "{what}");
    assert_eq!(h("x-frame-options"), "DENY", "{what}");
    if h("content-type") == "image/jpeg" {
        // A masked rendition is kept five minutes by this browser only; a
        // revealed one never (`renditions_are_jpeg_and_a_reveal_is_audited`).
        let cache = h("cache-control");
        assert!(cache == "private, max-age=300" || cache == "no-store", "{what}: {cache}");
    } else if !asset {
        assert_eq!(h("cache-control"), "no-store", "{what}");
    }
    if h("content-type").starts_with("text/html") {
        let body = &a.body;
        for forbidden in
            ["http://", "https://", " style=", "<style", " onclick=", " onload=", " onchange=", " onsubmit="]
        {
            assert!(!body.contains(forbidden), "{what}: the page contains {forbidden:?}");
        }
        for script in body.match_indices("<script") {
            let tag = &body[script.0..body[script.0..].find('>').map(|e| script.0 + e).unwrap_or(body.len())];
            assert!(tag.contains("src=\"/assets/"), "{what}: inline script {tag}");
        }
    }
}

/// Pieces of a picture's bytes, from its middle (entropy-coded data, unlike
/// its headers, that no other file shares).
fn pieces(bytes: &[u8]) -> Vec<&[u8]> {
    assert!(bytes.len() > 1024, "a picture, not {} bytes", bytes.len());
    [4, 2].iter().map(|d| &bytes[bytes.len() / d..bytes.len() / d + 48]).collect()
}

/// Issue 20: a partner, trainee or public account never receives the
/// original, nor a rendition made for a more trusted audience than its
/// role receives (partner: partner, trainee and public renditions;
/// trainee: trainee and public; public: public only), by any route; nor
/// the original of the item whose regions the region routes change.
fn no_more_than_the_audience(what: &str, role: Role, body: &[u8], fx: &Fixture) {
    let b = &fx.galleries.bytes;
    let mut forbidden: Vec<(&str, &[u8])> = match role {
        Role::Partner => vec![("the original", &b.original)],
        Role::Trainee => vec![("the original", &b.original), ("the partner rendition", &b.partner)],
        Role::Public => vec![
            ("the original", &b.original),
            ("the partner rendition", &b.partner),
            ("the trainee rendition", &b.trainee),
        ],
        _ => return,
    };
    forbidden.extend(fx.regions.originals.iter().map(|o| ("an original", o.as_slice())));
    for (name, bytes) in forbidden {
        // Partner and trainee renditions are made the same way (every
        // person region filled): when they are the same bytes, the trainee
        // receiving its own is no leak of the partner's.
        if role == Role::Trainee && *bytes == b.trainee {
            continue;
        }
        for piece in pieces(bytes) {
            assert!(
                !body.windows(piece.len()).any(|w| w == piece),
                "{what}: {name} reached a {} account",
                role.as_str()
            );
        }
    }
}

fn is_success(status: StatusCode) -> bool {
    status.is_success() || status.is_redirection()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_answers_every_role_as_the_permission_table_says() {
    let fx = tokio::task::spawn_blocking(|| common::lab("routes-lab")).await.unwrap();
    let lab = Arc::new(fx.open());
    let app = vilab_server::router(lab.clone(), false);
    let mut tokens = BTreeMap::new();
    for account in &fx.accounts {
        tokens.insert(account.role, login(&app, &account.username, &account.password).await);
    }
    let mut cells = 0;
    for route in ROUTES {
        for account in &fx.accounts {
            let role = account.role;
            for target in targets(route) {
                // A log-out, or the change of one's own password, ends the
                // session: give it one of its own.
                let own;
                let id = route.id.to_lowercase();
                let token = if id.contains("logout") || id.contains("ownpassword") {
                    own = login(&app, &account.username, &account.password).await;
                    own.as_str()
                } else {
                    tokens[&role].as_str()
                };
                let public = !route.kind.needs_session();
                let a = send(
                    &app,
                    Req {
                        method: route.method,
                        uri: uri(route, fx, target, &account.username),
                        token: (!public).then_some(token),
                        csrf: (!public).then(|| csrf_token(token)),
                        body: body_of(route, account, fx),
                        json: route.kind.is_json(),
                        peer: "127.0.0.1",
                    },
                )
                .await;
                if id.contains("ownpassword") {
                    // Every session of the account ended, the shared one too.
                    tokens.insert(role, login(&app, &account.username, &account.password).await);
                }
                let what = format!("{route:?} as {} on {target:?}: {} {}", role.as_str(), a.status, a.body);
                check_headers(&what, &a, route.kind == Kind::Asset);
                no_more_than_the_audience(&what, role, &a.bytes, fx);
                if route.id == "galleryItemImage"
                    && target == Target::Member
                    && expect(route, role, target) == Expect::Allowed
                {
                    // The check above is not vacuous: the gallery's picture
                    // is the public crop, byte for byte.
                    assert!(a.bytes == fx.galleries.bytes.public, "{what}: the public crop");
                }
                cells += 1;
                match expect(route, role, target) {
                    Expect::Allowed => {
                        assert!(is_success(a.status), "{what}: expected 2xx or 3xx");
                        if route.id == "getAudienceRendition" {
                            assert_eq!(a.bytes, fx.regions.public.1, "{what}: the approved crop, as made");
                        }
                        if route.kind.is_json() && route.id != "openapi" && route.tag != "renditions" {
                            assert!(a.body.starts_with("{\"shape\":\"vilab."), "{what}: the shape's name first");
                        }
                    }
                    Expect::Forbidden => {
                        assert_eq!(a.status, StatusCode::FORBIDDEN, "{what}");
                        if route.kind.is_json() {
                            assert_eq!(a.json()["code"], "permission_denied", "{what}");
                        }
                    }
                    Expect::NotFound => {
                        // A member-limited role is told a case (or item) it
                        // is no member of does not exist: no leak.
                        assert_eq!(a.status, StatusCode::NOT_FOUND, "{what}");
                        if route.kind.is_json() {
                            let code = a.json()["code"].as_str().unwrap_or("").to_string();
                            assert!(
                                code == "case_not_found" || code == "media_not_found" || code == "gallery_not_found",
                                "{what}"
                            );
                        }
                    }
                }
            }
        }
    }
    // Every route, role and membership.
    assert!(cells >= ROUTES.len() * Role::ALL.len());
    each_audience_s_gallery_gives_its_own_rendition_and_nothing_more_trusted(&app, fx).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_session_pages_go_to_login_and_the_api_says_401_and_changes_need_the_csrf_token() {
    let fx = tokio::task::spawn_blocking(|| common::lab("routes-lab")).await.unwrap();
    let lab = Arc::new(fx.open());
    let app = vilab_server::router(lab, false);
    let analyst = fx.account(Role::Analyst);
    let token = login(&app, &analyst.username, &analyst.password).await;
    for route in ROUTES.iter().filter(|r| r.kind.needs_session()) {
        let target = targets(route)[0];
        let base = || Req {
            method: route.method,
            uri: uri(route, fx, target, &analyst.username),
            token: None,
            csrf: None,
            body: body_of(route, analyst, fx),
            json: route.kind.is_json(),
            peer: "127.0.0.1",
        };
        let a = send(&app, base()).await;
        let what = format!("{route:?} without a session: {} {}", a.status, a.body);
        check_headers(&what, &a, false);
        if route.kind == Kind::Api {
            assert_eq!(a.status, StatusCode::UNAUTHORIZED, "{what}");
            assert_eq!(a.json()["code"], "not_logged_in", "{what}");
            assert!(a.json()["message"].as_str().is_some_and(|m| !m.is_empty()), "{what}");
        } else {
            assert_eq!(a.status, StatusCode::SEE_OTHER, "{what}");
            let to = a.headers.get(header::LOCATION).unwrap().to_str().unwrap();
            assert!(to.starts_with("/login?next="), "{what}: {to}");
        }
        // An ended session is no session.
        let a = send(&app, Req { token: Some("0".repeat(64).as_str()), ..base() }).await;
        if route.method == Method::Get {
            let what = format!("{route:?} with an unknown token: {} {}", a.status, a.body);
            if route.kind == Kind::Api {
                assert_eq!(a.json()["code"], "session_ended", "{what}");
            } else {
                assert_eq!(a.status, StatusCode::SEE_OTHER, "{what}");
            }
        }
        if route.method == Method::Post {
            // With a session but without its token, or with another's.
            for csrf in [None, Some(csrf_token("another session")), Some(String::new())] {
                let a = send(&app, Req { token: Some(&token), csrf: csrf.clone(), ..base() }).await;
                let what = format!("{route:?} with CSRF {csrf:?}: {} {}", a.status, a.body);
                check_headers(&what, &a, false);
                assert_eq!(a.status, StatusCode::FORBIDDEN, "{what}");
                if route.kind.is_json() {
                    assert_eq!(a.json()["code"], "csrf_failed", "{what}");
                }
            }
        }
    }
    // The token as a form field works as well as the header.
    let mut form = Req {
        method: Method::Post,
        uri: "/settings/lang".into(),
        token: Some(&token),
        csrf: None,
        body: vec![("lang", "th".into()), ("next", "/cases".into()), ("csrf", csrf_token(&token))],
        json: false,
        peer: "127.0.0.1",
    };
    let a = send(&app, form).await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    assert_eq!(a.headers.get(header::LOCATION).unwrap(), "/cases");
    let cookie = a.headers.get(header::SET_COOKIE).unwrap().to_str().unwrap();
    assert!(cookie.starts_with("vilab_lang=th;"), "{cookie}");
    // A change from another site is refused even with the token.
    form = Req {
        method: Method::Post,
        uri: "/api/settings/lang".into(),
        token: Some(&token),
        csrf: Some(csrf_token(&token)),
        body: vec![("lang", "th".into())],
        json: true,
        peer: "127.0.0.1",
    };
    let mut request = Request::post(&form.uri)
        .header(header::HOST, "127.0.0.1:8080")
        .header(header::COOKIE, format!("vilab_session={token}"))
        .header("x-csrf-token", csrf_token(&token))
        .header("origin", "http://evil.example")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(r#"{"lang":"th"}"#))
        .unwrap();
    request.extensions_mut().insert(ConnectInfo("127.0.0.1:1".parse::<SocketAddr>().unwrap()));
    let response = app.clone().oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let a = send(&app, form).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_paths_and_methods_answer_in_the_routes_kind_and_the_api_speaks_the_readers_language() {
    let fx = tokio::task::spawn_blocking(|| common::lab("routes-lab")).await.unwrap();
    let lab = Arc::new(fx.open());
    let app = vilab_server::router(lab, false);
    let get = |uri: &str| Req {
        method: Method::Get,
        uri: uri.into(),
        token: None,
        csrf: None,
        body: vec![],
        json: false,
        peer: "127.0.0.1",
    };
    let a = send(&app, get("/api/nothing-here")).await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
    assert_eq!(a.json()["code"], "no_route");
    check_headers("no route", &a, false);
    let a = send(&app, get("/nothing-here")).await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
    assert!(a.headers[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/html"));
    check_headers("no route (page)", &a, false);
    let a = send(&app, Req { method: Method::Post, ..get("/api/cases") }).await;
    assert_eq!(a.status, StatusCode::METHOD_NOT_ALLOWED, "{}", a.body);
    assert_eq!(a.json()["code"], "method_not_allowed");
    let a = send(&app, get("/assets/nothing.css")).await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
    // Every route of the table is routed (none falls to the fallback).
    for route in ROUTES {
        let a = send(&app, Req { method: route.method, ..get(&uri(route, fx, targets(route)[0], "analyst")) }).await;
        assert_ne!(a.json()["code"], "no_route", "{route:?} is not routed");
        assert_ne!(a.status, StatusCode::METHOD_NOT_ALLOWED, "{route:?} is not routed for its method");
    }
    // Errors in the reader's language.
    let analyst = fx.account(Role::Analyst);
    let token = login(&app, &analyst.username, &analyst.password).await;
    let mut request = Request::get("/api/cases/NO-SUCH-CASE")
        .header(header::COOKIE, format!("vilab_session={token}; vilab_lang=vi"))
        .body(Body::empty())
        .unwrap();
    request.extensions_mut().insert(ConnectInfo("127.0.0.1:1".parse::<SocketAddr>().unwrap()));
    let response = app.clone().oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let body: serde_json::Value =
        serde_json::from_slice(&axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap()).unwrap();
    assert_eq!(body["code"], "case_not_found");
    assert_eq!(body["params"]["case"], "NO-SUCH-CASE");
    assert!(body["message"].as_str().unwrap().contains("Không có vụ án"), "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn log_in_gives_one_answer_to_unknown_and_wrong_and_throttles() {
    let fx = tokio::task::spawn_blocking(|| common::lab("routes-lab")).await.unwrap();
    let lab = Arc::new(fx.open());
    let app = vilab_server::router(lab, false);
    let attempt = |username: &str, password: &str, peer: &'static str| Req {
        method: Method::Post,
        uri: "/api/login".into(),
        token: None,
        csrf: None,
        body: vec![("username", username.to_string()), ("password", password.to_string())],
        json: true,
        peer,
    };
    let unknown = send(&app, attempt("nobody-at-all", "whatever-password", "10.0.0.1")).await;
    let wrong = send(&app, attempt("trainer", "not-the-password", "10.0.0.2")).await;
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    assert_eq!(unknown.status, wrong.status);
    assert_eq!(unknown.json(), wrong.json(), "the same answer for an unknown account and a wrong password");
    assert_eq!(unknown.json()["code"], "login_failed");
    // The page says the same words.
    let page = send(&app, Req { uri: "/login".into(), json: false, ..attempt("nobody-at-all", "x", "10.0.0.3") }).await;
    assert_eq!(page.status, StatusCode::UNAUTHORIZED);
    assert!(page.body.contains(unknown.json()["message"].as_str().unwrap()), "{}", page.body);
    // After three failures for one name, the next try must wait 1 s, then
    // 2, 4, ...: on a slow machine a try may come after its wait, so try on
    // until one comes within it (the waits double; 8 tries are plenty).
    let mut throttled = None;
    for _ in 0..8 {
        let a = send(&app, attempt("guess-me", "wrong-password", "10.0.0.4")).await;
        if a.status != StatusCode::UNAUTHORIZED {
            throttled = Some(a);
            break;
        }
    }
    let throttled = throttled.expect("log-in is throttled after repeated failures");
    assert_eq!(throttled.status, StatusCode::TOO_MANY_REQUESTS, "{}", throttled.body);
    assert_eq!(throttled.json()["code"], "login_throttled");
    // The API's log-in gives the CSRF token of its session.
    let analyst = fx.account(Role::Analyst);
    let ok = send(&app, attempt(&analyst.username, &analyst.password, "10.0.0.5")).await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    let cookie = ok.headers.get(header::SET_COOKIE).unwrap().to_str().unwrap();
    let token = cookie.split(';').next().unwrap().strip_prefix("vilab_session=").unwrap();
    assert_eq!(ok.json()["csrf"], csrf_token(token));
    assert_eq!(ok.json()["role"], "analyst");
}

#[test]
fn the_router_is_built_from_the_table_alone() {
    // `router` adds routes only in its loop over ROUTES: one `.route(` call
    // in the crate, in lib.rs.
    let src = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
    let mut calls = Vec::new();
    for entry in std::fs::read_dir(src).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        for (i, line) in text.lines().enumerate() {
            if line.contains(".route(") || line.contains(".nest(") || line.contains(".route_service(") {
                calls.push(format!("{}:{}: {}", path.display(), i + 1, line.trim()));
            }
        }
    }
    assert_eq!(calls.len(), 1, "routes are added only from the table: {calls:#?}");
    assert!(calls[0].contains("lib.rs"), "{calls:?}");
    // Every permission the pages and the API need is an action of the table.
    let used: std::collections::BTreeSet<Action> = ROUTES.iter().filter_map(|r| r.action).collect();
    assert!(used.contains(&Action::CaseView) && used.contains(&Action::AuditVerify));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn renditions_are_jpeg_and_a_reveal_is_audited() {
    let fx = tokio::task::spawn_blocking(|| common::lab("routes-lab")).await.unwrap();
    let lab = Arc::new(fx.open());
    let app = vilab_server::router(lab, false);
    let analyst = fx.account(Role::Analyst);
    let token = login(&app, &analyst.username, &analyst.password).await;
    let get = |uri: String, token: String| {
        let app = app.clone();
        async move {
            send(
                &app,
                Req {
                    method: Method::Get,
                    uri,
                    token: Some(&token),
                    csrf: None,
                    body: Vec::new(),
                    json: true,
                    peer: "127.0.0.1",
                },
            )
            .await
        }
    };
    let h = |a: &Answer, name: &str| a.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    // Masked: a JPEG the browser may keep five minutes, for itself only.
    let a = get(format!("/api/media/{}/rendition", fx.member_id), token.clone()).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert_eq!(h(&a, "content-type"), "image/jpeg");
    assert_eq!(h(&a, "cache-control"), "private, max-age=300");
    // A key that names nothing is not found.
    let a = get("/api/media/zz-not-a-key/rendition".into(), token.clone()).await;
    assert_eq!(a.status, StatusCode::NOT_FOUND, "{}", a.body);
    assert_eq!(a.json()["code"], "media_not_found");
    // Revealed: never kept, and audited.
    let a = get(format!("/api/media/{}/reveal", fx.member_item), token.clone()).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert_eq!(h(&a, "content-type"), "image/jpeg");
    assert_eq!(h(&a, "cache-control"), "no-store");
    let auditor = fx.account(Role::Auditor);
    let auditor_token = login(&app, &auditor.username, &auditor.password).await;
    let a = get("/api/audit?action=media.reveal&actor=analyst".into(), auditor_token).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    let records = a.json()["records"].as_array().cloned().unwrap_or_default();
    assert!(!records.is_empty(), "the reveal is in the audit log: {}", a.body);
    // A bad filter value is refused with a code naming its field.
    let a = get(format!("/api/cases/{}/review?limit=5000", fx.case), token.clone()).await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.body);
    assert_eq!(a.json()["code"], "value_out_of_range");
    assert_eq!(a.json()["params"]["field"], "limit");
    let a = get(format!("/api/cases/{}/review?gps=maybe", fx.case), token.clone()).await;
    assert_eq!(a.json()["code"], "invalid_input");
    assert_eq!(a.json()["params"]["field"], "gps");
    // A page of the grid, and the next one from its cursor.
    let a = get(format!("/api/cases/{}/review?limit=2", fx.case), token.clone()).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    let page = a.json();
    assert_eq!(page["items"].as_array().map(Vec::len), Some(2), "{}", a.body);
    let next = page["next"]["media"].as_i64().expect("a next page");
    let a = get(format!("/api/cases/{}/review?limit=2&after={next}", fx.case), token).await;
    let first = a.json()["items"][0]["media"].as_i64().unwrap();
    assert!(first > next, "{}", a.body);
}

/// Records beside the media over the JSON API: a lead pinned to a
/// rectangle of an item round-trips through its status and owner, and a
/// Thai word inside the lead's sentence (written without spaces) finds it,
/// from the API and from the leads page's search box.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lead_round_trips_over_the_api_and_a_thai_word_finds_it() {
    let fx = tokio::task::spawn_blocking(|| common::lab("routes-lab")).await.unwrap();
    let lab = Arc::new(fx.open());
    let app = vilab_server::router(lab.clone(), false);
    let analyst = fx.account(Role::Analyst);
    let token = login(&app, &analyst.username, &analyst.password).await;
    let api = |method, uri: String, body: Vec<(&'static str, String)>| Req {
        method,
        uri,
        token: Some(token.as_str()),
        csrf: Some(csrf_token(&token)),
        body,
        json: true,
        peer: "127.0.0.1",
    };
    let case = &fx.case;
    // "The child wears a red student uniform".
    let sentence = "เด็กสวมชุดนักเรียนสีแดง";
    let body = vec![
        ("media", fx.member_id.clone()),
        ("text", sentence.to_string()),
        ("x", "1".into()),
        ("y", "2".into()),
        ("w", "3".into()),
        ("h", "4".into()),
        ("owner", "investigator".into()),
    ];
    let created = send(&app, api(Method::Post, format!("/api/cases/{case}/leads"), body)).await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.body);
    let lead = created.json();
    assert_eq!(lead["shape"], "vilab.lead/1");
    assert_eq!(lead["lead"]["rect"], serde_json::json!({ "x": 1, "y": 2, "w": 3, "h": 4 }));
    assert_eq!(lead["lead"]["status"], "open");
    let id = lead["lead"]["id"].as_i64().unwrap();

    let body = vec![("status", "followed".to_string()), ("owner", "investigator".to_string())];
    let followed = send(&app, api(Method::Post, format!("/api/cases/{case}/leads/{id}/status"), body)).await;
    assert_eq!(followed.status, StatusCode::OK, "{}", followed.body);
    let got = send(&app, api(Method::Get, format!("/api/cases/{case}/leads/{id}"), vec![])).await.json();
    assert_eq!(got["lead"]["status"], "followed");
    assert_eq!(got["history"].as_array().unwrap().len(), 2, "{got}");
    let owner = got["lead"]["owner"].as_i64().unwrap().to_string();
    assert_eq!(got["accounts"][&owner], "investigator");
    let bad = vec![("status", "done".to_string())];
    let refused = send(&app, api(Method::Post, format!("/api/cases/{case}/leads/{id}/status"), bad)).await;
    assert_eq!((refused.status, refused.json()["params"]["field"].clone()), (StatusCode::BAD_REQUEST, "status".into()));

    let word: String = form_urlencoded::byte_serialize("นักเรียน".as_bytes()).collect();
    let found = send(&app, api(Method::Get, format!("/api/cases/{case}/search?q={word}"), vec![])).await.json();
    assert_eq!(found["shape"], "vilab.record-search/1");
    let hits = found["hits"].as_array().unwrap();
    assert!(hits.iter().any(|h| h["kind"] == "lead" && h["id"] == id), "{found}");
    let page =
        send(&app, Req { json: false, ..api(Method::Get, format!("/cases/{case}/leads?q={word}"), vec![]) }).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(sentence), "the leads page shows what the search box found");

    // The auditor reads the audit trail, not the records.
    let auditor = fx.account(Role::Auditor);
    let token = login(&app, &auditor.username, &auditor.password).await;
    let denied = send(
        &app,
        Req {
            method: Method::Get,
            uri: format!("/api/cases/{case}/search?q={word}"),
            token: Some(&token),
            csrf: None,
            body: vec![],
            json: true,
            peer: "127.0.0.1",
        },
    )
    .await;
    assert_eq!(denied.status, StatusCode::FORBIDDEN);
}

/// Issue 20 (a part of `every_route_answers_every_role_as_the_permission_table_says`,
/// run after its cells: a test of its own would run beside the cells that
/// end the accounts' sessions): in a partner gallery and in a trainee
/// gallery of the same item, every route that names a gallery answers a
/// partner, trainee or public account with nothing more trusted than its
/// role receives, and the gallery's picture is exactly the rendition made
/// for its audience.
async fn each_audience_s_gallery_gives_its_own_rendition_and_nothing_more_trusted(app: &Router, fx: &Fixture) {
    let app = app.clone();
    let b = &fx.galleries.bytes;
    let mut pictures = 0;
    for (audience, gallery, item, image) in &fx.galleries.by_audience {
        let own = if audience == "partner" { &b.partner } else { &b.trainee };
        for role in [Role::Partner, Role::Trainee, Role::Public] {
            let account = fx.account(role);
            let token = login(&app, &account.username, &account.password).await;
            for route in ROUTES.iter().filter(|r| r.path.contains("{gallery}") && r.method == Method::Get) {
                let uri = route.path.replace("{gallery}", gallery).replace("{item}", item).replace("{image}", image);
                let a = send(
                    &app,
                    Req {
                        method: Method::Get,
                        uri,
                        token: Some(&token),
                        csrf: None,
                        body: vec![],
                        json: route.kind.is_json(),
                        peer: "127.0.0.1",
                    },
                )
                .await;
                let what = format!("{route:?} of the {audience} gallery as {}: {}", role.as_str(), a.status);
                no_more_than_the_audience(&what, role, &a.bytes, fx);
                let member = role == Role::Partner || (role == Role::Trainee && audience == "trainee");
                if route.id == "galleryItemImage" {
                    if member {
                        assert!(a.status == StatusCode::OK && a.bytes == *own, "{what}: the {audience} rendition");
                        pictures += 1;
                    } else {
                        assert_eq!(a.status, StatusCode::NOT_FOUND, "{what}: not a member");
                    }
                }
            }
        }
    }
    // The partner in both galleries, the trainee in its own.
    assert_eq!(pictures, 3);
}
