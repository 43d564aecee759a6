//! Administration through the browser lab's forms and API: an
//! administrator adds an account, makes it a member of a case, changes its
//! role, resets its password and disables it, each change taking effect
//! for that account at once and leaving its audit record; an account
//! changes its own password and its sessions end. (Who may call which route
//! is the route-by-role test's.)

mod common;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode, header};
use tower::ServiceExt as _;
use vilab_lab::Role;
use vilab_lab::ops::audit::AuditFilter;
use vilab_server::csrf_token;

struct Answer {
    status: StatusCode,
    location: String,
    cookie: String,
    body: String,
}

async fn send(app: &Router, method: &str, uri: &str, token: Option<&str>, form: &[(&str, &str)]) -> Answer {
    let mut builder = Request::builder().method(method).uri(uri).header(header::HOST, "127.0.0.1:8080");
    let mut fields: Vec<(String, String)> = form.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    if let Some(token) = token {
        builder = builder.header(header::COOKIE, format!("vilab_session={token}"));
        if method == "POST" {
            fields.push(("csrf".into(), csrf_token(token)));
        }
    }
    let body = if method == "POST" {
        builder = builder.header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        Body::from(form_urlencoded::Serializer::new(String::new()).extend_pairs(&fields).finish())
    } else {
        Body::empty()
    };
    let mut request = builder.body(body).unwrap();
    request.extensions_mut().insert(ConnectInfo("127.0.0.1:50001".parse::<SocketAddr>().unwrap()));
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let h = |name| response.headers().get(name).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    let (location, cookie) = (h(header::LOCATION), h(header::SET_COOKIE));
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap();
    Answer { status, location, cookie, body: String::from_utf8_lossy(&bytes).into_owned() }
}

/// Logs in through the form; `None` when refused.
async fn login(app: &Router, username: &str, password: &str) -> Option<String> {
    let a = send(app, "POST", "/login", None, &[("username", username), ("password", password), ("next", "/")]).await;
    (a.status == StatusCode::SEE_OTHER && a.location == "/")
        .then(|| a.cookie.split(';').next().unwrap().strip_prefix("vilab_session=").unwrap().to_string())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_administrator_manages_an_account_from_the_accounts_page() {
    let fx = tokio::task::spawn_blocking(|| common::lab("admin-lab")).await.unwrap();
    let lab = Arc::new(fx.open());
    let app = vilab_server::router(lab.clone(), false);
    let admin = fx.account(Role::Admin);
    let token = login(&app, &admin.username, &admin.password).await.unwrap();

    // The page offers the forms to an administrator.
    let page = send(&app, "GET", "/admin/users", Some(&token), &[]).await;
    assert_eq!(page.status, StatusCode::OK);
    for form in
        ["action=\"/admin/users\"", "action=\"/admin/users/analyst/role\"", "action=\"/admin/users/analyst/disable\""]
    {
        assert!(page.body.contains(form), "the accounts page lacks {form}");
    }

    // Add an account; it logs in and sees no case yet.
    let first = "a first password for Dara";
    let a = send(
        &app,
        "POST",
        "/admin/users",
        Some(&token),
        &[("username", "dara"), ("role", "investigator"), ("password", first)],
    )
    .await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    assert_eq!(a.location, "/admin/users#user-dara");
    let dara = login(&app, "dara", first).await.expect("the new account logs in");
    let case_uri = format!("/api/cases/{}", fx.case);
    assert_eq!(send(&app, "GET", &case_uri, Some(&dara), &[]).await.status, StatusCode::NOT_FOUND);

    // A member of the demo case now: the case opens.
    let a = send(&app, "POST", "/admin/users/dara/cases", Some(&token), &[("case", &fx.case)]).await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    assert_eq!(send(&app, "GET", &case_uri, Some(&dara), &[]).await.status, StatusCode::OK);
    let page = send(&app, "GET", "/admin/users", Some(&token), &[]).await;
    assert!(page.body.contains("action=\"/admin/users/dara/cases/remove\""), "the membership is listed with its form");

    // A role that may not list the media: refused from the next call on.
    let a = send(&app, "POST", "/api/users/dara/role", Some(&token), &[("role", "auditor")]).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert!(a.body.starts_with("{\"shape\":\"vilab.account/1\""), "{}", a.body);
    assert!(a.body.contains("\"role\":\"auditor\""), "{}", a.body);

    // A reset ends Dara's sessions; the new password works, the old no more.
    let second = "a second password for Dara";
    let a = send(&app, "POST", "/admin/users/dara/password", Some(&token), &[("password", second)]).await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    assert_eq!(send(&app, "GET", "/api/session", Some(&dara), &[]).await.status, StatusCode::UNAUTHORIZED);
    assert!(login(&app, "dara", first).await.is_none());
    assert!(login(&app, "dara", second).await.is_some());

    // Disabled: no log-in; enabled again: log-in.
    assert_eq!(send(&app, "POST", "/admin/users/dara/disable", Some(&token), &[]).await.status, StatusCode::SEE_OTHER);
    assert!(login(&app, "dara", second).await.is_none());
    assert_eq!(send(&app, "POST", "/admin/users/dara/enable", Some(&token), &[]).await.status, StatusCode::SEE_OTHER);
    assert!(login(&app, "dara", second).await.is_some());

    // The membership ends.
    let a = send(&app, "POST", "/api/users/dara/cases/remove", Some(&token), &[("case", &fx.case)]).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert!(!a.body.contains(&fx.case), "{}", a.body);

    // A bad role names its field; an unknown account is not found.
    let a = send(&app, "POST", "/api/users/dara/role", Some(&token), &[("role", "chief")]).await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.body);
    assert!(a.body.contains("role"), "{}", a.body);
    let a = send(&app, "POST", "/api/users/nobody-here/disable", Some(&token), &[]).await;
    assert_eq!(a.status, StatusCode::NOT_FOUND, "{}", a.body);

    // Every change left its record, by the administrator.
    let session = lab.authenticate(&admin.username, &admin.password, "test").unwrap();
    let filter = AuditFilter { user: Some(admin.username.clone()), ..Default::default() };
    let records = session.audit_list(&filter).unwrap().records;
    let actions: Vec<&str> = records.iter().filter(|r| r.outcome == "allowed").map(|r| r.action.as_str()).collect();
    for action in [
        "account.create",
        "membership.add",
        "account.set_role",
        "account.set_password",
        "account.disable",
        "account.enable",
        "membership.remove",
    ] {
        assert!(actions.contains(&action), "no allowed {action} record among {actions:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_account_changes_its_own_password_and_logs_in_again() {
    let fx = tokio::task::spawn_blocking(|| common::lab("admin-lab")).await.unwrap();
    let lab = Arc::new(fx.open());
    let app = vilab_server::router(lab, false);
    let admin = fx.account(Role::Admin);
    let token = login(&app, &admin.username, &admin.password).await.unwrap();
    let first = "Sophea's first password";
    let a = send(
        &app,
        "POST",
        "/api/users",
        Some(&token),
        &[("username", "sophea"), ("role", "analyst"), ("password", first)],
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    let sophea = login(&app, "sophea", first).await.unwrap();
    let page = send(&app, "GET", "/account", Some(&sophea), &[]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("action=\"/account/password\"") && page.body.contains("sophea"));

    // A wrong current password changes nothing.
    let a = send(&app, "POST", "/account/password", Some(&sophea), &[("current", "not it"), ("new", "whatever else")])
        .await;
    assert!(a.status.is_client_error(), "{} {}", a.status, a.body);
    assert!(login(&app, "sophea", first).await.is_some());

    let second = "Sophea's own second password";
    let a = send(&app, "POST", "/account/password", Some(&sophea), &[("current", first), ("new", second)]).await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    assert!(a.location.starts_with("/login"), "{}", a.location);
    assert!(a.cookie.starts_with("vilab_session=;"), "the cookie is cleared: {}", a.cookie);
    assert_eq!(send(&app, "GET", "/api/session", Some(&sophea), &[]).await.status, StatusCode::UNAUTHORIZED);
    assert!(login(&app, "sophea", first).await.is_none());
    assert!(login(&app, "sophea", second).await.is_some());
}
