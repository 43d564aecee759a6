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
use vilab_lab::ops::accounts::NewUser;
use vilab_lab::{Lab, Role};
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
    let lab = Arc::new(Lab::open(&fx.lab_dir).unwrap());
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
