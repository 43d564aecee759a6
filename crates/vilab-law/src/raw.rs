//! The TOML shape of a data file, as read, with the position of every field
//! that validation may have to point at. A period (`valid_from`,
//! `valid_to`, `amended_by`) is three flat fields of a provision, a
//! penalty or a criterion value, as the data files write it.

use serde::Deserialize;
use toml::Spanned;

use crate::model::{Confidence, DateKind, SourceKind, Value};
use crate::penalty::Combine;

/// One data file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFile {
    pub jurisdiction: Option<RawJurisdiction>,
    #[serde(default)]
    pub source: Vec<RawSource>,
    #[serde(default)]
    pub instrument: Vec<RawInstrument>,
    #[serde(default)]
    pub provision: Vec<RawProvision>,
    #[serde(default)]
    pub criterion: Vec<RawCriterion>,
    #[serde(default)]
    pub rate: Vec<RawRate>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawJurisdiction {
    pub code: Spanned<String>,
    pub name: String,
    pub legal_system: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: Spanned<String>,
    pub title: String,
    pub url: Option<String>,
    pub publisher: Option<String>,
    pub kind: SourceKind,
    pub date: Option<Spanned<String>>,
    pub licence: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawInstrument {
    pub id: Spanned<String>,
    pub title: String,
    pub local_title: Option<String>,
    pub number: Option<String>,
    pub url: Option<String>,
    pub translation: Option<String>,
    #[serde(default)]
    pub amends: Vec<Spanned<String>>,
    #[serde(default)]
    pub date: Vec<RawInstrumentDate>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawInstrumentDate {
    pub kind: DateKind,
    pub date: Spanned<String>,
    pub source: Spanned<String>,
    pub confidence: Spanned<Confidence>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProvision {
    pub id: Spanned<String>,
    pub instrument: Spanned<String>,
    pub article: String,
    pub heading: Option<String>,
    pub excerpt: Option<String>,
    pub valid_from: Option<Spanned<String>>,
    pub valid_to: Option<Spanned<String>>,
    pub amended_by: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCriterion {
    pub code: Spanned<String>,
    pub value: Spanned<Value>,
    pub age: Option<Spanned<u32>>,
    pub qualifier: Option<String>,
    #[serde(default)]
    pub provisions: Vec<Spanned<String>>,
    pub covers: Option<Spanned<Vec<Spanned<String>>>>,
    pub conditions: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    pub limitation: Vec<RawLimitation>,
    #[serde(default)]
    pub penalty_not_found: bool,
    #[serde(default)]
    pub penalty: Vec<RawPenalty>,
    #[serde(default)]
    pub assertion: Vec<RawAssertion>,
    pub valid_from: Option<Spanned<String>>,
    pub valid_to: Option<Spanned<String>>,
    pub amended_by: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPenalty {
    pub provision: Option<Spanned<String>>,
    pub tier: Spanned<String>,
    pub victim_age: Option<String>,
    pub victim_age_from: Option<Spanned<u32>>,
    pub victim_age_below: Option<Spanned<u32>>,
    pub aggravating: Option<Spanned<Vec<Spanned<String>>>>,
    pub mandatory_minimum: Option<Spanned<String>>,
    pub prison_min: Option<Spanned<String>>,
    pub prison_max: Option<Spanned<String>>,
    #[serde(default)]
    pub life: bool,
    #[serde(default)]
    pub death: bool,
    pub fine_min: Option<Spanned<RawNumber>>,
    pub fine_max: Option<Spanned<RawNumber>>,
    pub currency: Option<Spanned<String>>,
    pub combine: Option<Combine>,
    pub note: Option<String>,
    pub valid_from: Option<Spanned<String>>,
    pub valid_to: Option<Spanned<String>>,
    pub amended_by: Option<Spanned<String>>,
}

/// One `[[criterion.limitation]]`: `years` is a number or the word `"none"`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLimitation {
    pub years: Spanned<RawYears>,
    pub runs_from: Option<Spanned<String>>,
    #[serde(default)]
    pub offences: Vec<Spanned<String>>,
    pub applies_to: Option<String>,
    pub provision: Option<Spanned<String>>,
    pub note: Option<String>,
}

/// A limitation period as written: years, or a word (only `"none"` is one).
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum RawYears {
    Years(i64),
    Word(String),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAssertion {
    pub source: Spanned<String>,
    pub pinpoint: Option<String>,
    pub quote: Option<String>,
    pub confidence: Spanned<Confidence>,
    pub reviewer: Option<String>,
    pub date: Option<Spanned<String>>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRate {
    pub currency: Spanned<String>,
    pub per_usd: Spanned<RawNumber>,
    pub date: Spanned<String>,
    pub source: Spanned<String>,
    pub confidence: Spanned<Confidence>,
    pub quote: Option<String>,
}

/// A TOML integer or float.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(untagged)]
pub enum RawNumber {
    Integer(i64),
    Float(f64),
}

impl RawNumber {
    pub fn get(self) -> f64 {
        match self {
            RawNumber::Integer(i) => i as f64,
            RawNumber::Float(f) => f,
        }
    }
}
