//! The OpenAPI 3.1 document of the JSON API, generated from the route
//! table: every `/api/` route with its method, operationId, tag,
//! parameters, body, the permission it needs (`x-vilab-action`) and its
//! answers. Bodies are described as objects carrying their `shape`
//! (`vilab.case/1`, ...), whose fields the application layer documents.
//! Served at `/api/openapi.json`; `openapi.json` beside `Cargo.toml` is a
//! committed copy that a test keeps equal (regenerate it with
//! `VILAB_BLESS=1 cargo test -p vilab-server openapi`).

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use crate::error::SERVER_CODES;
use crate::routes::{In, Kind, Method, ROUTES, Route, Type};

fn schema(ty: Type) -> Value {
    match ty {
        Type::Str => json!({ "type": "string" }),
        Type::Int => json!({ "type": "integer", "minimum": 0 }),
        Type::Ids => json!({
            "oneOf": [
                { "type": "array", "items": { "type": "integer", "minimum": 1 } },
                { "type": "string", "pattern": "^#?[0-9]+(,#?[0-9]+)*$" },
            ],
        }),
        Type::File => json!({ "type": "string", "contentMediaType": "application/octet-stream" }),
    }
}

fn error_response(description: &str) -> Value {
    json!({
        "description": description,
        "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } },
    })
}

fn operation(route: &Route) -> Value {
    let mut op = Map::new();
    op.insert("operationId".into(), json!(route.id));
    op.insert("summary".into(), json!(route.summary));
    op.insert("tags".into(), json!([route.tag]));
    let parameters: Vec<Value> = route
        .params
        .iter()
        .filter(|p| p.location != In::Body)
        .map(|p| {
            json!({
                "name": p.name,
                "in": if p.location == In::Path { "path" } else { "query" },
                "required": p.required,
                "description": p.doc,
                "schema": schema(p.ty),
            })
        })
        .collect();
    if !parameters.is_empty() {
        op.insert("parameters".into(), Value::Array(parameters));
    }
    let body: Vec<_> = route.params.iter().filter(|p| p.location == In::Body).collect();
    if !body.is_empty() {
        let properties: Map<String, Value> = body
            .iter()
            .map(|p| {
                let mut s = schema(p.ty);
                s["description"] = json!(p.doc);
                (p.name.to_string(), s)
            })
            .collect();
        let required: Vec<&str> = body.iter().filter(|p| p.required).map(|p| p.name).collect();
        let media_type = if route.takes_file() { "multipart/form-data" } else { "application/json" };
        op.insert(
            "requestBody".into(),
            json!({
                "required": true,
                "content": { media_type: { "schema": {
                    "type": "object", "properties": properties, "required": required,
                } } },
            }),
        );
    }
    if let Some(action) = route.action {
        op.insert("x-vilab-action".into(), json!(action.code()));
    }
    let mut responses = BTreeMap::new();
    if route.tag == "renditions" {
        responses.insert(
            "200",
            json!({
                "description": "A JPEG image.",
                "content": { "image/jpeg": { "schema": { "type": "string", "contentMediaType": "image/jpeg" } } },
            }),
        );
    } else {
        responses.insert(
            "200",
            json!({
                "description": "The operation's output, with its shape's name in `shape`.",
                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Shaped" } } },
            }),
        );
    }
    let has_input = route.params.iter().any(|p| p.location != In::Path);
    if has_input || route.path_params().any(|p| p == "key") {
        responses.insert("400", error_response("A parameter was refused (`invalid_input`)."));
    }
    if route.kind == Kind::Api {
        responses.insert("401", error_response("No session, or it ended (`not_logged_in`, `session_ended`)."));
    }
    if route.id == "login" {
        responses.insert("401", error_response("Wrong user name or password, or a disabled account (`login_failed`)."));
        responses.insert("429", error_response("Too many failed log-ins: wait (`login_throttled`)."));
    }
    if route.method == Method::Post {
        responses.insert(
            "403",
            error_response("The role may not (`permission_denied`), or the CSRF token is missing (`csrf_failed`)."),
        );
    } else if route.action.is_some() {
        responses.insert("403", error_response("The role may not do this (`permission_denied`)."));
    }
    if route.path_params().next().is_some() {
        responses.insert("404", error_response("No such case or item, or one in a case the actor is not a member of."));
    }
    op.insert("responses".into(), json!(responses));
    if route.kind == Kind::Api {
        let security = if route.method == Method::Post {
            json!([{ "session": [], "csrf": [] }])
        } else {
            json!([{ "session": [] }])
        };
        op.insert("security".into(), security);
    } else {
        op.insert("security".into(), json!([]));
    }
    Value::Object(op)
}

/// The document.
pub fn document() -> Value {
    let mut paths: BTreeMap<&str, Map<String, Value>> = BTreeMap::new();
    for route in ROUTES.iter().filter(|r| r.kind.is_json()) {
        paths.entry(route.path).or_default().insert(route.method.as_str().into(), operation(route));
    }
    let mut tags: Vec<&str> = ROUTES.iter().filter(|r| r.kind.is_json()).map(|r| r.tag).collect();
    tags.sort_unstable();
    tags.dedup();
    let codes: Vec<&str> =
        vilab_lab::Code::ALL.iter().map(|c| c.as_str()).chain(SERVER_CODES.iter().map(|(c, _, _)| *c)).collect();
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "vilab browser lab",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "The JSON API beside the pages of `vilab serve`, on the same application layer: \
    every call is made by the session's account, checked against the permission table and written to the audit \
    chain. Log in with POST /api/login (or the page), then send the session cookie with every request and the \
    CSRF token (from the log-in or GET /api/session) in the X-CSRF-Token header with every POST.",
        },
        "servers": [{ "url": "/" }],
        "tags": tags.iter().map(|t| json!({ "name": t })).collect::<Vec<_>>(),
        "paths": paths,
        "components": {
            "securitySchemes": {
                "session": { "type": "apiKey", "in": "cookie", "name": crate::SESSION_COOKIE },
                "csrf": {
                    "type": "apiKey", "in": "header", "name": "X-CSRF-Token",
                    "description": "hex(SHA-256(\"vilab-csrf-v1\\0\" + session token)); also accepted as the form field `csrf`.",
                },
            },
            "schemas": {
                "Shaped": {
                    "type": "object",
                    "properties": { "shape": { "type": "string", "description": "vilab.<name>/<version>" } },
                    "required": ["shape"],
                    "additionalProperties": true,
                },
                "Error": {
                    "type": "object",
                    "properties": {
                        "code": { "type": "string", "enum": codes },
                        "message": { "type": "string", "description": "In the reader's language." },
                        "params": { "type": "object", "additionalProperties": true },
                        "detail": { "type": "string", "description": "A library's own words, untranslated." },
                    },
                    "required": ["code", "message", "params"],
                },
            },
        },
    })
}

/// The document as the committed file holds it: pretty, with a final
/// newline.
pub fn document_text() -> String {
    let mut text = serde_json::to_string_pretty(&document()).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    /// The CI check: the committed `openapi.json` is the document the route
    /// table gives. `VILAB_BLESS=1` rewrites it.
    #[test]
    fn openapi_json_matches_the_route_table() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.json");
        let generated = super::document_text();
        if std::env::var_os("VILAB_BLESS").is_some() {
            std::fs::write(path, &generated).unwrap();
            return;
        }
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            committed == generated,
            "crates/vilab-server/openapi.json differs from the route table: run \
             `VILAB_BLESS=1 cargo test -p vilab-server openapi` and commit it"
        );
    }

    #[test]
    fn every_api_route_is_in_the_document_once() {
        let doc = super::document();
        for route in super::ROUTES.iter().filter(|r| r.kind.is_json()) {
            let op = &doc["paths"][route.path][route.method.as_str()];
            assert_eq!(op["operationId"], route.id, "{route:?}");
        }
        let ops: usize = doc["paths"].as_object().unwrap().values().map(|m| m.as_object().unwrap().len()).sum();
        assert_eq!(ops, super::ROUTES.iter().filter(|r| r.kind.is_json()).count());
    }
}
