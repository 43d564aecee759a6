//! The review lab's latency over HTTP (`vilab bench review --http`): the
//! server started on a loopback port over a lab `bench review` filled, and
//! each page and API call timed from request to the last byte of the
//! answer, p50 / p95 / p99, on one kept-alive connection; then masked
//! renditions per second on several connections at once.
//!
//! The client is hyper's own HTTP/1.1 connection, in the same process and
//! on the same cores as the server: its cost is in the figures, as a
//! browser's would be on a reviewer's laptop serving itself.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper::client::conn::http1::SendRequest;
use hyper::{Request, StatusCode};
use hyper_util::rt::TokioIo;
use serde::Serialize;
use vilab_lab::Lab;
use vilab_lab::bench_review::{BENCH_CASE, Latency};

use crate::{CSRF_HEADER, SESSION_COOKIE};

/// What the HTTP bench measured.
#[derive(Clone, Debug, Serialize)]
pub struct HttpBench {
    /// Each call's latencies, in milliseconds.
    pub latencies: Vec<Latency>,
    /// Masked renditions per second over `connections` connections, each
    /// tile already made once (served from the cache, as a reviewer paging
    /// back and forth).
    pub renditions_per_second: f64,
    /// Connections the renditions were fetched on.
    pub connections: usize,
}

/// Why the HTTP bench stopped.
#[derive(Debug, thiserror::Error)]
pub enum BenchError {
    /// The runtime, the socket or the connection failed.
    #[error("HTTP bench: {0}")]
    Io(#[from] std::io::Error),
    /// A request could not be made or answered.
    #[error("HTTP bench: {call}: {reason}")]
    Request {
        /// The request.
        call: String,
        /// What went wrong (hyper's words, or the status and body).
        reason: String,
    },
}

fn request_failed(call: &str, reason: impl std::fmt::Display) -> BenchError {
    BenchError::Request { call: call.to_string(), reason: reason.to_string() }
}

/// A logged-in HTTP/1.1 connection to the bench server.
struct Client {
    sender: SendRequest<Full<Bytes>>,
    cookie: String,
    csrf: String,
}

impl Client {
    async fn connect(addr: SocketAddr) -> Result<SendRequest<Full<Bytes>>, BenchError> {
        let stream = tokio::net::TcpStream::connect(addr).await?;
        stream.set_nodelay(true)?;
        let (sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
            .await
            .map_err(|e| request_failed("connect", e))?;
        tokio::spawn(connection);
        Ok(sender)
    }

    /// Logs in as `username` on a new connection.
    async fn login(addr: SocketAddr, username: &str, password: &str) -> Result<Self, BenchError> {
        let mut sender = Self::connect(addr).await?;
        let body: String = form_urlencoded::Serializer::new(String::new())
            .append_pair("username", username)
            .append_pair("password", password)
            .finish();
        let request = Request::post("/api/login")
            .header("host", addr.to_string())
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Full::new(Bytes::from(body)))
            .map_err(|e| request_failed("login", e))?;
        let response = sender.send_request(request).await.map_err(|e| request_failed("login", e))?;
        let cookie = response
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(|c| c.split(';').next().filter(|p| p.starts_with(&format!("{SESSION_COOKIE}="))))
            .map(str::to_string)
            .ok_or_else(|| request_failed("login", format!("no session cookie ({})", response.status())))?;
        let bytes = response.into_body().collect().await.map_err(|e| request_failed("login", e))?.to_bytes();
        let session: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| request_failed("login", e))?;
        let csrf = session["csrf"].as_str().ok_or_else(|| request_failed("login", "no CSRF token"))?.to_string();
        Ok(Client { sender, cookie, csrf })
    }

    /// Sends one request and reads its answer to the end; refuses any
    /// status but 200 (a bench of error pages would flatter).
    async fn call(&mut self, method: &str, uri: &str, form: Option<String>) -> Result<usize, BenchError> {
        let mut request =
            Request::builder().method(method).uri(uri).header("host", "127.0.0.1").header("cookie", &self.cookie);
        if form.is_some() {
            request =
                request.header("content-type", "application/x-www-form-urlencoded").header(CSRF_HEADER, &self.csrf);
        }
        let request =
            request.body(Full::new(Bytes::from(form.unwrap_or_default()))).map_err(|e| request_failed(uri, e))?;
        self.sender.ready().await.map_err(|e| request_failed(uri, e))?;
        let response = self.sender.send_request(request).await.map_err(|e| request_failed(uri, e))?;
        let status = response.status();
        let bytes = response.into_body().collect().await.map_err(|e| request_failed(uri, e))?.to_bytes();
        if status != StatusCode::OK {
            let text = String::from_utf8_lossy(&bytes[..bytes.len().min(300)]).into_owned();
            return Err(request_failed(uri, format!("{status}: {text}")));
        }
        Ok(bytes.len())
    }
}

/// A small, fixed generator: the same requests on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n.max(1)
    }
}

async fn time(
    client: &mut Client,
    call: &str,
    calls: usize,
    mut request: impl FnMut(usize) -> (&'static str, String, Option<String>),
) -> Result<Latency, BenchError> {
    let mut ms = Vec::with_capacity(calls);
    for i in 0..calls {
        let (method, uri, form) = request(i);
        let started = Instant::now();
        client.call(method, &uri, form).await?;
        ms.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| ms[((ms.len() as f64 * q) as usize).min(ms.len() - 1)];
    Ok(Latency { call: call.to_string(), calls, p50: at(0.50), p95: at(0.95), p99: at(0.99) })
}

/// Serves `lab` on a loopback port and measures the review calls over
/// HTTP as `username` (who must be a member of the bench case), the grid
/// with the same filters as `bench review`'s application-layer table;
/// `sample`: row ids of items that have a thumbnail.
pub fn measure(
    lab: Lab,
    username: &str,
    password: &str,
    items: u64,
    calls: usize,
    sample: &[i64],
    connections: usize,
) -> Result<HttpBench, BenchError> {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(crate::serve(Arc::new(lab), listener, None, async {
            let _ = stopped.await;
        }));
        let mut client = Client::login(addr, username, password).await?;
        let latencies = latencies(&mut client, items, calls).await?;
        let renditions_per_second = renditions(addr, username, password, sample, connections.max(1)).await?;
        let _ = stop.send(());
        server.await.map_err(|e| request_failed("server", e))??;
        Ok(HttpBench { latencies, renditions_per_second, connections: connections.max(1) })
    })
}

async fn latencies(client: &mut Client, items: u64, calls: usize) -> Result<Vec<Latency>, BenchError> {
    let case = BENCH_CASE;
    let mut rng = Rng(0xBEEF);
    let mut out = Vec::new();
    let filters: [(&str, &str); 14] = [
        ("no filter", ""),
        ("triage = known", "triage=known"),
        ("proposed category = 2", "proposed=2"),
        ("undecided", "decided=undecided"),
        ("decided category = 3", "decided=3"),
        ("hash set = SET-1", "hashset=SET-1"),
        ("camera make = Sony", "make=Sony"),
        ("camera body serial", "serial=SN000007"),
        ("has GPS", "gps=yes"),
        ("taken in 2022", "from=2022&before=2023"),
        ("exhibit", "exhibit=2"),
        ("folder", "folder=DCIM%2F042%2F"),
        ("series", "series=1"),
        ("three filters (new, GPS, Canon)", "triage=new&gps=yes&make=Canon"),
    ];
    for (name, filter) in filters {
        out.push(
            time(client, &format!("GET grid page (API): {name}"), calls, |i| {
                // Half from the start, half from a random place.
                let after = if i % 2 == 1 { format!("&after={}", 1 + rng.below(items)) } else { String::new() };
                ("GET", format!("/api/cases/{case}/review?limit=100&{filter}{after}"), None)
            })
            .await?,
        );
    }
    out.push(
        time(client, "GET grid page (HTML shell)", calls, |_| ("GET", format!("/cases/{case}/review"), None)).await?,
    );
    // The grid page's panels, which review.js loads after the first tiles.
    out.push(
        time(client, "GET grid panel: folder groups (HTML fragment)", calls.min(50), |_| {
            ("GET", format!("/cases/{case}/review/groups"), None)
        })
        .await?,
    );
    out.push(
        time(client, "GET grid panel: timeline (HTML fragment)", calls.min(50), |_| {
            ("GET", format!("/cases/{case}/review/timeline"), None)
        })
        .await?,
    );
    out.push(
        time(client, "GET groups by folder", calls.min(50), |_| {
            ("GET", format!("/api/cases/{case}/groups?by=folder"), None)
        })
        .await?,
    );
    out.push(
        time(client, "GET media detail (API)", calls, |_| {
            ("GET", format!("/api/media/%23{}", 1 + rng.below(items)), None)
        })
        .await?,
    );
    out.push(
        time(client, "GET media detail (HTML page)", calls, |_| {
            ("GET", format!("/media/%23{}", 1 + rng.below(items)), None)
        })
        .await?,
    );
    out.push(
        time(client, "GET similar items (API, PDQ radius 31)", calls, |_| {
            ("GET", format!("/api/media/%23{}/similar?radius=31", 1 + rng.below(items)), None)
        })
        .await?,
    );
    out.push(
        time(client, "POST categorize 100 selected items", calls, |_| {
            let start = 1 + rng.below(items.saturating_sub(100).max(1));
            let ids: Vec<String> = (start..start + 100).map(|n| n.to_string()).collect();
            ("POST", format!("/api/cases/{case}/decisions"), Some(format!("items={}&category=2", ids.join("%2C"))))
        })
        .await?,
    );
    out.push(
        time(client, "GET camera groups (all cases)", calls.min(50), |_| ("GET", "/api/cameras".into(), None)).await?,
    );
    out.push(
        time(client, "GET map cells (0.5 degree)", calls.min(50), |_| {
            ("GET", format!("/api/cases/{case}/map?cell=0.5"), None)
        })
        .await?,
    );
    out.push(
        time(client, "GET timeline by month", calls.min(50), |_| {
            ("GET", format!("/api/cases/{case}/timeline?step=month"), None)
        })
        .await?,
    );
    Ok(out)
}

/// Masked renditions per second on `connections` connections at once, each
/// logged in on its own; the tiles are made once first (not timed).
async fn renditions(
    addr: SocketAddr,
    username: &str,
    password: &str,
    sample: &[i64],
    connections: usize,
) -> Result<f64, BenchError> {
    let mut clients = Vec::with_capacity(connections);
    for _ in 0..connections {
        clients.push(Client::login(addr, username, password).await?);
    }
    let uri = |id: i64| format!("/api/media/%23{id}/rendition");
    for &id in sample {
        clients[0].call("GET", &uri(id), None).await?;
    }
    let sample: Arc<Vec<i64>> = Arc::new(sample.to_vec());
    const ROUNDS: usize = 5;
    let started = Instant::now();
    let tasks: Vec<_> = clients
        .into_iter()
        .enumerate()
        .map(|(t, mut client)| {
            let sample = sample.clone();
            tokio::spawn(async move {
                let mut served = 0usize;
                for _ in 0..ROUNDS {
                    for &id in sample.iter().skip(t).step_by(connections) {
                        client.call("GET", &uri(id), None).await?;
                        served += 1;
                    }
                }
                Ok::<usize, BenchError>(served)
            })
        })
        .collect();
    let mut served = 0;
    for task in tasks {
        served += task.await.map_err(|e| request_failed("renditions", e))??;
    }
    Ok(served as f64 / started.elapsed().as_secs_f64().max(1e-9))
}
