//! HTTPS: the server speaks TLS (rustls, ring) with a PEM certificate and
//! key, and its cookies are then `Secure`. `tests/tls/` holds a test
//! authority (`ca.pem`, its key thrown away) and a certificate it signed for
//! localhost and 127.0.0.1 (`cert.pem`, `key.pem`; P-256, 100 years), made
//! with `openssl req -x509` for the authority and `openssl x509 -req` with
//! `subjectAltName=DNS:localhost,IP:127.0.0.1`,
//! `basicConstraints=critical,CA:FALSE`, `extendedKeyUsage=serverAuth`.

use std::path::Path;
use std::sync::Arc;

use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio_rustls::rustls;
use tokio_rustls::rustls::pki_types::pem::PemObject as _;
use tokio_rustls::rustls::pki_types::{CertificateDer, ServerName};
use vilab_lab::{Lab, NewAccount, Role};

const PASSWORD: &str = "a long enough password";

async fn https(addr: std::net::SocketAddr, request: String) -> String {
    let cert_file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tls/ca.pem");
    let mut roots = rustls::RootCertStore::empty();
    roots.add(CertificateDer::from_pem_file(&cert_file).unwrap()).unwrap();
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(vilab_server::tls::crypto_provider()))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
    let tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
    let mut tls = connector.connect(ServerName::try_from("localhost").unwrap(), tcp).await.unwrap();
    tls.write_all(request.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    // The server closes after the answer (Connection: close); a peer that
    // closes without close_notify is an error rustls reports: keep what came.
    let _ = tls.read_to_end(&mut answer).await;
    String::from_utf8_lossy(&answer).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn https_serves_the_lab_and_its_cookies_are_secure() {
    let dir = tempfile::tempdir().unwrap();
    let admin = NewAccount { username: "admin".into(), password: PASSWORD.into(), role: Role::Admin };
    let lab_dir = dir.path().join("lab");
    let (lab, _) = tokio::task::spawn_blocking(move || Lab::init(&lab_dir, &admin, "test").unwrap()).await.unwrap();
    let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tls");
    let config = vilab_server::tls::server_config(&tests.join("cert.pem"), &tests.join("key.pem")).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(vilab_server::serve(Arc::new(lab), listener, Some(config), async {
        let _ = stopped.await;
    }));

    let page = https(addr, "GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".into()).await;
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    assert!(page.to_lowercase().contains("content-security-policy: default-src 'none'"), "{page}");

    let form = format!("username=admin&password={}&next=%2F", PASSWORD.replace(' ', "+"));
    let request = format!(
        "POST /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{form}",
        form.len()
    );
    let answer = https(addr, request).await;
    assert!(answer.starts_with("HTTP/1.1 303"), "{answer}");
    let cookie = answer.lines().find(|l| l.to_lowercase().starts_with("set-cookie: vilab_session=")).unwrap();
    for part in ["HttpOnly", "SameSite=Strict", "Path=/", "Secure"] {
        assert!(cookie.contains(part), "{cookie} lacks {part}");
    }

    // A client that never finishes its handshake holds up nobody.
    let _silent = tokio::net::TcpStream::connect(addr).await.unwrap();
    let page = https(addr, "GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".into()).await;
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");

    let _ = stop.send(());
    server.await.unwrap().unwrap();
}

#[test]
fn a_missing_or_bad_certificate_is_refused_with_the_file_named() {
    let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tls");
    let e = vilab_server::tls::server_config(&tests.join("nothing.pem"), &tests.join("key.pem")).unwrap_err();
    assert!(e.to_string().contains("nothing.pem"), "{e}");
    let e = vilab_server::tls::server_config(&tests.join("cert.pem"), &tests.join("cert.pem")).unwrap_err();
    assert!(e.to_string().contains("cert.pem"), "{e}");
}
