//! The review lab's pages through the router: the language kept per
//! account, the series, camera, settings and media pages, each checked for
//! what it shows and what it changes.

mod common;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Request, StatusCode, header};
use tower::ServiceExt as _;
use vilab_lab::Role;
use vilab_lab::ops::accounts::NewUser;
use vilab_server::csrf_token;

/// An answer.
struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: String,
}

impl Answer {
    fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or(serde_json::Value::Null)
    }

    /// The value a `Set-Cookie` of the answer gives `name`.
    fn cookie(&self, name: &str) -> Option<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .filter_map(|v| v.split(';').next()?.split_once('='))
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_string())
    }

    /// The page's `<html lang>`.
    fn page_lang(&self) -> String {
        let at = self.body.find("<html lang=\"").map(|i| i + 12).expect("an HTML page");
        self.body[at..].split('"').next().unwrap().to_string()
    }
}

/// Sends a request with these cookies; a POST carries `form` as a form,
/// with the session's CSRF token.
async fn send(app: &Router, method: &str, uri: &str, cookies: &[(&str, &str)], form: &[(&str, &str)]) -> Answer {
    let mut builder = Request::builder().method(method).uri(uri).header(header::HOST, "127.0.0.1:8080");
    if !cookies.is_empty() {
        let text: Vec<String> = cookies.iter().map(|(k, v)| format!("{k}={v}")).collect();
        builder = builder.header(header::COOKIE, text.join("; "));
    }
    let body = if method == "POST" {
        let mut fields: Vec<(String, String)> = form.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        if let Some((_, token)) = cookies.iter().find(|(k, _)| *k == "vilab_session") {
            fields.push(("csrf".into(), csrf_token(token)));
        }
        builder = builder.header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        Body::from(form_urlencoded::Serializer::new(String::new()).extend_pairs(fields).finish())
    } else {
        Body::empty()
    };
    let mut request = builder.body(body).unwrap();
    request.extensions_mut().insert(ConnectInfo("127.0.0.1:50000".parse::<SocketAddr>().unwrap()));
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap();
    Answer { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
}

/// The lab, the router, and a session token of a fresh account of `role`
/// (a member of the demo case) named `username`, made for one test so
/// that no other test changes its settings.
async fn setup(username: &'static str, role: Role) -> (Router, &'static common::Fixture, String) {
    let fx = tokio::task::spawn_blocking(|| common::lab("pages-lab")).await.unwrap();
    let lab = Arc::new(fx.open());
    let admin = fx.account(Role::Admin);
    let (lab2, case) = (lab.clone(), fx.case.clone());
    let password = admin.password.clone();
    tokio::task::spawn_blocking(move || {
        let admin = lab2.authenticate("admin", &password, "test").unwrap();
        let cases = [case];
        admin.add_user(&NewUser { username, role, password: "a long pass phrase", cases: &cases }).unwrap();
    })
    .await
    .unwrap();
    let app = vilab_server::router(lab, false);
    let a = send(&app, "POST", "/login", &[], &[("username", username), ("password", "a long pass phrase")]).await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    let token = a.cookie("vilab_session").expect("a session cookie");
    (app, fx, token)
}

/// Persons and locations edited in the pages, and linked to a series from
/// its page and to an item from its page, then unlinked on the records page.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn records_are_edited_and_linked_to_series_and_items_in_the_pages() {
    let (app, fx, token) = setup("record-editor", Role::Investigator).await;
    let me = [("vilab_session", token.as_str())];
    let records = format!("/cases/{}/records", fx.case);
    let api = format!("/api/cases/{}/records", fx.case);
    let a = send(
        &app,
        "POST",
        &format!("/cases/{}/persons", fx.case),
        &me,
        &[("kind", "victim"), ("label", "boy in red"), ("next", &records)],
    )
    .await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    let a =
        send(&app, "POST", &format!("/cases/{}/locations", fx.case), &me, &[("label", "kitchen"), ("next", &records)])
            .await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    let all = send(&app, "GET", &api, &me, &[]).await.json();
    let id_of = |list: &str, label: &str| -> i64 {
        all[list].as_array().unwrap().iter().find(|r| r["label"] == label).unwrap()["id"].as_i64().unwrap()
    };
    let (person, place) = (id_of("victims", "boy in red"), id_of("locations", "kitchen"));
    let page = send(&app, "GET", &records, &me, &[]).await;
    assert!(page.body.contains(&format!("action=\"/cases/{}/persons/{person}/edit\"", fx.case)), "{}", page.body);
    // Edited in the records page's forms.
    let a = send(
        &app,
        "POST",
        &format!("/cases/{}/persons/{person}/edit", fx.case),
        &me,
        &[("label", "boy in a red shirt"), ("notes", "seen twice"), ("next", &records)],
    )
    .await;
    assert_eq!((a.status, location(&a)), (StatusCode::SEE_OTHER, records.clone()), "{}", a.body);
    let a = send(
        &app,
        "POST",
        &format!("/cases/{}/locations/{place}/edit", fx.case),
        &me,
        &[("label", "kitchen"), ("lat", "13.75"), ("lon", "100.5"), ("description", "tiled wall"), ("next", &records)],
    )
    .await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    let all = send(&app, "GET", &api, &me, &[]).await.json();
    let p = all["victims"].as_array().unwrap().iter().find(|r| r["id"].as_i64() == Some(person)).unwrap().clone();
    assert_eq!((p["label"].as_str(), p["notes"].as_str()), (Some("boy in a red shirt"), Some("seen twice")));
    let l = all["locations"].as_array().unwrap().iter().find(|r| r["id"].as_i64() == Some(place)).unwrap().clone();
    assert_eq!(
        (l["lat"].as_f64(), l["lon"].as_f64(), l["description"].as_str()),
        (Some(13.75), Some(100.5), Some("tiled wall"))
    );
    // A record made as the wrong kind is corrected in its form; its label stays.
    let edit_person = format!("/cases/{}/persons/{person}/edit", fx.case);
    let fields = [("kind", "offender"), ("label", "boy in a red shirt"), ("next", records.as_str())];
    let a = send(&app, "POST", &edit_person, &me, &fields).await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    let all = send(&app, "GET", &api, &me, &[]).await.json();
    assert!(all["offenders"].as_array().unwrap().iter().any(|r| r["id"].as_i64() == Some(person)), "{all}");
    assert!(!all["victims"].as_array().unwrap().iter().any(|r| r["id"].as_i64() == Some(person)), "{all}");
    // A safeguarded victim cannot become an offender's record.
    let fields = [("kind", "victim"), ("label", "boy in a red shirt")];
    assert_eq!(send(&app, "POST", &edit_person, &me, &fields).await.status, StatusCode::SEE_OTHER);
    let status = format!("/api/cases/{}/persons/{person}/status", fx.case);
    assert_eq!(send(&app, "POST", &status, &me, &[("status", "safeguarded")]).await.status, StatusCode::OK);
    let api_person = format!("/api/cases/{}/persons/{person}", fx.case);
    let refused = send(&app, "POST", &api_person, &me, &[("kind", "offender"), ("label", "x")]).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{}", refused.body);
    assert!(refused.body.contains("kind"), "the refusal names the field: {}", refused.body);
    let kept = send(&app, "GET", &api_person, &me, &[]).await.json();
    let kept = &kept["person"];
    assert_eq!((kept["kind"].as_str(), kept["label"].as_str()), (Some("victim"), Some("boy in a red shirt")), "{kept}");
    // A bad latitude is refused, naming the field.
    let a = send(
        &app,
        "POST",
        &format!("/cases/{}/locations/{place}/edit", fx.case),
        &me,
        &[("label", "kitchen"), ("lat", "95"), ("lon", "100.5")],
    )
    .await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.body);
    // Linked from the series' page and the item's page.
    let series_page = format!("/cases/{}/series/{}", fx.case, fx.series);
    let a = send(&app, "GET", &series_page, &me, &[]).await;
    assert!(a.body.contains(&format!("value=\"person:{person}\"")), "the series page offers the person: {}", a.body);
    let a = send(
        &app,
        "POST",
        &format!("/cases/{}/links", fx.case),
        &me,
        &[
            ("record", &format!("person:{person}")),
            ("target", &format!("series:{}", fx.series)),
            ("next", &series_page),
        ],
    )
    .await;
    assert_eq!((a.status, location(&a)), (StatusCode::SEE_OTHER, series_page.clone()), "{}", a.body);
    let a = send(&app, "GET", &series_page, &me, &[]).await;
    let linked = a.body.split("linked-records").nth(1).unwrap_or("");
    assert!(linked.contains("boy in a red shirt") && linked.contains("Unlink"), "{}", a.body);
    let item_page = format!("/media/%23{}", fx.member_id);
    let a = send(
        &app,
        "POST",
        &format!("/cases/{}/links", fx.case),
        &me,
        &[
            ("record", &format!("location:{place}")),
            ("target", &format!("media:{}", fx.member_id)),
            ("next", &item_page),
        ],
    )
    .await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    let a = send(&app, "GET", &item_page, &me, &[]).await;
    assert!(a.body.split("linked-records").nth(1).unwrap_or("").contains("kitchen"), "{}", a.body);
    // Unlinked on the records page: the series keeps no link.
    let a = send(
        &app,
        "POST",
        &format!("/cases/{}/links", fx.case),
        &me,
        &[
            ("record", &format!("person:{person}")),
            ("target", &format!("series:{}", fx.series)),
            ("link", "false"),
            ("next", &records),
        ],
    )
    .await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    let all = send(&app, "GET", &api, &me, &[]).await.json();
    let p = all["victims"].as_array().unwrap().iter().find(|r| r["id"].as_i64() == Some(person)).unwrap().clone();
    assert_eq!(p["links"]["series"].as_array().map(Vec::len), Some(0), "{p}");
    let l = all["locations"].as_array().unwrap().iter().find(|r| r["id"].as_i64() == Some(place)).unwrap().clone();
    assert_eq!(l["links"]["media"][0].to_string(), fx.member_id, "{l}");
}

/// A series of the demo case linked to one of the linked case from its
/// page, shown with the note to a member of both cases, not even hinted at
/// to a member of the demo case only, then unlinked.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_series_is_linked_across_cases_shown_only_to_members_of_both_and_unlinked() {
    let (app, fx, outsider) = setup("link-outsider", Role::Analyst).await;
    let analyst = fx.account(Role::Analyst);
    let a =
        send(&app, "POST", "/login", &[], &[("username", &analyst.username), ("password", &analyst.password)]).await;
    let token = a.cookie("vilab_session").expect("a session cookie");
    let me = [("vilab_session", token.as_str())];
    let page = format!("/cases/{}/series/{}", fx.case, fx.series);
    let a = send(&app, "GET", &page, &me, &[]).await;
    assert!(a.body.contains("id=\"series-links-none\""), "{}", a.body);
    let a =
        send(&app, "POST", &format!("{page}/link"), &me, &[("with", &fx.linked_series), ("note", "same room")]).await;
    assert_eq!((a.status, location(&a)), (StatusCode::SEE_OTHER, page.clone()), "{}", a.body);
    let a = send(&app, "GET", &page, &me, &[]).await;
    for shown in ["id=\"linked-series\"", "fixture linked", common::LINKED_CASE, "same room", "Unlink"] {
        assert!(a.body.contains(shown), "{shown}: {}", a.body);
    }
    let api = send(&app, "GET", &format!("/api/cases/{}/series/{}/links", fx.case, fx.series), &me, &[]).await.json();
    assert_eq!(api["links"][0]["case"], common::LINKED_CASE, "{api}");
    assert_eq!(api["links"][0]["note"], "same room", "{api}");
    // A member of the demo case only sees no trace of the other case, and
    // linking to its series is "not found".
    let them = [("vilab_session", outsider.as_str())];
    let a = send(&app, "GET", &page, &them, &[]).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert!(a.body.contains("id=\"series-links-none\""), "{}", a.body);
    for hidden in ["fixture linked", common::LINKED_CASE, "same room"] {
        assert!(!a.body.contains(hidden), "{hidden} leaks to a non-member");
    }
    let api = send(&app, "GET", &format!("/api/cases/{}/series/{}/links", fx.case, fx.series), &them, &[]).await.json();
    assert_eq!(api["links"].as_array().map(Vec::len), Some(0), "{api}");
    let a = send(&app, "POST", &format!("{page}/link"), &them, &[("with", &fx.linked_series), ("link", "false")]).await;
    assert_eq!(a.status, StatusCode::NOT_FOUND, "{}", a.body);
    // Unlinked by the member of both: gone from the page.
    let a = send(&app, "POST", &format!("{page}/link"), &me, &[("with", &fx.linked_series), ("link", "false")]).await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    let a = send(&app, "GET", &page, &me, &[]).await;
    assert!(a.body.contains("id=\"series-links-none\"") && !a.body.contains("fixture linked"), "{}", a.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_language_is_kept_per_account_and_followed_on_every_page_after_log_in() {
    let (app, fx, token) = setup("polyglot", Role::Investigator).await;
    // Before log-in, the cookie chosen on the log-in page.
    let a = send(&app, "GET", "/login?lang=th", &[], &[]).await;
    assert_eq!(a.cookie("vilab_lang").as_deref(), Some("th"));
    assert_eq!(a.page_lang(), "th");
    // An account that chose nothing reads the cookie's language.
    let a = send(&app, "GET", "/", &[("vilab_session", &token), ("vilab_lang", "th")], &[]).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert_eq!(a.page_lang(), "th");
    // The switcher keeps the choice in the account (and the cookie).
    let a =
        send(&app, "POST", "/settings/lang", &[("vilab_session", &token)], &[("lang", "km"), ("next", "/cases")]).await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    assert_eq!(a.cookie("vilab_lang").as_deref(), Some("km"));
    // Another browser, whose cookie says English: the account's Khmer wins
    // on every page.
    let case_page = format!("/cases/{}", fx.case);
    for uri in ["/", "/cases", case_page.as_str()] {
        let a = send(&app, "GET", uri, &[("vilab_session", &token), ("vilab_lang", "en")], &[]).await;
        assert_eq!(a.status, StatusCode::OK, "{uri}: {}", a.body);
        assert_eq!(a.page_lang(), "km", "{uri}");
        assert!(a.body.contains("aria-pressed=\"true\">ភាសាខ្មែរ"), "{uri}: the switcher shows Khmer chosen");
    }
    let a = send(&app, "GET", "/api/session", &[("vilab_session", &token), ("vilab_lang", "en")], &[]).await;
    assert_eq!(a.json()["lang"], "km", "{}", a.body);
    let a = send(&app, "GET", "/api/settings", &[("vilab_session", &token)], &[]).await;
    assert_eq!(a.json()["settings"]["lang"], "km", "{}", a.body);
    // A new log-in, in a browser with no cookie, sets the language cookie
    // to the account's.
    let a = send(&app, "POST", "/login", &[], &[("username", "polyglot"), ("password", "a long pass phrase")]).await;
    assert_eq!(a.cookie("vilab_lang").as_deref(), Some("km"));
    // A language vilab does not speak is refused, naming the field.
    let a = send(&app, "POST", "/settings/lang", &[("vilab_session", &token)], &[("lang", "xx")]).await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.body);
}

/// The path a redirect leads to.
fn location(a: &Answer) -> String {
    a.headers.get(header::LOCATION).and_then(|v| v.to_str().ok()).unwrap_or("").to_string()
}

/// Every `href` of a page that starts with `prefix`, `&amp;` read as `&`.
fn links(body: &str, prefix: &str) -> Vec<String> {
    body.match_indices(&format!("href=\"{prefix}"))
        .map(|(i, _)| body[i + 6..].split('"').next().unwrap().replace("&amp;", "&"))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_series_is_made_from_items_grown_by_find_similar_renamed_and_merged() {
    let (app, fx, token) = setup("series-maker", Role::Analyst).await;
    let me = [("vilab_session", token.as_str())];
    let base = format!("/cases/{}/series", fx.case);
    // The grid's first hundred items as a selection (among them, pictures
    // whose re-encoded copies lie further on in the demo's seizure).
    let grid = send(&app, "GET", &format!("/api/cases/{}/review?limit=100", fx.case), &me, &[]).await.json();
    let selection: Vec<String> =
        grid["items"].as_array().unwrap().iter().map(|r| r["media"].as_i64().unwrap().to_string()).collect();
    assert!(selection.contains(&fx.member_id));
    let a = send(&app, "POST", &base, &me, &[("name", "beach"), ("items", &selection.join(","))]).await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    let page = location(&a);
    assert!(page.starts_with(&format!("{base}/")), "{page}");
    let a = send(&app, "GET", &page, &me, &[]).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert!(a.body.contains("Series: beach"), "{}", a.body);
    assert!(a.body.contains(&format!("data-media=\"{}\"", fx.member_id)), "the member is a tile");
    assert!(a.body.contains(&format!("/api/media/{}/rendition", fx.member_id)), "drawn masked");
    // Find similar at the widest radius: every other picture of the case is
    // a candidate, ticked, with its distance; adding them grows the series.
    let a = send(&app, "GET", &format!("{page}?radius=64"), &me, &[]).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert!(a.body.contains("id=\"similar\""), "candidates within 64: {}", a.body);
    let ticked: Vec<String> = a
        .body
        .match_indices("name=\"items\" value=\"")
        .map(|(i, _)| a.body[i + 20..].split('"').next().unwrap().to_string())
        .collect();
    assert!(!ticked.is_empty() && !ticked.iter().any(|t| selection.contains(t)), "{ticked:?}");
    let add: Vec<(&str, &str)> = ticked.iter().take(2).map(|t| ("items", t.as_str())).collect();
    let a = send(&app, "POST", &format!("{page}/add"), &me, &add).await;
    assert_eq!((a.status, location(&a)), (StatusCode::SEE_OTHER, page.clone()), "{}", a.body);
    let a = send(&app, "GET", &page, &me, &[]).await;
    for t in ticked.iter().take(2) {
        assert!(a.body.contains(&format!("data-media=\"{t}\"")), "{t} became a member");
    }
    // A radius PDQ cannot have is refused, naming the field.
    let a = send(&app, "GET", &format!("{page}?radius=65"), &me, &[]).await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.body);
    // Renamed, then another series merged into it.
    let a = send(&app, "POST", &format!("{page}/rename"), &me, &[("name", "beach at dusk")]).await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    let a = send(&app, "POST", &base, &me, &[("name", "hotel"), ("items", &ticked[0])]).await;
    let hotel = location(&a).rsplit('/').next().unwrap().to_string();
    let a = send(&app, "POST", &format!("{page}/merge"), &me, &[("from", &hotel)]).await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    let a = send(&app, "GET", &base, &me, &[]).await;
    assert!(a.body.contains(">beach at dusk</a>"), "{}", a.body);
    assert!(a.body.contains("merged into beach at dusk"), "{}", a.body);
    // The same name twice in a case is refused.
    let a = send(&app, "POST", &format!("{page}/rename"), &me, &[("name", "hotel")]).await;
    assert_eq!(a.status, StatusCode::CONFLICT, "{}", a.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn camera_groups_lead_to_the_grid_and_the_timeline_sets_the_date_range() {
    let (app, fx, token) = setup("lead-follower", Role::Investigator).await;
    let me = [("vilab_session", token.as_str())];
    let a = send(&app, "GET", "/cameras", &me, &[]).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    let cameras = links(&a.body, &format!("/cases/{}/review?camera=", fx.case));
    assert!(!cameras.is_empty(), "the demo's cameras lead to the grid: {}", a.body);
    let a = send(&app, "GET", &cameras[0], &me, &[]).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    // The API's grid under that filter holds only that camera's items.
    let camera = cameras[0].rsplit('=').next().unwrap();
    let api = format!("/api/cases/{}/review?camera={camera}", fx.case);
    let page = send(&app, "GET", &api, &me, &[]).await.json();
    let all = send(&app, "GET", &format!("/api/cases/{}/review", fx.case), &me, &[]).await.json();
    let n = |v: &serde_json::Value| v["items"].as_array().map(Vec::len).unwrap_or(0);
    assert!(n(&page) > 0 && n(&page) < n(&all), "{} of {}", n(&page), n(&all));
    // The grid's timeline, loaded by the page's script from its fragment:
    // each bar sets from and before.
    let grid = format!("/cases/{}/review", fx.case);
    let a = send(&app, "GET", &format!("{grid}/timeline"), &me, &[]).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert!(a.body.contains("id=\"timeline\""), "the demo's pictures have times taken");
    assert!(!a.body.contains("<html"), "a fragment, not a page: {}", a.body);
    let bars = links(&a.body, &format!("{grid}?from="));
    assert!(!bars.is_empty());
    let bar = &bars[0];
    let from = bar.split("from=").nth(1).unwrap().split('&').next().unwrap();
    let before = bar.split("before=").nth(1).unwrap();
    assert!(before > from, "{bar}");
    let q = format!("/api/cases/{}/review?from={from}&before={before}", fx.case);
    let in_bar = send(&app, "GET", &q, &me, &[]).await.json();
    assert!(n(&in_bar) > 0, "the first bar's items: {bar}");
    let a = send(&app, "GET", bar, &me, &[]).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_settings_page_changes_blur_greyscale_tile_break_and_language() {
    let (app, _fx, token) = setup("settler", Role::Analyst).await;
    let me = [("vilab_session", token.as_str())];
    let a = send(&app, "GET", "/settings", &me, &[]).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert!(a.body.contains("id=\"blur\" type=\"checkbox\" name=\"blur\" value=\"true\" checked"), "blur by default");
    // As the form sends them: an unticked box is its hidden "false" alone.
    let form = [
        ("blur", "false"),
        ("greyscale", "false"),
        ("greyscale", "true"),
        ("tile", "200"),
        ("break_minutes", "45"),
        ("lang", "vi"),
    ];
    let a = send(&app, "POST", "/settings", &me, &form).await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    assert_eq!(a.cookie("vilab_lang").as_deref(), Some("vi"));
    let s = send(&app, "GET", "/api/settings", &me, &[]).await.json();
    let s = &s["settings"];
    assert_eq!(
        (&s["blur"], &s["greyscale"], &s["tile"], &s["break_minutes"]),
        (&false.into(), &true.into(), &200.into(), &45.into())
    );
    assert_eq!(s["lang"], "vi");
    let a = send(&app, "GET", "/settings", &me, &[]).await;
    assert_eq!(a.page_lang(), "vi");
    let a = send(&app, "POST", "/settings", &me, &[("tile", "300")]).await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.body);
    assert!(a.body.contains("value_out_of_range"), "{}", a.body);
}

/// Sends a picture as a browser's form does (multipart), with the CSRF
/// token and a radius.
async fn send_picture(app: &Router, uri: &str, token: &str, picture: &[u8], radius: &str) -> Answer {
    let mut body = Vec::new();
    for (k, v) in [("csrf", csrf_token(token)), ("radius", radius.to_string())] {
        body.extend_from_slice(
            format!("--b0undary\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n").as_bytes(),
        );
    }
    body.extend_from_slice(
        b"--b0undary\r\nContent-Disposition: form-data; name=\"picture\"; filename=\"x.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n",
    );
    body.extend_from_slice(picture);
    body.extend_from_slice(b"\r\n--b0undary--\r\n");
    let mut request = Request::builder()
        .method("POST")
        .uri(uri)
        .header(header::HOST, "127.0.0.1:8080")
        .header(header::COOKIE, format!("vilab_session={token}"))
        .header(header::CONTENT_TYPE, "multipart/form-data; boundary=b0undary")
        .body(Body::from(body))
        .unwrap();
    request.extensions_mut().insert(ConnectInfo("127.0.0.1:50000".parse::<SocketAddr>().unwrap()));
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap();
    Answer { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
}

/// The demo's first picture file and its bytes.
fn demo_picture(fx: &common::Fixture) -> Vec<u8> {
    fn walk(dir: &std::path::Path) -> Option<std::path::PathBuf> {
        let mut entries: Vec<_> = std::fs::read_dir(dir).ok()?.filter_map(Result::ok).map(|e| e.path()).collect();
        entries.sort();
        entries
            .iter()
            .find(|p| p.extension().is_some_and(|e| e == "jpg"))
            .cloned()
            .or_else(|| entries.iter().filter(|p| p.is_dir()).find_map(|p| walk(p)))
    }
    std::fs::read(walk(&fx.lab_dir.parent().unwrap().join("seizure")).unwrap()).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_media_page_shows_rendition_matches_and_neighbours_and_a_picture_is_searched_unstored() {
    let (app, fx, token) = setup("detail-reader", Role::Investigator).await;
    let me = [("vilab_session", token.as_str())];
    let page = format!("/media/%23{}", fx.member_id);
    let a = send(&app, "GET", &format!("{page}?radius=64"), &me, &[]).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert!(a.body.contains("id=\"rendition\""), "the masked rendition: {}", a.body);
    assert!(a.body.contains(&format!("src=\"/api/media/{}/rendition\"", fx.member_id)));
    assert!(a.body.contains(&format!("data-src=\"/api/media/{}/reveal\"", fx.member_id)), "a reveal button");
    assert!(a.body.contains("Hash-set matches") && a.body.contains("Similar pictures"), "{}", a.body);
    let a = send(&app, "GET", &format!("{page}?radius=65"), &me, &[]).await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST);
    let a = send(&app, "GET", &format!("/api/media/{}/matches", fx.member_item), &me, &[]).await;
    assert_eq!(a.json()["shape"], "vilab.media-matches/1", "{}", a.body);
    // An item with neighbours (the demo holds re-encoded copies; which row
    // ids they get depends on the ingest's order): its page lists them.
    let grid = send(&app, "GET", &format!("/api/cases/{}/review?limit=100", fx.case), &me, &[]).await.json();
    let mut with_neighbours = None;
    for row in grid["items"].as_array().unwrap() {
        let id = row["media"].as_i64().unwrap();
        let a = send(&app, "GET", &format!("/api/media/{id}/similar?radius=64"), &me, &[]).await;
        let near = a.json()["items"].as_array().cloned().unwrap_or_default();
        if !near.is_empty() {
            assert!(near.iter().all(|n| n["media"].as_i64() != Some(id)), "not itself: {near:?}");
            with_neighbours = Some(id);
            break;
        }
    }
    let id = with_neighbours.expect("an item of the demo with a PDQ neighbour");
    let a = send(&app, "GET", &format!("/media/%23{id}?radius=64"), &me, &[]).await;
    assert!(a.body.contains("id=\"similar-items\""), "neighbours within 64: {}", a.body);
    let a = send(&app, "GET", &format!("/media/%23{id}?radius=0"), &me, &[]).await;
    assert!(!a.body.contains("id=\"similar-items\"") || a.body.contains(">0</td>"), "only exact copies at 0");
    // A picture of the seizure: found as the same file in the demo case.
    let picture = demo_picture(fx);
    let a = send(&app, "GET", "/search", &me, &[]).await;
    assert!(a.body.contains("enctype=\"multipart/form-data\""), "{}", a.body);
    let a = send_picture(&app, "/search", &token, &picture, "31").await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert!(a.body.contains("id=\"search-same\""), "{}", a.body);
    assert!(a.body.contains(&format!(">{}</a>", fx.case)));
    let a = send_picture(&app, "/api/search", &token, &picture, "0").await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    let found = a.json();
    assert_eq!(found["same"][0]["case"], fx.case.as_str(), "{found}");
    assert!(found["similar"].as_array().unwrap().iter().any(|n| n["distance"] == 0));
    // Not a picture; too large; no picture at all; a radius PDQ cannot have.
    let a = send_picture(&app, "/api/search", &token, b"plain words, no picture", "31").await;
    assert_eq!((a.status, a.json()["code"].as_str()), (StatusCode::BAD_REQUEST, Some("upload_not_image")));
    let huge = vec![0u8; 17 * 1024 * 1024];
    let a = send_picture(&app, "/api/search", &token, &huge, "31").await;
    assert_eq!((a.status, a.json()["code"].as_str()), (StatusCode::PAYLOAD_TOO_LARGE, Some("upload_too_large")));
    let a = send_picture(&app, "/api/search", &token, b"", "31").await;
    assert_eq!(a.json()["params"]["field"], "picture", "{}", a.body);
    let a = send_picture(&app, "/api/search", &token, &picture, "65").await;
    assert_eq!(a.json()["code"], "value_out_of_range");
    // The search is in the audit log with the picture's digest, and the
    // picture was not stored: the lab still has only the seizure's items.
    let sha = found["sha256"].as_str().unwrap().to_string();
    let lab = fx.open();
    let account = fx.account(Role::Auditor);
    let auditor = lab.authenticate(&account.username, &account.password, "test").unwrap();
    let records = auditor
        .audit_list(&vilab_lab::ops::audit::AuditFilter { action: Some("media.search".into()), ..Default::default() })
        .unwrap();
    assert!(records.records.iter().any(|r| r.details.to_string().contains(&sha)), "the digest is audited");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dashboard_shows_the_review_progress_by_reviewer() {
    let (app, fx, token) = setup("progress-maker", Role::Analyst).await;
    let me = [("vilab_session", token.as_str())];
    let dashboard = format!("/cases/{}", fx.case);
    let a = send(&app, "GET", &dashboard, &me, &[]).await;
    assert!(a.body.contains("id=\"progress\""), "{}", a.body);
    assert!(!a.body.contains("<td>progress-maker</td>"), "no decision yet");
    let a = send(
        &app,
        "POST",
        &format!("/api/cases/{}/decisions", fx.case),
        &me,
        &[("items", &fx.member_id), ("category", "1")],
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    let a = send(&app, "GET", &dashboard, &me, &[]).await;
    assert!(a.body.contains("<td>progress-maker</td><td class=\"num\">1</td>"), "{}", a.body);
    let p = send(&app, "GET", &format!("/api/cases/{}/progress", fx.case), &me, &[]).await.json();
    assert!(
        p["decided"].as_u64().unwrap() >= 1 && p["items"].as_u64().unwrap() > p["decided"].as_u64().unwrap(),
        "{p}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_grid_page_s_shell_leaves_the_groups_and_the_timeline_to_fragments_under_its_filters() {
    let (app, fx, token) = setup("shell-reader", Role::Analyst).await;
    let me = [("vilab_session", token.as_str())];
    let grid = format!("/cases/{}/review", fx.case);
    // The shell: placeholders in a loading state, pointing at the fragments
    // under the page's own filters; no group and no bar in it.
    let a = send(&app, "GET", &format!("{grid}?gps=yes"), &me, &[]).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    for panel in ["groups", "timeline"] {
        let holder = format!("data-fragment=\"{grid}/{panel}?gps=yes\"");
        assert!(a.body.contains(&holder), "{panel}'s placeholder: {}", a.body);
    }
    let at = a.body.find("panel-loading").expect("a loading state");
    assert!(a.body[at..].contains(">Loading…<"), "the loading state in the catalog's words: {}", &a.body[at..]);
    assert!(a.body.contains("data-failed=\""), "the words of a failed load");
    assert!(!a.body.contains("id=\"timeline\""), "no timeline in the shell");
    assert!(links(&a.body, &format!("{grid}?")).iter().all(|l| !l.contains("folder=")), "no group in the shell");
    // The groups' fragment: a link per folder keeps the other filters and
    // filters the grid; the folder chosen is marked.
    let a = send(&app, "GET", &format!("{grid}/groups?gps=yes"), &me, &[]).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert!(!a.body.contains("<html"), "a fragment, not a page: {}", a.body);
    let folders = links(&a.body, &format!("{grid}?gps=yes&amp;folder="));
    assert!(!folders.is_empty(), "the demo's folders: {}", a.body);
    let folder = folders[0].rsplit("folder=").next().unwrap().to_string();
    let api = format!("/api/cases/{}/review?gps=yes&folder={folder}&limit=1000", fx.case);
    let in_folder = send(&app, "GET", &api, &me, &[]).await.json();
    let n = in_folder["items"].as_array().map(Vec::len).unwrap_or(0);
    let shown = a.body.split(&format!("folder={folder}\"")).nth(1).unwrap();
    let count: usize =
        shown.split("<span class=\"muted\">").nth(1).unwrap().split('<').next().unwrap().parse().unwrap();
    assert_eq!(count, n, "the group's count is its grid's: {}", a.body);
    let a = send(&app, "GET", &format!("{grid}/groups?gps=yes&folder={folder}"), &me, &[]).await;
    assert!(a.body.contains("aria-current=\"true\""), "the folder chosen is marked: {}", a.body);
    // A bad filter is refused by the fragment as by the page.
    let a = send(&app, "GET", &format!("{grid}/groups?gps=maybe"), &me, &[]).await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.body);
    let a = send(&app, "GET", &format!("{grid}/timeline?from=soon"), &me, &[]).await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.body);
}

/// ViLab galleries in the pages (issue 20): a trainer makes a gallery with
/// the page's form, adds an item of the case by its row id and a partner as
/// a participant, and sets an exercise; the trainer's page names the item's
/// case and digest, the partner's never does (least exposure), the
/// partner's exercise page asks for answers without showing the known one,
/// and the results are the trainer's only.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_trainer_assembles_a_gallery_in_the_pages_and_a_participant_sees_no_case_or_digest() {
    let (app, fx, token) = setup("pages-trainer", Role::Trainer).await;
    let me = [("vilab_session", token.as_str())];
    let a = send(&app, "GET", "/galleries", &me, &[]).await;
    assert_eq!(a.status, StatusCode::OK);
    assert!(a.body.contains("id=\"gallery-create\""), "a trainer may make a gallery");
    let form = [("title", "Pages appeal"), ("audience", "trainee"), ("opens", "2020-01-01"), ("closes", "2099-12-31")];
    let a = send(&app, "POST", "/galleries", &me, &form).await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    let page = location(&a);
    assert!(page.starts_with("/galleries/"), "{page}");
    let item = format!("#{}", fx.member_id);
    let a = send(&app, "POST", &format!("{page}/items"), &me, &[("case", fx.case.as_str()), ("media", item.as_str())])
        .await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    let partner = fx.account(Role::Partner);
    let a = send(
        &app,
        "POST",
        &format!("{page}/members"),
        &me,
        &[("user", partner.username.as_str()), ("part", "participant")],
    )
    .await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);

    let mine = send(&app, "GET", &page, &me, &[]).await;
    assert_eq!(mine.status, StatusCode::OK);
    let board = links(&mine.body, &format!("{page}/items/")).into_iter().next().expect("a link to the item's board");
    let item_id = board.rsplit('/').next().unwrap().to_string();
    assert!(mine.body.contains(&fx.case), "the editor sees the item's case");
    assert!(mine.body.contains(&fx.member_item[..16]), "the editor sees the item's digest");
    assert!(mine.body.contains(&partner.username), "the members");

    // The exercise, set with the page's form.
    let set = [
        ("item", item_id.as_str()),
        (format!("country-{item_id}").leak(), "LA"),
        (format!("place-{item_id}").leak(), "Luang Prabang"),
        (format!("objects-{item_id}").leak(), "licence_plate"),
        (format!("lead-{item_id}").leak(), "the plate's province code"),
    ];
    let a = send(&app, "POST", &format!("{page}/exercise"), &me, &set).await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    let known = send(&app, "GET", &format!("{page}/exercise"), &me, &[]).await;
    assert!(known.body.contains("the plate&#39;s province code") || known.body.contains("the plate's province code"));

    // The partner: the grid, no case, no digest, no known answer, no results.
    let a =
        send(&app, "POST", "/login", &[], &[("username", &partner.username), ("password", &partner.password)]).await;
    let partner_token = a.cookie("vilab_session").expect("the partner's session");
    let them = [("vilab_session", partner_token.as_str())];
    let theirs = send(&app, "GET", &page, &them, &[]).await;
    assert_eq!(theirs.status, StatusCode::OK, "{}", theirs.body);
    assert!(theirs.body.contains(&board), "the participant reaches the item's board");
    assert!(!theirs.body.contains(&fx.case), "no case for a participant");
    assert!(!theirs.body.contains(&fx.member_item[..16]), "no digest for a participant");
    assert!(!theirs.body.contains("id=\"gallery-members\""), "no members for a participant");
    let exercise = send(&app, "GET", &format!("{page}/exercise"), &them, &[]).await;
    assert!(exercise.body.contains(&format!("id=\"answer-{item_id}\"")), "an answer form");
    assert!(!exercise.body.contains("province code"), "no known answer for a participant");
    let results = send(&app, "GET", &format!("{page}/results"), &them, &[]).await;
    assert_eq!(results.status, StatusCode::FORBIDDEN);
}
