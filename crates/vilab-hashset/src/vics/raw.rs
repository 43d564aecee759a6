//! The Media record as VICS files write it, with the type quirks real files
//! have: booleans as strings, numbers as strings, null or absent categories.

use serde::Deserialize;
use serde::de::{self, Deserializer};

#[derive(Debug, Default, Deserialize)]
pub(super) struct RawMedia {
    #[serde(rename = "MediaID", default, deserialize_with = "flex_i64")]
    pub media_id: Option<i64>,
    #[serde(rename = "MD5", default)]
    pub md5: Option<String>,
    #[serde(rename = "SHA1", default)]
    pub sha1: Option<String>,
    #[serde(rename = "Category", default, deserialize_with = "flex_u8")]
    pub category: Option<u8>,
    #[serde(rename = "Series", default)]
    pub series: Option<String>,
    #[serde(rename = "VictimIdentified", default, deserialize_with = "flex_bool")]
    pub victim_identified: Option<bool>,
    #[serde(rename = "OffenderIdentified", default, deserialize_with = "flex_bool")]
    pub offender_identified: Option<bool>,
    #[serde(rename = "IsDistributed", default, deserialize_with = "flex_bool")]
    pub is_distributed: Option<bool>,
    #[serde(rename = "IsPrecategorized", default, deserialize_with = "flex_bool")]
    pub is_precategorized: Option<bool>,
    #[serde(rename = "Comments", default)]
    pub comments: Option<String>,
    #[serde(rename = "Tags", default, deserialize_with = "flex_text")]
    pub tags: Option<String>,
    #[serde(rename = "MediaSize", default, deserialize_with = "flex_i64")]
    pub size: Option<i64>,
    #[serde(rename = "PhotoDNA", default)]
    pub photodna: Option<String>,
    #[serde(rename = "AlternativeHashes", default)]
    pub alternative_hashes: Option<Vec<RawAlternativeHash>>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct RawAlternativeHash {
    #[serde(rename = "HashName", default)]
    pub name: Option<String>,
    #[serde(rename = "HashValue", default)]
    pub value: Option<String>,
}

/// A JSON boolean, or the strings "true"/"false" in any case, or null.
fn flex_bool<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Flex {
        Bool(bool),
        Text(String),
        Number(i64),
    }
    match Option::<Flex>::deserialize(d)? {
        None => Ok(None),
        Some(Flex::Bool(b)) => Ok(Some(b)),
        Some(Flex::Number(0)) => Ok(Some(false)),
        Some(Flex::Number(1)) => Ok(Some(true)),
        Some(Flex::Number(n)) => Err(de::Error::custom(format!("expected a boolean, found {n}"))),
        Some(Flex::Text(t)) => match t.trim().to_ascii_lowercase().as_str() {
            "true" => Ok(Some(true)),
            "false" => Ok(Some(false)),
            "" => Ok(None),
            _ => Err(de::Error::custom(format!("expected a boolean, found {t:?}"))),
        },
    }
}

/// A JSON integer, or an integer written as a string, or null.
fn flex_i64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Flex {
        Number(i64),
        Text(String),
    }
    match Option::<Flex>::deserialize(d)? {
        None => Ok(None),
        Some(Flex::Number(n)) => Ok(Some(n)),
        Some(Flex::Text(t)) if t.trim().is_empty() => Ok(None),
        Some(Flex::Text(t)) => {
            t.trim().parse().map(Some).map_err(|_| de::Error::custom(format!("expected an integer, found {t:?}")))
        }
    }
}

/// A category number 0–255, possibly as a string, or null.
fn flex_u8<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u8>, D::Error> {
    match flex_i64(d)? {
        None => Ok(None),
        Some(n) => u8::try_from(n).map(Some).map_err(|_| de::Error::custom(format!("category {n} is out of 0..=255"))),
    }
}

/// Text, or a list of texts joined by ", " (writers differ on `Tags`).
fn flex_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Flex {
        Text(String),
        List(Vec<String>),
    }
    Ok(match Option::<Flex>::deserialize(d)? {
        None => None,
        Some(Flex::Text(t)) => Some(t),
        Some(Flex::List(l)) => Some(l.join(", ")),
    })
}
