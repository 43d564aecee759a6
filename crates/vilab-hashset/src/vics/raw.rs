//! The Media record as VICS files write it, with the type quirks real files
//! have: booleans as strings, numbers as strings, null or absent categories.
//!
//! Text fields borrow from the record's bytes (`Cow::Borrowed` unless the
//! JSON string has escapes), so reading a record allocates nothing for its
//! hex and base64 values: they are decoded straight from the file's text.

use std::borrow::Cow;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, SeqAccess, Unexpected, Visitor};

#[derive(Debug, Default, Deserialize)]
pub(super) struct RawMedia<'a> {
    #[serde(rename = "MediaID", default, deserialize_with = "flex_i64")]
    pub media_id: Option<i64>,
    #[serde(rename = "MD5", default, borrow, deserialize_with = "text")]
    pub md5: Option<Cow<'a, str>>,
    #[serde(rename = "SHA1", default, borrow, deserialize_with = "text")]
    pub sha1: Option<Cow<'a, str>>,
    #[serde(rename = "Category", default, deserialize_with = "flex_u8")]
    pub category: Option<u8>,
    #[serde(rename = "Series", default, borrow, deserialize_with = "text")]
    pub series: Option<Cow<'a, str>>,
    #[serde(rename = "VictimIdentified", default, deserialize_with = "flex_bool")]
    pub victim_identified: Option<bool>,
    #[serde(rename = "OffenderIdentified", default, deserialize_with = "flex_bool")]
    pub offender_identified: Option<bool>,
    #[serde(rename = "IsDistributed", default, deserialize_with = "flex_bool")]
    pub is_distributed: Option<bool>,
    #[serde(rename = "IsPrecategorized", default, deserialize_with = "flex_bool")]
    pub is_precategorized: Option<bool>,
    #[serde(rename = "Comments", default, borrow, deserialize_with = "text")]
    pub comments: Option<Cow<'a, str>>,
    #[serde(rename = "Tags", default, borrow, deserialize_with = "flex_text")]
    pub tags: Option<Cow<'a, str>>,
    #[serde(rename = "MediaSize", default, deserialize_with = "flex_i64")]
    pub size: Option<i64>,
    #[serde(rename = "PhotoDNA", default, borrow, deserialize_with = "text")]
    pub photodna: Option<Cow<'a, str>>,
    #[serde(rename = "AlternativeHashes", default, borrow)]
    pub alternative_hashes: Option<Vec<RawAlternativeHash<'a>>>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct RawAlternativeHash<'a> {
    #[serde(rename = "HashName", default, borrow, deserialize_with = "text")]
    pub name: Option<Cow<'a, str>>,
    #[serde(rename = "HashValue", default, borrow, deserialize_with = "text")]
    pub value: Option<Cow<'a, str>>,
}

/// A string or null, borrowed from the input when it has no escapes. (Serde's
/// own `Option<Cow<str>>` always copies: its borrowing applies to a bare
/// `Cow<str>` field only.)
fn text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Cow<'de, str>>, D::Error> {
    d.deserialize_option(Text { lists: false })
}

/// Text or null, borrowed when it can be; with `lists`, a list of texts is
/// also taken, joined by ", ".
struct Text {
    lists: bool,
}

impl<'de> Visitor<'de> for Text {
    type Value = Option<Cow<'de, str>>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.lists { "a string or a list of strings" } else { "a string" })
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        if self.lists { d.deserialize_any(self) } else { d.deserialize_str(self) }
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Some(Cow::Borrowed(v)))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Some(Cow::Owned(v.to_owned())))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Some(Cow::Owned(v)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        if !self.lists {
            return Err(de::Error::invalid_type(Unexpected::Seq, &self));
        }
        let mut joined = String::new();
        let mut first = true;
        while let Some(item) = seq.next_element::<String>()? {
            if !first {
                joined.push_str(", ");
            }
            joined.push_str(&item);
            first = false;
        }
        Ok(Some(Cow::Owned(joined)))
    }
}

/// What a flexible scalar held: the quirky fields accept a JSON value of
/// the proper type or the same value written as a string.
enum Flex<'de> {
    Null,
    Bool(bool),
    Int(i64),
    Text(Cow<'de, str>),
}

/// Reads a null, boolean, integer (within `i64`) or string; anything else
/// (a fraction, a list, an object) is refused with `expecting`.
fn flex<'de, D: Deserializer<'de>>(d: D, expecting: &'static str) -> Result<Flex<'de>, D::Error> {
    struct Any(&'static str);
    impl<'de> Visitor<'de> for Any {
        type Value = Flex<'de>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.0)
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(Flex::Null)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(Flex::Null)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_any(self)
        }
        fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
            Ok(Flex::Bool(v))
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Flex::Int(v))
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
            i64::try_from(v).map(Flex::Int).map_err(|_| E::custom(format!("integer {v} is out of range")))
        }
        fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
            Ok(Flex::Text(Cow::Borrowed(v)))
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Flex::Text(Cow::Owned(v.to_owned())))
        }
        fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
            Ok(Flex::Text(Cow::Owned(v)))
        }
    }
    d.deserialize_option(Any(expecting))
}

/// A JSON boolean, or the strings "true"/"false" in any case, or 0/1, or null.
fn flex_bool<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
    match flex(d, "a boolean, or \"true\"/\"false\", or 0/1")? {
        Flex::Null => Ok(None),
        Flex::Bool(b) => Ok(Some(b)),
        Flex::Int(0) => Ok(Some(false)),
        Flex::Int(1) => Ok(Some(true)),
        Flex::Int(n) => Err(de::Error::custom(format!("expected a boolean, found {n}"))),
        Flex::Text(t) => {
            let trimmed = t.trim();
            if trimmed.eq_ignore_ascii_case("true") {
                Ok(Some(true))
            } else if trimmed.eq_ignore_ascii_case("false") {
                Ok(Some(false))
            } else if trimmed.is_empty() {
                Ok(None)
            } else {
                Err(de::Error::custom(format!("expected a boolean, found {}", crate::error::quoted(&t))))
            }
        }
    }
}

/// A JSON integer, or an integer written as a string, or null.
fn flex_i64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    match flex(d, "an integer, or a string holding one")? {
        Flex::Null => Ok(None),
        Flex::Int(n) => Ok(Some(n)),
        Flex::Bool(b) => Err(de::Error::invalid_type(Unexpected::Bool(b), &"an integer, or a string holding one")),
        Flex::Text(t) if t.trim().is_empty() => Ok(None),
        Flex::Text(t) => t
            .trim()
            .parse()
            .map(Some)
            .map_err(|_| de::Error::custom(format!("expected an integer, found {}", crate::error::quoted(&t)))),
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
fn flex_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Cow<'de, str>>, D::Error> {
    d.deserialize_option(Text { lists: true })
}
