//! vilab-server: the browser lab. An axum server of pages rendered on the
//! server (maud) and a JSON API beside them, over the application layer
//! (`vilab-lab`), fully offline: every style, script and font is embedded
//! in the binary, and the Content-Security-Policy lets nothing load from
//! another host.
//!
//! - [`routes::ROUTES`] is every route, as data; [`router`] builds the
//!   axum router from it alone, and [`openapi::document`] describes it.
//! - [`call::dispatch`] is the one handler behind every route: cookies,
//!   language, parameters, the CSRF check of a change; the route's own
//!   handler then runs on a blocking thread, resumes the session from the
//!   cookie, calls the application layer and renders.
//! - [`error`] is the one place where an error becomes an HTTP status and a
//!   message in the reader's language.
//! - [`serve`] runs it on a TCP port, in the clear or over TLS (rustls with
//!   the ring provider).
//!
//! No handler touches a store: they hold a `vilab_lab::Lab` and call
//! `vilab_lab::Session`, which checks every call against the permission
//! table and writes it to the audit chain.

pub mod assets;
pub mod bench;
pub mod call;
pub mod error;
pub mod openapi;
pub mod routes;
pub mod tls;

mod admin;
mod api;
mod detail;
mod leads;
mod pages;
mod panels;
mod record_forms;
mod records;
mod review;
mod series;
mod series_links;
mod settings;
mod upload;
// ViLab galleries and exercises (issue 20, branch webgallery).
mod exercise_pages;
mod exercises;
mod galleries;
mod gallery_pages;
// Regions and renditions per audience (issue 20, webregions).
mod regions;
mod regions_page;
mod renditions;

use std::collections::BTreeMap;
use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use axum::Router;
use axum::extract::{Path, Request};
use axum::http::header::{self, HeaderValue};
use axum::response::Response;
use axum::routing::{MethodFilter, MethodRouter, on};
use vilab_i18n::{Arg, Messages};
use vilab_lab::Lab;

pub use call::{CSRF_FIELD, CSRF_HEADER, LANG_COOKIE, SESSION_COOKIE, ServerState, csrf_token};

use crate::call::{dispatch, error_response};
use crate::error::WebError;
use crate::routes::{Method, ROUTES};

/// The Content-Security-Policy of every answer: nothing but this server's
/// own files, no inline script or style, no frame, no other host.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; \
font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// The router of every route of [`ROUTES`], with the security headers on
/// every answer. `tls`: whether it is served over TLS (cookies `Secure`).
pub fn router(lab: Arc<Lab>, tls: bool) -> Router {
    let state = ServerState { lab, tls };
    let mut by_path: BTreeMap<&'static str, MethodRouter> = BTreeMap::new();
    for route in ROUTES {
        let filter = match route.method {
            Method::Get => MethodFilter::GET,
            Method::Post => MethodFilter::POST,
        };
        let st = state.clone();
        let method_router = if route.path_params().next().is_some() {
            on(filter, move |Path(params): Path<BTreeMap<String, String>>, request: Request| {
                dispatch(st.clone(), route, params, request)
            })
        } else {
            on(filter, move |request: Request| dispatch(st.clone(), route, BTreeMap::new(), request))
        };
        let entry = by_path.remove(route.path);
        let merged = match entry {
            Some(existing) => existing.merge(method_router),
            None => method_router,
        };
        by_path.insert(route.path, merged);
    }
    let mut router = Router::new();
    for (path, method_router) in by_path {
        let json = path.starts_with("/api/");
        router = router.route(
            path,
            method_router.fallback(move |request: Request| refuse(request, json, WebError::MethodNotAllowed)),
        );
    }
    router
        .fallback(|request: Request| {
            let json = request.uri().path().starts_with("/api/");
            refuse(request, json, WebError::NoRoute)
        })
        .layer(axum::middleware::map_response(security_headers))
}

async fn refuse(request: Request, json: bool, e: WebError) -> Response {
    let lang = request
        .headers()
        .get(header::COOKIE)
        .and_then(|v| v.to_str().ok())
        .and_then(|c| c.split(';').filter_map(|p| p.trim().strip_prefix("vilab_lang=")).next())
        .and_then(vilab_i18n::Lang::parse)
        .unwrap_or(vilab_i18n::Lang::En);
    error_response(json, &Messages::new(lang), e)
}

/// The headers of every answer: the CSP, no sniffing, no referrer, no
/// framing, and no caching of anything but the embedded files.
async fn security_headers(mut response: Response) -> Response {
    let h = response.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    h.insert("cross-origin-resource-policy", HeaderValue::from_static("same-origin"));
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// Where and how to serve.
#[derive(Clone, Debug)]
pub struct ServeOptions {
    /// The address to listen on (default 127.0.0.1:8080).
    pub bind: SocketAddr,
    /// A certificate chain and its private key (PEM) to serve HTTPS.
    pub tls: Option<(PathBuf, PathBuf)>,
}

/// The default address: this machine only.
pub const DEFAULT_BIND: &str = "127.0.0.1:8080";

/// Why the server could not run.
#[derive(Debug)]
pub enum ServeError {
    /// The address could not be listened on.
    Bind {
        /// The address.
        addr: SocketAddr,
        /// Why.
        source: std::io::Error,
    },
    /// The certificate or key could not be read or used.
    Tls {
        /// The file.
        file: PathBuf,
        /// Why (rustls's or the system's words).
        reason: String,
    },
    /// The runtime or the server failed.
    Io(std::io::Error),
}

impl ServeError {
    /// In the reader's language.
    pub fn message(&self, msgs: &Messages) -> String {
        match self {
            ServeError::Bind { addr, source } => msgs.format(
                "web-serve-bind-failed",
                &[("addr", Arg::from(addr.to_string())), ("reason", Arg::from(source.to_string()))],
            ),
            ServeError::Tls { file, reason } => msgs.format(
                "web-serve-tls-failed",
                &[("file", Arg::from(file.display().to_string())), ("reason", Arg::from(reason.as_str()))],
            ),
            ServeError::Io(e) => msgs.format("web-serve-failed", &[("reason", Arg::from(e.to_string()))]),
        }
    }
}

impl std::fmt::Display for ServeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(&Messages::new(vilab_i18n::Lang::En)))
    }
}

impl std::error::Error for ServeError {}

/// Serves `lab` until `stop` is set (Ctrl-C), then finishes the requests
/// under way and returns. `ready` is told the address listened on (the
/// port chosen when the bind address says 0) and whether it is HTTPS.
/// Runs a runtime of its own: the caller needs none.
pub fn run(
    lab: Lab,
    options: &ServeOptions,
    stop: Arc<AtomicBool>,
    ready: impl FnOnce(SocketAddr, bool),
) -> Result<(), ServeError> {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(ServeError::Io)?;
    let tls = match &options.tls {
        Some((cert, key)) => Some(tls::server_config(cert, key)?),
        None => None,
    };
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(options.bind)
            .await
            .map_err(|source| ServeError::Bind { addr: options.bind, source })?;
        let addr = listener.local_addr().map_err(ServeError::Io)?;
        ready(addr, tls.is_some());
        let shutdown = async move {
            while !stop.load(Ordering::SeqCst) {
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            }
        };
        serve(Arc::new(lab), listener, tls, shutdown).await.map_err(ServeError::Io)
    })
}

/// Serves on `listener` (in the clear, or over TLS with `tls`) until
/// `shutdown` completes. For a caller with a runtime of its own (tests).
pub async fn serve(
    lab: Arc<Lab>,
    listener: tokio::net::TcpListener,
    tls: Option<Arc<tls::ServerConfig>>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let secure = tls.is_some();
    let app = router(lab, secure).into_make_service_with_connect_info::<SocketAddr>();
    match tls {
        None => axum::serve(listener, app).with_graceful_shutdown(shutdown).await,
        Some(config) => {
            // `tap_io` only to get axum's peer address (ConnectInfo) for a
            // listener of our own.
            use axum::serve::ListenerExt as _;
            let listener = tls::TlsListener::new(listener, config)?.tap_io(|_| {});
            axum::serve(listener, app).with_graceful_shutdown(shutdown).await
        }
    }
}
