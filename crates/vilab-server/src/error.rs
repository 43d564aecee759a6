//! The one place where an error becomes an HTTP answer: an error of the
//! application layer keeps its code, its kind's status
//! (`Kind::http_status`) and its message key; the server's own few errors
//! (a missing CSRF token, an unknown route) have codes of their own, listed
//! here. An API route answers `{"code", "message", "params"}` in the
//! reader's language; a page answers an error page; a page asked for
//! without a session is sent to the log-in page.

use axum::http::StatusCode;
use serde_json::{Map, Value, json};
use vilab_i18n::{Arg, Messages};
use vilab_lab::error::Param;
use vilab_lab::{AppError, Code};

/// An error of a request.
#[derive(Debug)]
pub enum WebError {
    /// The application layer refused or failed.
    App(AppError),
    /// A change without the session's CSRF token, or from another site.
    Csrf,
    /// No route for that path.
    NoRoute,
    /// The path exists but not for that method.
    MethodNotAllowed,
    /// The body was not a form or JSON object, or too large.
    BadBody,
    /// A picture to search by, larger than the server takes.
    TooLarge,
}

impl From<AppError> for WebError {
    fn from(e: AppError) -> Self {
        WebError::App(e)
    }
}

/// The server's own error codes, beside the application layer's
/// (`vilab_lab::Code`): stable, never renamed.
pub const SERVER_CODES: &[(&str, u16, &str)] = &[
    ("csrf_failed", 403, "web-error-csrf-failed"),
    ("no_route", 404, "web-error-no-route"),
    ("method_not_allowed", 405, "web-error-method-not-allowed"),
    ("bad_body", 400, "web-error-bad-body"),
    ("upload_too_large", 413, "web-error-upload-too-large"),
];

impl WebError {
    /// The stable code.
    pub fn code(&self) -> &'static str {
        match self {
            WebError::App(e) => e.code().as_str(),
            WebError::Csrf => SERVER_CODES[0].0,
            WebError::NoRoute => SERVER_CODES[1].0,
            WebError::MethodNotAllowed => SERVER_CODES[2].0,
            WebError::BadBody => SERVER_CODES[3].0,
            WebError::TooLarge => SERVER_CODES[4].0,
        }
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        let status = match self {
            WebError::App(e) => e.kind().http_status(),
            WebError::Csrf => SERVER_CODES[0].1,
            WebError::NoRoute => SERVER_CODES[1].1,
            WebError::MethodNotAllowed => SERVER_CODES[2].1,
            WebError::BadBody => SERVER_CODES[3].1,
            WebError::TooLarge => SERVER_CODES[4].1,
        };
        StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    /// Whether the actor must log in (again).
    pub fn is_unauthenticated(&self) -> bool {
        matches!(self, WebError::App(e) if matches!(e.code(), Code::NotLoggedIn | Code::SessionEnded))
    }

    /// The message in the reader's language.
    pub fn message(&self, msgs: &Messages) -> String {
        match self {
            WebError::App(e) => {
                let args: Vec<(&str, Arg)> = e
                    .params()
                    .iter()
                    .map(|(name, value)| {
                        let arg = match value {
                            Param::Text(t) => Arg::Str(t.clone()),
                            Param::Int(n) => Arg::Int(*n),
                        };
                        (*name, arg)
                    })
                    .collect();
                msgs.format(&e.code().message_key(), &args)
            }
            other => {
                let code = other.code();
                let key =
                    SERVER_CODES.iter().find(|(c, _, _)| *c == code).map(|(_, _, k)| *k).unwrap_or("error-internal");
                msgs.get(key)
            }
        }
    }

    /// The library's own words, if any (shown as they are).
    pub fn detail(&self) -> Option<&str> {
        match self {
            WebError::App(e) => e.detail_text(),
            _ => None,
        }
    }

    /// The JSON body: `{"code", "message", "params"}` (and `detail` when
    /// the library spoke).
    pub fn to_json(&self, msgs: &Messages) -> Value {
        let params: Map<String, Value> = match self {
            WebError::App(e) => e
                .params()
                .iter()
                .map(|(k, v)| ((*k).to_string(), serde_json::to_value(v).unwrap_or(Value::Null)))
                .collect(),
            _ => Map::new(),
        };
        let mut body = json!({ "code": self.code(), "message": self.message(msgs), "params": params });
        if let Some(detail) = self.detail() {
            body["detail"] = Value::String(detail.to_string());
        }
        body
    }
}

/// `invalid_input` for a parameter.
pub fn invalid(field: &str, reason: impl std::fmt::Display) -> WebError {
    WebError::App(AppError::invalid(field, reason))
}
