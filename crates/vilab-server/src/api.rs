//! The JSON API: the same operations as the pages, each answering the
//! application layer's output in its documented, versioned shape
//! (`{"shape": "vilab.case/1", ...}`), errors as `{"code", "message",
//! "params"}`.

use serde::Serialize;
use vilab_i18n::Lang;
use vilab_lab::ops::audit::AuditListing;
use vilab_lab::{DEFAULT_SESSION_SECONDS, Role};

use crate::call::{Call, Reply, account_lang, csrf_token, store_lang};
use crate::error::{WebError, invalid};
use crate::pages::{audit_query, media_key};

/// Who is logged in (`vilab.web-session/1`).
#[derive(Serialize)]
struct WebSession<'a> {
    shape: &'static str,
    username: &'a str,
    role: Role,
    /// The interface language.
    lang: &'static str,
    /// The token to send with every change (`X-CSRF-Token`).
    csrf: String,
    /// When the session ends (Unix seconds), on log-in.
    #[serde(skip_serializing_if = "Option::is_none")]
    expires_at: Option<i64>,
}

/// `POST /api/login`: the session cookie, and the CSRF token to send with
/// every change.
pub fn login(call: &Call) -> Result<Reply, WebError> {
    let username = call.required("username")?;
    let password = call.required("password")?;
    let (session, token) = call.lab().login(username, password, &call.source, DEFAULT_SESSION_SECONDS)?;
    let chosen = account_lang(&session);
    let reply = Reply::serialized(&WebSession {
        shape: "vilab.web-session/1",
        username: &session.actor().username,
        role: session.actor().role,
        lang: chosen.unwrap_or(call.lang()).code(),
        csrf: csrf_token(&token.token),
        expires_at: Some(token.expires_at),
    })?;
    let reply = reply.cookie(call.session_cookie(&token.token, DEFAULT_SESSION_SECONDS));
    Ok(match chosen {
        Some(lang) => reply.cookie(call.lang_cookie(lang)),
        None => reply,
    })
}

#[derive(Serialize)]
struct Ended {
    shape: &'static str,
    ended: bool,
}

/// `POST /api/logout`.
pub fn logout(call: &Call) -> Result<Reply, WebError> {
    let ended = call.session()?.logout()?;
    Ok(Reply::serialized(&Ended { shape: "vilab.web-logout/1", ended })?.cookie(call.clear_session_cookie()))
}

/// `GET /api/session`: who is logged in.
pub fn session(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    call.adopt_account_lang(&session);
    let actor = session.actor();
    Reply::serialized(&WebSession {
        shape: "vilab.web-session/1",
        username: &actor.username,
        role: actor.role,
        lang: call.lang().code(),
        csrf: call.csrf().unwrap_or_default(),
        expires_at: None,
    })
}

#[derive(Serialize)]
struct LangSet {
    shape: &'static str,
    lang: &'static str,
}

/// `POST /api/settings/lang`: kept in the account's settings (and the
/// cookie, for the pages drawn before a session is resumed).
pub fn set_lang(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let lang = Lang::parse(call.required("lang")?).ok_or_else(|| invalid("lang", "en, km, lo, th or vi"))?;
    store_lang(&session, lang)?;
    Ok(Reply::serialized(&LangSet { shape: "vilab.web-lang/1", lang: lang.code() })?.cookie(call.lang_cookie(lang)))
}

/// `GET /api/cases`.
pub fn cases(call: &Call) -> Result<Reply, WebError> {
    Reply::shaped(&call.session()?.list_cases()?)
}

/// `GET /api/cases/{case}`.
pub fn case(call: &Call) -> Result<Reply, WebError> {
    Reply::shaped(&call.session()?.case_view(call.path("case"))?)
}

/// `GET /api/cases/{case}/triage`.
pub fn triage(call: &Call) -> Result<Reply, WebError> {
    Reply::shaped(&call.session()?.triage(call.path("case"))?)
}

/// `GET /api/cases/{case}/errors`.
pub fn errors(call: &Call) -> Result<Reply, WebError> {
    Reply::shaped(&call.session()?.media_errors(call.path("case"))?)
}

/// `GET /api/cases/{case}/media?limit&offset`.
pub fn media_list(call: &Call) -> Result<Reply, WebError> {
    let limit = call.query_int::<u32>("limit")?.unwrap_or(100).clamp(1, 1000);
    let offset = call.query_int::<u64>("offset")?.unwrap_or(0);
    Reply::shaped(&call.session()?.list_media(call.path("case"), limit, offset)?)
}

/// `GET /api/media/{key}`.
pub fn media(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let key = media_key(call.path("key"))?;
    Reply::shaped(&session.show_media(&key)?)
}

/// `GET /api/users`.
pub fn users(call: &Call) -> Result<Reply, WebError> {
    Reply::shaped(&call.session()?.list_users()?)
}

/// `GET /api/hashsets`.
pub fn hashsets(call: &Call) -> Result<Reply, WebError> {
    Reply::shaped(&call.session()?.list_hashsets()?)
}

/// `GET /api/audit?actor&action&outcome&case&since&until&after&limit`.
pub fn audit(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let query = audit_query(call)?;
    let mut listing = session.audit_list(&query.filter)?;
    // The page's last sequence number, before the server's own filters, is
    // where the next page starts (`after`).
    let last_seq = listing.records.last().map(|r| r.seq);
    listing.records.retain(|r| query.keep(r));
    Reply::serialized(&AuditPage { shape: "vilab.web-audit-page/1", listing: &listing, last_seq })
}

/// A page of the audit log (`vilab.audit-list/1`'s records) with where the
/// next page starts.
#[derive(Serialize)]
struct AuditPage<'a> {
    shape: &'static str,
    #[serde(flatten)]
    listing: &'a AuditListing,
    /// The last sequence number the application layer returned, before the
    /// server's own filters (outcome, until): the next page's `after`.
    last_seq: Option<u64>,
}

/// `GET /api/audit/verify`.
pub fn audit_verify(call: &Call) -> Result<Reply, WebError> {
    Reply::shaped(&call.session()?.audit_verify()?)
}

/// `GET /api/openapi.json`.
pub fn openapi(_call: &Call) -> Result<Reply, WebError> {
    Ok(Reply::json(crate::openapi::document()))
}
