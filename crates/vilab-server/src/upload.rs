//! `multipart/form-data` as a browser's form sends it: text fields, and at
//! most one file (a picture to search by), read whole from a body whose size
//! dispatch has already bounded. Written here rather than pulled in: one
//! file field, no streaming, and every malformation is `bad_body`.

use crate::error::WebError;

/// The largest body of a route that takes a file: the picture and a few
/// fields.
pub const MAX_UPLOAD_BODY: usize = vilab_lab::ops::lookup::MAX_UPLOAD_BYTES + 64 * 1024;

/// What a multipart body held.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Parts {
    /// The text fields, in order.
    pub fields: Vec<(String, String)>,
    /// The first file's field name and bytes (an empty file input sends a
    /// part with no name and no bytes: not kept).
    pub file: Option<(String, Vec<u8>)>,
}

/// The boundary of a `multipart/form-data` content type, if it is one.
pub fn boundary(content_type: &str) -> Option<String> {
    let (kind, params) = content_type.split_once(';')?;
    if !kind.trim().eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    params.split(';').find_map(|p| {
        let (k, v) = p.trim().split_once('=')?;
        k.trim().eq_ignore_ascii_case("boundary").then(|| v.trim().trim_matches('"').to_string())
    })
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    (from..=hay.len() - needle.len()).find(|&i| hay[i..i + needle.len()] == *needle)
}

/// A parameter of a `Content-Disposition` header (`name`, `filename`).
fn disposition_param(header: &str, name: &str) -> Option<String> {
    header.split(';').skip(1).find_map(|p| {
        let (k, v) = p.trim().split_once('=')?;
        (k.trim().eq_ignore_ascii_case(name)).then(|| v.trim().trim_matches('"').to_string())
    })
}

/// Splits a multipart body by its boundary.
pub fn parse(boundary: &str, body: &[u8]) -> Result<Parts, WebError> {
    if boundary.is_empty() || boundary.len() > 200 {
        return Err(WebError::BadBody);
    }
    let delimiter = format!("--{boundary}");
    let next = format!("\r\n--{boundary}");
    let mut at = find(body, delimiter.as_bytes(), 0).ok_or(WebError::BadBody)? + delimiter.len();
    let mut parts = Parts::default();
    loop {
        if body[at..].starts_with(b"--") {
            return Ok(parts);
        }
        if !body[at..].starts_with(b"\r\n") {
            return Err(WebError::BadBody);
        }
        at += 2;
        let head_end = find(body, b"\r\n\r\n", at).ok_or(WebError::BadBody)?;
        let head = std::str::from_utf8(&body[at..head_end]).map_err(|_| WebError::BadBody)?;
        let disposition = head
            .split("\r\n")
            .find_map(|line| {
                let (k, v) = line.split_once(':')?;
                k.trim().eq_ignore_ascii_case("content-disposition").then_some(v)
            })
            .ok_or(WebError::BadBody)?;
        let name = disposition_param(disposition, "name").ok_or(WebError::BadBody)?;
        let content_start = head_end + 4;
        let content_end = find(body, next.as_bytes(), content_start).ok_or(WebError::BadBody)?;
        let content = &body[content_start..content_end];
        if disposition_param(disposition, "filename").is_some() {
            if parts.file.is_none() && !content.is_empty() {
                parts.file = Some((name, content.to_vec()));
            }
        } else {
            let text = String::from_utf8(content.to_vec()).map_err(|_| WebError::BadBody)?;
            parts.fields.push((name, text));
        }
        at = content_end + next.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(parts: &[(&str, Option<&str>, &[u8])]) -> Vec<u8> {
        let mut out = Vec::new();
        for (name, filename, content) in parts {
            out.extend_from_slice(b"--XyZ\r\n");
            match filename {
                Some(f) => out.extend_from_slice(
                    format!("Content-Disposition: form-data; name=\"{name}\"; filename=\"{f}\"\r\nContent-Type: image/jpeg\r\n\r\n").as_bytes(),
                ),
                None => out.extend_from_slice(format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes()),
            }
            out.extend_from_slice(content);
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(b"--XyZ--\r\n");
        out
    }

    #[test]
    fn fields_and_one_file_are_read_whatever_bytes_the_file_holds() {
        assert_eq!(boundary("multipart/form-data; boundary=XyZ").as_deref(), Some("XyZ"));
        assert_eq!(boundary("multipart/form-data; boundary=\"XyZ\"").as_deref(), Some("XyZ"));
        assert_eq!(boundary("application/x-www-form-urlencoded"), None);
        let picture: &[u8] = b"\xff\xd8\r\n--Xy\r\n\x00\xff";
        let parts = parse(
            "XyZ",
            &body(&[("csrf", None, b"t0ken"), ("picture", Some("a.jpg"), picture), ("radius", None, b"20")]),
        )
        .unwrap();
        assert_eq!(parts.fields, [("csrf".to_string(), "t0ken".to_string()), ("radius".to_string(), "20".to_string())]);
        assert_eq!(parts.file, Some(("picture".to_string(), picture.to_vec())));
    }

    #[test]
    fn an_empty_file_input_gives_no_file_and_malformed_bodies_are_refused() {
        let parts = parse("XyZ", &body(&[("picture", Some(""), b"")])).unwrap();
        assert_eq!(parts.file, None);
        for bad in [
            &b""[..],
            b"--XyZ\r\nno header end",
            b"--XyZ\r\nContent-Disposition: form-data\r\n\r\nx\r\n--XyZ--",
            b"--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated",
        ] {
            assert!(matches!(parse("XyZ", bad), Err(WebError::BadBody)), "{:?}", String::from_utf8_lossy(bad));
        }
    }
}
