//! The browser tests' harness (of `browser.rs`; a test may open a second
//! chromium for a second person): Debian's chromium, headless, driven over
//! WebDriver by fantoccini through a chromedriver started on a free port,
//! against a server of the fixture's lab running in the test's process;
//! screenshots under `target/screenshots/`, and small waits.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

use super::Fixture;

/// The browser and its driver, as Debian installs them (`CHROMIUM` and
/// `CHROMEDRIVER` override).
pub fn program(var: &str, default: &str) -> PathBuf {
    let path = std::env::var_os(var).map(PathBuf::from).unwrap_or_else(|| PathBuf::from(default));
    assert!(
        path.exists(),
        "{} is missing: the browser test needs Debian's chromium and chromium-driver \
         (run `bash .ci/install-deps`, or set {var})",
        path.display()
    );
    path
}

/// chromedriver, ended when the test ends (passing or not).
pub struct Driver {
    child: Child,
    /// Its port on 127.0.0.1.
    pub port: u16,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

pub fn start_driver() -> Driver {
    let driver = program("CHROMEDRIVER", "/usr/bin/chromedriver");
    let port = free_port();
    let child = Command::new(&driver)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", driver.display()));
    let driver = Driver { child, port };
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "chromedriver did not listen on port {port} within 20 s");
        std::thread::sleep(Duration::from_millis(100));
    }
    driver
}

pub fn screenshots_dir() -> PathBuf {
    // CARGO_TARGET_TMPDIR is target/tmp: the screenshots go beside it.
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).parent().unwrap().join("screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub async fn screenshot(client: &Client, name: &str) {
    let png = client.screenshot().await.unwrap();
    assert!(png.starts_with(b"\x89PNG"), "a PNG");
    std::fs::write(screenshots_dir().join(format!("{name}.png")), png).unwrap();
}

/// The text of the first element `css` finds, waiting up to 10 s for it.
/// A page that re-renders a list (the clue board polls every 3 s) may
/// replace the element between finding and reading it: then it is found
/// again.
pub async fn text_of(client: &Client, css: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let element = client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css(css)).await.unwrap();
        match element.text().await {
            Ok(text) => return text,
            Err(fantoccini::error::CmdError::Standard(e))
                if e.error == fantoccini::error::ErrorStatus::StaleElementReference && Instant::now() < deadline => {}
            Err(e) => panic!("reading the text of {css}: {e}"),
        }
    }
}

/// Waits until `script` returns true.
pub async fn wait_js(client: &Client, script: &str, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if client.execute(script, vec![]).await.unwrap() == Value::Bool(true) {
            return;
        }
        assert!(Instant::now() < deadline, "waited 10 s for {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

pub async fn log_in(client: &Client, base: &str, username: &str, password: &str) {
    client.goto(&format!("{base}/login")).await.unwrap();
    client.find(Locator::Css("#username")).await.unwrap().send_keys(username).await.unwrap();
    client.find(Locator::Css("#password")).await.unwrap().send_keys(password).await.unwrap();
    client.find(Locator::Css("form[action='/login'] button[type=submit]")).await.unwrap().click().await.unwrap();
    client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css("form[action='/logout']")).await.unwrap();
}

/// A new WebDriver session on `driver`: a chromium of its own (its own
/// cookies), headless, 1280 x 1000, asking for English.
pub async fn new_client(driver: &Driver) -> Client {
    let chromium = program("CHROMIUM", "/usr/bin/chromium");
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        json!({
            "binary": chromium,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,1000", "--lang=en-US"],
        }),
    );
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    ClientBuilder::new(connector)
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .expect("a WebDriver session of chromium")
}

/// Logs a browser out by forgetting its cookies (the session cookie is
/// HttpOnly; the next log-in makes a new one).
pub async fn log_out(client: &Client, base: &str) {
    client.goto(&format!("{base}/login")).await.unwrap();
    client.delete_all_cookies().await.unwrap();
}

/// A server of the fixture's lab, chromium driving a page of it, and how
/// to end both.
pub struct Browser {
    /// The WebDriver session.
    pub client: Client,
    /// `http://127.0.0.1:port` of the server.
    pub base: String,
    stop: tokio::sync::oneshot::Sender<()>,
    server: tokio::task::JoinHandle<std::io::Result<()>>,
    driver: Driver,
}

impl Browser {
    /// Serves the fixture's lab on a free port and opens chromium (1280 x
    /// 1000, English) on a chromedriver of its own.
    pub async fn start(fx: &Fixture) -> Browser {
        let driver = start_driver();
        let lab = Arc::new(fx.open());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(vilab_server::serve(lab, listener, None, async {
            let _ = stopped.await;
        }));
        let client = new_client(&driver).await;
        Browser { client, base, stop, server, driver }
    }

    /// Another chromium on the same driver and server (cookies of its
    /// own): a second person at the same time. Close it before [`Browser::end`].
    pub async fn another_client(&self) -> Client {
        new_client(&self.driver).await
    }

    /// Closes the browser, stops the server and the driver.
    pub async fn end(self) {
        self.client.close().await.unwrap();
        let _ = self.stop.send(());
        self.server.await.unwrap().unwrap();
        drop(self.driver);
    }
}
