//! A built bundle verifies; any changed, missing or extra file, a changed
//! manifest, a wrong signature or an unexpected key fails, naming the file.

mod common;

use common::{bundle, file, key, spec};
use ed25519_dalek::Signer;
use vilab_gallery::{
    BundleError, BundleFile, MANIFEST_PATH, SIGNATURE_PATH, SigningKey, build, parse_manifest, verify,
};

fn fails_at(files: &[BundleFile], expected_key: Option<&[u8; 32]>) -> (String, BundleError) {
    let error = verify(files, expected_key).expect_err("the bundle must not verify");
    (error.bundle_path().expect("the error names a file").to_string(), error)
}

#[test]
fn a_built_bundle_verifies_and_lists_every_file_but_the_manifest_and_signature() {
    let files = bundle();
    let verified = verify(&files, Some(&key().verifying_key().to_bytes())).unwrap();
    let manifest = &verified.manifest;
    assert_eq!(manifest.format, "vilab.bundle/1");
    assert_eq!(verified.uid(), "b7e1c0de0123456789abcdef01234567");
    assert_eq!(manifest.recipient, "សុខ ចាន់ណា");
    assert_eq!(manifest.expires, "2027-01-07");
    assert_eq!(manifest.items, ["a1", "b2"]);
    assert_eq!(manifest.public_key, hex::encode(key().verifying_key().to_bytes()));
    let listed: Vec<&str> = manifest.files.iter().map(|f| f.path.as_str()).collect();
    for path in ["index.html", "app.js", "style.css", "data.js", "items/a1.jpg", "items/b2.jpg"] {
        assert!(listed.contains(&path), "{path} not listed");
    }
    for font in ["NotoSans", "NotoSansKhmer", "NotoSansLao", "NotoSansThai"] {
        assert!(listed.contains(&format!("fonts/{font}-Regular.woff2").as_str()), "{font} missing");
    }
    assert_eq!(listed.len() + 2, files.len());
    assert!(!listed.contains(&MANIFEST_PATH) && !listed.contains(&SIGNATURE_PATH));
    // The renditions are the caller's bytes, unchanged.
    assert_eq!(files.iter().find(|f| f.path == "items/b2.jpg").unwrap().bytes, common::jpeg(5));
}

#[test]
fn one_changed_byte_fails_naming_the_file() {
    let mut files = bundle();
    let item = file(&mut files, "items/a1.jpg");
    item.bytes[100] ^= 1;
    let (path, error) = fails_at(&files, None);
    assert_eq!(path, "items/a1.jpg");
    assert!(matches!(error, BundleError::Hash { .. }), "{error}");

    let mut files = bundle();
    file(&mut files, "app.js").bytes.push(b' ');
    let (path, error) = fails_at(&files, None);
    assert_eq!(path, "app.js");
    assert!(matches!(error, BundleError::Size { .. }), "{error}");
}

#[test]
fn a_missing_file_fails_naming_it() {
    for missing in ["items/b2.jpg", "fonts/NotoSansLao-Regular.woff2", MANIFEST_PATH, SIGNATURE_PATH] {
        let files: Vec<BundleFile> = bundle().into_iter().filter(|f| f.path != missing).collect();
        let (path, error) = fails_at(&files, None);
        assert_eq!(path, missing);
        assert!(matches!(error, BundleError::Missing { .. }), "{error}");
    }
}

#[test]
fn an_extra_file_fails_naming_it() {
    for extra in ["items/c3.jpg", "notes.txt", "fonts/x.woff2"] {
        let mut files = bundle();
        files.push(BundleFile { path: extra.into(), bytes: b"x".to_vec() });
        let (path, error) = fails_at(&files, None);
        assert_eq!(path, extra);
        assert!(matches!(error, BundleError::Extra { .. }), "{error}");
    }
}

#[test]
fn a_changed_manifest_fails_its_signature() {
    let mut files = bundle();
    let manifest = file(&mut files, MANIFEST_PATH);
    let text = String::from_utf8(manifest.bytes.clone()).unwrap().replace("2027-01-07", "2099-01-07");
    manifest.bytes = text.into_bytes();
    let (path, error) = fails_at(&files, None);
    assert_eq!(path, SIGNATURE_PATH);
    assert!(matches!(error, BundleError::Signature { .. }), "{error}");
}

#[test]
fn a_manifest_re_signed_by_another_key_fails_against_the_expected_key() {
    // An attacker changes a file, lists its new hash and signs with a key
    // of their own: the bundle is consistent, so only the expected key
    // tells it apart.
    let mut files = bundle();
    let other = SigningKey::from_bytes(&[9u8; 32]);
    let forged = build(&spec(), &other).unwrap();
    assert!(verify(&forged, None).is_ok());
    let (path, error) = fails_at(&forged, Some(&key().verifying_key().to_bytes()));
    assert_eq!(path, MANIFEST_PATH);
    assert!(matches!(error, BundleError::WrongKey { .. }), "{error}");
    // And a signature by another key over the genuine manifest fails.
    let manifest = file(&mut files, MANIFEST_PATH).bytes.clone();
    file(&mut files, SIGNATURE_PATH).bytes =
        format!("{}\n", hex::encode(other.sign(&manifest).to_bytes())).into_bytes();
    let (path, error) = fails_at(&files, None);
    assert_eq!(path, SIGNATURE_PATH);
    assert!(matches!(error, BundleError::Signature { .. }), "{error}");
}

#[test]
fn a_malformed_signature_or_manifest_is_named() {
    let mut files = bundle();
    file(&mut files, SIGNATURE_PATH).bytes = b"not hex".to_vec();
    assert_eq!(fails_at(&files, None).0, SIGNATURE_PATH);

    let mut files = bundle();
    file(&mut files, MANIFEST_PATH).bytes = b"{\n  \"format\": 3\n}".to_vec();
    let (path, error) = fails_at(&files, None);
    assert_eq!(path, MANIFEST_PATH);
    let BundleError::Manifest { line, .. } = error else { panic!("{error}") };
    assert_eq!(line, 2);
}

#[test]
fn the_manifest_parser_refuses_paths_that_leave_the_bundle() {
    let files = bundle();
    let manifest = &files.iter().find(|f| f.path == MANIFEST_PATH).unwrap().bytes;
    let text = String::from_utf8(manifest.clone()).unwrap();
    for bad in ["../evil.js", "/etc/passwd", "items/../../x", ".hidden"] {
        let changed = text.replacen("\"app.js\"", &format!("{bad:?}"), 1);
        let error = parse_manifest(changed.as_bytes()).expect_err(bad);
        assert!(error.to_string().contains("files["), "{bad}: {error}");
    }
    assert!(parse_manifest(manifest).is_ok());
}

#[test]
fn pages_carry_the_five_languages_a_strict_policy_and_no_inline_script() {
    let files = bundle();
    let text = |path: &str| String::from_utf8(files.iter().find(|f| f.path == path).unwrap().bytes.clone()).unwrap();
    let index = text("index.html");
    assert!(index.contains("http-equiv=\"Content-Security-Policy\""));
    assert!(index.contains("script-src 'self'"));
    assert!(!index.contains("<script>"), "an inline script");
    assert!(!index.contains("unsafe-inline"));
    // The title is escaped, the expiry shown even without JavaScript.
    assert!(index.contains("Training gallery &lt;Phnom Penh&gt; &amp; more"));
    assert!(index.contains("2027-01-07"));
    let data = text("data.js");
    assert!(data.starts_with("window.VILAB_BUNDLE = "));
    for lang in vilab_i18n::Lang::ALL {
        let word = vilab_i18n::Messages::new(lang).get("gallery-save-clues");
        assert!(data.contains(&word), "{lang:?}: {word}");
    }
    assert!(!data.contains('<'), "data.js could close a script element");
    let app = text("app.js");
    for forbidden in ["fetch(", "XMLHttpRequest", "innerHTML", "eval("] {
        assert!(!app.contains(forbidden), "app.js uses {forbidden}");
    }
    assert!(app.contains("crypto.getRandomValues"));
}

#[test]
fn a_bad_spec_is_refused_naming_the_field() {
    let mut s = spec();
    s.items[1].id = "../x".into();
    assert!(build(&s, &key()).unwrap_err().to_string().contains("items[1].id"));
    let mut s = spec();
    s.items[0].jpeg = b"PNG".to_vec();
    assert!(build(&s, &key()).unwrap_err().to_string().contains("items[0].jpeg"));
    let mut s = spec();
    s.expires = "2026-01-01".into();
    assert!(build(&s, &key()).unwrap_err().to_string().contains("expires"));
    let mut s = spec();
    s.items.push(s.items[0].clone());
    assert!(build(&s, &key()).unwrap_err().to_string().contains("items[2].id"));
}
