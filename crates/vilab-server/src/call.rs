//! One request as a handler sees it ([`Call`]), what it answers
//! ([`Reply`]), and [`dispatch`]: the one axum handler behind every route
//! of the table. Dispatch reads the cookies, the language, the parameters
//! and the body, checks the CSRF token of a change, runs the route's
//! handler on a blocking thread (`spawn_blocking`: the application layer
//! is synchronous SQLite and argon2), and turns its error into the
//! route's kind of answer ([`crate::error`]).

use std::cell::Cell;
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{ConnectInfo, Request};
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::http::{Method as HttpMethod, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::Value;
use sha2::Digest as _;
use vilab_i18n::{Lang, Messages};
use vilab_lab::{AppError, Code, Lab, Session};

use crate::error::WebError;
use crate::routes::{Kind, Route};
use crate::upload::MAX_UPLOAD_BODY;

/// The session cookie: the session's token, HttpOnly, SameSite=Strict.
pub const SESSION_COOKIE: &str = "vilab_session";
/// The language cookie: the language before log-in, and a mirror of the
/// account's after it (error pages are drawn before a session is resumed).
pub const LANG_COOKIE: &str = "vilab_lang";
/// The form field that carries the CSRF token.
pub const CSRF_FIELD: &str = "csrf";
/// The header that carries the CSRF token (scripts and `app.js`).
pub const CSRF_HEADER: &str = "x-csrf-token";
/// The largest body read (forms and JSON objects of a few fields).
const MAX_BODY: usize = 64 * 1024;

/// The CSRF token of a session: `hex(SHA-256("vilab-csrf-v1\0" + token))`.
/// It is derived from the session's secret token, so it needs no storage,
/// changes with every session and cannot be computed without the token
/// (which the page's scripts never see: the cookie is HttpOnly).
pub fn csrf_token(session_token: &str) -> String {
    let mut h = sha2::Sha256::new();
    h.update(b"vilab-csrf-v1\0");
    h.update(session_token.as_bytes());
    hex::encode(h.finalize())
}

/// Equality that takes as long whatever the first difference.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// What the server was started with.
#[derive(Clone, Debug)]
pub struct ServerState {
    /// The lab.
    pub lab: Arc<Lab>,
    /// Whether the server speaks TLS (cookies are then `Secure`).
    pub tls: bool,
}

/// One request, as a handler sees it.
pub struct Call {
    lab: Arc<Lab>,
    /// The route.
    pub route: &'static Route,
    token: Option<String>,
    /// Where the request comes from: `web:<peer address>`.
    pub source: String,
    /// The reader's language: the cookie's or the browser's until a page's
    /// session is resumed, then the account's own if it chose one.
    lang: Cell<Lang>,
    path: BTreeMap<String, String>,
    query: Vec<(String, String)>,
    body: Vec<(String, String)>,
    /// The file of a multipart body (a picture to search by), never stored.
    upload: Option<Vec<u8>>,
    /// Whether the server speaks TLS.
    pub tls: bool,
    /// The request's path and query (for `next` after a language switch).
    pub here: String,
}

impl std::fmt::Debug for Call {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Call").field("route", self.route).field("source", &self.source).finish_non_exhaustive()
    }
}

impl Call {
    /// The same call, shown in another language.
    pub fn with_lang(&self, lang: Lang) -> Call {
        Call {
            lab: self.lab.clone(),
            route: self.route,
            token: self.token.clone(),
            source: self.source.clone(),
            lang: Cell::new(lang),
            path: self.path.clone(),
            query: self.query.clone(),
            body: self.body.clone(),
            upload: self.upload.clone(),
            tls: self.tls,
            here: self.here.clone(),
        }
    }

    /// The lab.
    pub fn lab(&self) -> &Lab {
        &self.lab
    }

    /// The session of the cookie: `not_logged_in` without one,
    /// `session_ended` when it expired or was revoked. On a page, the
    /// account's language (its settings) replaces the cookie's from here on,
    /// so that a user reads the language they chose in every browser.
    pub fn session(&self) -> Result<Session<'_>, WebError> {
        let token = self.token.as_deref().ok_or_else(|| AppError::new(Code::NotLoggedIn))?;
        let session = self.lab.resume(token, &self.source)?;
        if self.route.kind == Kind::Page {
            self.adopt_account_lang(&session);
        }
        Ok(session)
    }

    /// Shows the rest of this call in the account's language, if it chose
    /// one. The settings are a lab-wide read every role may make; should it
    /// fail, the page stays in the cookie's language rather than failing.
    pub fn adopt_account_lang(&self, session: &Session<'_>) {
        if let Some(lang) = account_lang(session) {
            self.lang.set(lang);
        }
    }

    /// The reader's language.
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    /// The session's token, if a cookie gave one.
    pub fn token(&self) -> Option<&str> {
        self.token.as_deref()
    }

    /// The CSRF token of this request's session.
    pub fn csrf(&self) -> Option<String> {
        self.token.as_deref().map(csrf_token)
    }

    /// The reader's messages.
    pub fn msgs(&self) -> Messages {
        Messages::new(self.lang.get())
    }

    /// A path parameter (the table guarantees it is there).
    pub fn path(&self, name: &str) -> &str {
        self.path.get(name).map(String::as_str).unwrap_or("")
    }

    /// A query parameter, if given and not empty.
    pub fn query(&self, name: &str) -> Option<&str> {
        self.query.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).filter(|v| !v.is_empty())
    }

    /// A query parameter as a number.
    pub fn query_int<T: std::str::FromStr>(&self, name: &str) -> Result<Option<T>, WebError> {
        match self.query(name) {
            None => Ok(None),
            Some(v) => v.trim().parse().map(Some).map_err(|_| crate::error::invalid(name, "not a whole number")),
        }
    }

    /// A field of the body (form or JSON object), if given.
    pub fn field(&self, name: &str) -> Option<&str> {
        self.body.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// The picture of a multipart body, if one came.
    pub fn upload(&self) -> Option<&[u8]> {
        self.upload.as_deref()
    }

    /// Every value of a field given more than once (a form's checkboxes).
    pub fn fields<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.body.iter().filter(move |(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// A field the route needs.
    pub fn required(&self, name: &str) -> Result<&str, WebError> {
        self.field(name).ok_or_else(|| crate::error::invalid(name, "missing"))
    }

    /// A session cookie for `token`, lasting until `expires_at`.
    pub fn session_cookie(&self, token: &str, max_age: i64) -> String {
        let secure = if self.tls { "; Secure" } else { "" };
        format!("{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}")
    }

    /// The cookie that removes the session cookie.
    pub fn clear_session_cookie(&self) -> String {
        self.session_cookie("", 0)
    }

    /// The language cookie (a year).
    pub fn lang_cookie(&self, lang: Lang) -> String {
        let secure = if self.tls { "; Secure" } else { "" };
        format!("{LANG_COOKIE}={}; Path=/; SameSite=Strict; Max-Age=31536000{secure}", lang.code())
    }
}

/// The language an account chose, if any (`None` also when its settings
/// cannot be read).
pub fn account_lang(session: &Session<'_>) -> Option<Lang> {
    session.my_settings().ok()?.settings.lang.as_deref().and_then(Lang::parse)
}

/// Keeps `lang` as the account's interface language (its other settings
/// stay).
pub fn store_lang(session: &Session<'_>, lang: Lang) -> Result<(), WebError> {
    let mut settings = session.my_settings()?.settings;
    settings.lang = Some(lang.code().to_string());
    session.set_my_settings(&settings)?;
    Ok(())
}

/// A place to go afterwards, if it is a path of this server (never
/// another host: `//host` and `/\host` are refused).
pub fn local_path(next: Option<&str>) -> Option<&str> {
    next.filter(|n| n.starts_with('/') && !n.starts_with("//") && !n.starts_with("/\\") && !n.contains(['\r', '\n']))
}

/// What a handler answers.
#[derive(Debug)]
pub struct Reply {
    status: StatusCode,
    body: ReplyBody,
    cookies: Vec<String>,
}

#[derive(Debug)]
enum ReplyBody {
    Html(String),
    Json(String),
    Redirect(String),
    Asset { content_type: &'static str, bytes: &'static [u8] },
    Jpeg { bytes: Vec<u8>, cache: &'static str },
}

impl Reply {
    /// An HTML page.
    pub fn html(markup: maud::Markup) -> Reply {
        Reply { status: StatusCode::OK, body: ReplyBody::Html(markup.into_string()), cookies: Vec::new() }
    }

    /// JSON.
    pub fn json(value: Value) -> Reply {
        Reply { status: StatusCode::OK, body: ReplyBody::Json(value.to_string()), cookies: Vec::new() }
    }

    /// JSON of a value whose fields keep their order (`shape` first).
    pub fn serialized<T: serde::Serialize>(value: &T) -> Result<Reply, WebError> {
        let text = serde_json::to_string(value).map_err(|e| AppError::new(Code::Internal).detail(e))?;
        Ok(Reply { status: StatusCode::OK, body: ReplyBody::Json(text), cookies: Vec::new() })
    }

    /// An output of the application layer, with its shape's name first.
    pub fn shaped<T: vilab_lab::shapes::Shape>(value: &T) -> Result<Reply, WebError> {
        Reply::serialized(&vilab_lab::shapes::Shaped(value))
    }

    /// A redirect (303: the next request is a GET).
    pub fn redirect(to: &str) -> Reply {
        Reply { status: StatusCode::SEE_OTHER, body: ReplyBody::Redirect(to.to_string()), cookies: Vec::new() }
    }

    /// An embedded file.
    pub fn asset(content_type: &'static str, bytes: &'static [u8]) -> Reply {
        Reply { status: StatusCode::OK, body: ReplyBody::Asset { content_type, bytes }, cookies: Vec::new() }
    }

    /// A JPEG image, with its `Cache-Control`.
    pub fn jpeg(bytes: Vec<u8>, cache: &'static str) -> Reply {
        Reply { status: StatusCode::OK, body: ReplyBody::Jpeg { bytes, cache }, cookies: Vec::new() }
    }

    /// With another status.
    pub fn status(mut self, status: StatusCode) -> Reply {
        self.status = status;
        self
    }

    /// With a `Set-Cookie`.
    pub fn cookie(mut self, cookie: String) -> Reply {
        self.cookies.push(cookie);
        self
    }
}

impl IntoResponse for Reply {
    fn into_response(self) -> Response {
        let mut response = match self.body {
            ReplyBody::Html(html) => ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response(),
            ReplyBody::Json(value) => ([(header::CONTENT_TYPE, "application/json")], value.to_string()).into_response(),
            ReplyBody::Redirect(to) => {
                let mut r = StatusCode::SEE_OTHER.into_response();
                if let Ok(v) = HeaderValue::from_str(&to) {
                    r.headers_mut().insert(header::LOCATION, v);
                }
                r
            }
            ReplyBody::Asset { content_type, bytes } => {
                let mut r = ([(header::CONTENT_TYPE, content_type)], Bytes::from_static(bytes)).into_response();
                // Embedded in this binary: a new binary may change them, so
                // an hour, not forever.
                r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("private, max-age=3600"));
                r
            }
            ReplyBody::Jpeg { bytes, cache } => {
                let mut r = ([(header::CONTENT_TYPE, "image/jpeg")], Bytes::from(bytes)).into_response();
                r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
                r
            }
        };
        *response.status_mut() = self.status;
        for cookie in self.cookies {
            if let Ok(v) = HeaderValue::from_str(&cookie) {
                response.headers_mut().append(header::SET_COOKIE, v);
            }
        }
        response
    }
}

/// The value of cookie `name`.
fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

/// The reader's language: the cookie, else the browser's first language
/// that vilab speaks, else English.
fn language(headers: &HeaderMap) -> Lang {
    if let Some(lang) = cookie(headers, LANG_COOKIE).and_then(|c| Lang::parse(&c)) {
        return lang;
    }
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(',').filter_map(|part| Lang::parse(part.split(';').next().unwrap_or(""))).next())
        .unwrap_or(Lang::En)
}

/// Whether a change comes from this site: a browser says so in
/// `Sec-Fetch-Site`, or in `Origin` (compared with `Host`); a client that
/// sends neither (a script) is not a browser tricked by another site.
fn same_site(headers: &HeaderMap) -> bool {
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(site) = text("sec-fetch-site") {
        return matches!(site, "same-origin" | "none");
    }
    match (text("origin"), text("host")) {
        (Some(origin), Some(host)) => {
            origin.strip_prefix("http://").or_else(|| origin.strip_prefix("https://")) == Some(host)
        }
        (Some(_), None) => false,
        (None, _) => true,
    }
}

/// Reads a body: a form, or a JSON object whose values are text, numbers,
/// booleans or arrays of numbers (media ids: read as a comma-separated
/// list).
fn read_body(headers: &HeaderMap, bytes: &[u8]) -> Result<Vec<(String, String)>, WebError> {
    if bytes.is_empty() {
        return Ok(Vec::new());
    }
    let json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("application/json"));
    if json {
        let Ok(Value::Object(map)) = serde_json::from_slice::<Value>(bytes) else {
            return Err(WebError::BadBody);
        };
        return map
            .into_iter()
            .map(|(k, v)| match v {
                Value::String(s) => Ok((k, s)),
                Value::Number(n) => Ok((k, n.to_string())),
                Value::Bool(b) => Ok((k, b.to_string())),
                Value::Array(items) => items
                    .iter()
                    .map(|i| i.as_i64().map(|n| n.to_string()).ok_or(WebError::BadBody))
                    .collect::<Result<Vec<_>, _>>()
                    .map(|list| (k, list.join(","))),
                _ => Err(WebError::BadBody),
            })
            .collect();
    }
    Ok(form_urlencoded::parse(bytes).into_owned().collect())
}

/// The one handler behind every route: see the module's documentation.
pub async fn dispatch(
    state: ServerState,
    route: &'static Route,
    path: BTreeMap<String, String>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let lang = language(&parts.headers);
    let msgs = Messages::new(lang);
    let peer = parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip().to_string())
        .unwrap_or_else(|| "unknown".to_string());
    let token = cookie(&parts.headers, SESSION_COOKIE);
    let query: Vec<(String, String)> =
        parts.uri.query().map(|q| form_urlencoded::parse(q.as_bytes()).into_owned().collect()).unwrap_or_default();
    let here = parts.uri.path_and_query().map(|p| p.as_str().to_string()).unwrap_or_else(|| "/".into());
    // A route that takes a picture reads a larger body, as multipart.
    let (limit, too_large) =
        if route.takes_file() { (MAX_UPLOAD_BODY, WebError::TooLarge) } else { (MAX_BODY, WebError::BadBody) };
    let bytes = match axum::body::to_bytes(body, limit).await {
        Ok(b) => b,
        Err(_) => return fail(route, &msgs, &here, too_large),
    };
    let multipart =
        parts.headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).and_then(crate::upload::boundary);
    let (body, upload) = match (multipart, route.takes_file()) {
        (Some(boundary), true) => match crate::upload::parse(&boundary, &bytes) {
            Ok(p) => (p.fields, p.file.map(|(_, bytes)| bytes)),
            Err(e) => return fail(route, &msgs, &here, e),
        },
        (Some(_), false) => return fail(route, &msgs, &here, WebError::BadBody),
        (None, _) => match read_body(&parts.headers, &bytes) {
            Ok(b) => (b, None),
            Err(e) => return fail(route, &msgs, &here, e),
        },
    };
    if parts.method != HttpMethod::GET && parts.method != HttpMethod::HEAD {
        // Every change: from this site only, and with the session's CSRF
        // token when a session cookie came (log-in has none yet).
        if !same_site(&parts.headers) {
            return fail(route, &msgs, &here, WebError::Csrf);
        }
        if let Some(token) = &token {
            let expected = csrf_token(token);
            let given = parts
                .headers
                .get(CSRF_HEADER)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
                .or_else(|| body.iter().find(|(k, _)| k == CSRF_FIELD).map(|(_, v)| v.clone()));
            if !given.is_some_and(|g| same(&g, &expected)) {
                return fail(route, &msgs, &here, WebError::Csrf);
            }
        }
    }
    let call = Call {
        lab: state.lab.clone(),
        route,
        token,
        source: format!("web:{peer}"),
        lang: Cell::new(lang),
        path,
        query,
        body,
        upload,
        tls: state.tls,
        here: here.clone(),
    };
    let handler = route.handler;
    let result = tokio::task::spawn_blocking(move || handler(&call)).await;
    match result {
        Ok(Ok(reply)) => reply.into_response(),
        Ok(Err(e)) => fail(route, &msgs, &here, e),
        Err(join) => fail(route, &msgs, &here, WebError::App(AppError::new(Code::Internal).detail(join))),
    }
}

/// The answer to an error, by the route's kind.
pub fn fail(route: &Route, msgs: &Messages, here: &str, e: WebError) -> Response {
    if e.is_unauthenticated() && route.kind == Kind::Page {
        let to = format!("/login?next={}", crate::pages::url_encode(here));
        return Reply::redirect(&to).into_response();
    }
    error_response(route.kind.is_json(), msgs, e)
}

/// An error as JSON or as an error page.
pub fn error_response(json: bool, msgs: &Messages, e: WebError) -> Response {
    let status = e.status();
    if json {
        return Reply::json(e.to_json(msgs)).status(status).into_response();
    }
    Reply::html(crate::pages::error_page(msgs, &e)).status(status).into_response()
}
