//! The validated legal data set: jurisdictions, sources, instruments,
//! provisions, criterion values with their penalties, and the assertions
//! that tie each value to a source.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use vilab_i18n::Messages;

use crate::criteria::Criterion;
use crate::date::PartialDate;
use crate::penalty::{Penalty, Rate};
use crate::period::Period;
use crate::vocab::{Condition, RunsFrom};

/// A country (or other law-making territory).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Jurisdiction {
    /// ISO 3166-1 alpha-2 code.
    pub code: String,
    /// English short name.
    pub name: String,
    /// Legal system, when recorded.
    pub legal_system: Option<String>,
}

/// What kind of document a source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// An official gazette.
    Gazette,
    /// A translation published by the state.
    OfficialTranslation,
    /// An unofficial translation of the law.
    Translation,
    /// The text of the law, from an unofficial host.
    StatuteText,
    /// The UN, the World Bank or another intergovernmental body.
    Intergovernmental,
    /// A non-governmental organisation.
    Ngo,
    /// A law firm.
    LawFirm,
    /// Newspapers and news sites.
    Press,
    /// Academic writing.
    Academic,
    /// A government (other than the law's own gazette).
    Government,
    /// A compilation of facts made for this review.
    Compilation,
    /// The explanatory memorandum (or explanatory statement) of a bill or
    /// regulation: what its drafters meant, not the text that became law.
    ExplanatoryMemorandum,
    /// Anything else.
    Other,
}

impl SourceKind {
    /// The word of the data files (`statute-text`), for errors: the serde
    /// name itself, so that the two cannot drift apart.
    pub fn word(self) -> String {
        match serde_json::to_value(self) {
            Ok(serde_json::Value::String(word)) => word,
            _ => format!("{self:?}"),
        }
    }

    /// Whether a source of this kind may back a fact as
    /// [`Confidence::Primary`], after the confidence rubric of
    /// `data/README.md`: the law's own text (gazette, statute text), the
    /// state's translation of it, or an unofficial translation of that text
    /// read at a pinpoint (the loader requires the pinpoint, so that a
    /// reader can check the translation against the original). Never a
    /// summary of the law (press, law firm, NGO, UN, academic, government
    /// page, compilation), nor an explanatory memorandum, which is not the
    /// text that became law.
    pub fn may_be_primary(self) -> bool {
        matches!(
            self,
            SourceKind::Gazette | SourceKind::StatuteText | SourceKind::OfficialTranslation | SourceKind::Translation
        )
    }
}

/// A document a fact rests on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Source {
    /// Unique id across the data set.
    pub id: String,
    /// Title.
    pub title: String,
    /// Where it was read, when known.
    pub url: Option<String>,
    /// Who published it.
    pub publisher: Option<String>,
    /// What kind of document.
    pub kind: SourceKind,
    /// Its date, when known.
    pub date: Option<PartialDate>,
    /// Its licence, when known.
    pub licence: Option<String>,
    /// Anything else worth knowing.
    pub note: Option<String>,
}

/// Which date of an instrument.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateKind {
    /// Adopted by the legislature.
    Adopted,
    /// Promulgated by the head of state.
    Promulgated,
    /// Published in the gazette.
    Published,
    /// In force.
    InForce,
}

/// How far a source can be trusted for a fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Statute or gazette text, or a verbatim quote of it.
    Primary,
    /// An NGO, UN, law-firm or press summary.
    Secondary,
    /// A source that contradicts others.
    Conflict,
}

impl Confidence {
    /// The stable word of machine outputs (CSV, JSON): `primary`,
    /// `secondary`, `conflict`, the same in every language.
    pub fn word(self) -> &'static str {
        match self {
            Confidence::Primary => "primary",
            Confidence::Secondary => "secondary",
            Confidence::Conflict => "conflict",
        }
    }

    /// The catalog key of its word in views.
    pub fn label_key(self) -> &'static str {
        match self {
            Confidence::Primary => "law-confidence-primary",
            Confidence::Secondary => "law-confidence-secondary",
            Confidence::Conflict => "law-confidence-conflict",
        }
    }

    /// One letter for tables: P, S or C, in every language (a symbol that
    /// each language's legend explains, like the criterion codes).
    pub fn letter(self) -> char {
        match self {
            Confidence::Primary => 'P',
            Confidence::Secondary => 'S',
            Confidence::Conflict => 'C',
        }
    }
}

/// One date of an instrument, with its source: sources disagree on them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct InstrumentDate {
    /// Which date.
    pub kind: DateKind,
    /// The date.
    pub date: PartialDate,
    /// Id of the source.
    pub source: String,
    /// How far the source can be trusted.
    pub confidence: Confidence,
    /// Anything else.
    pub note: Option<String>,
}

/// A statute, code or amending act.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Instrument {
    /// Unique id.
    pub id: String,
    /// Title in English.
    pub title: String,
    /// Title in the local language.
    pub local_title: Option<String>,
    /// Official number.
    pub number: Option<String>,
    /// Where its text is.
    pub url: Option<String>,
    /// Translation status of the text used.
    pub translation: Option<String>,
    /// Ids of the instruments it amends.
    pub amends: Vec<String>,
    /// Its dates, each with a source.
    pub dates: Vec<InstrumentDate>,
}

/// An article, section or clause of an instrument.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Provision {
    /// Unique id.
    pub id: String,
    /// Id of its instrument.
    pub instrument: String,
    /// `art. 34`, `s.287/1`.
    pub article: String,
    /// Heading, when recorded.
    pub heading: Option<String>,
    /// A short excerpt, when recorded.
    pub excerpt: Option<String>,
    /// When this text of the article was the law.
    #[serde(flatten)]
    pub period: Period,
}

/// The answer a value gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Value {
    /// The law does it.
    Yes,
    /// The law does not.
    No,
    /// In part (see the qualifier).
    Partial,
    /// Only in a draft, not in force.
    Draft,
    /// A source says it cannot be told.
    Unknown,
    /// The research found nothing either way.
    NotFound,
}

impl Value {
    /// The stable word of machine outputs (the CSV's `value` column, data
    /// files' errors), the same in every language; views use
    /// [`Value::label_key`].
    pub fn word(self) -> &'static str {
        match self {
            Value::Yes => "yes",
            Value::No => "no",
            Value::Partial => "partial",
            Value::Draft => "draft",
            Value::Unknown => "unknown",
            Value::NotFound => "not found",
        }
    }

    /// The catalog key of the word views show.
    pub fn label_key(self) -> &'static str {
        match self {
            Value::Yes => "law-value-yes",
            Value::No => "law-value-no",
            Value::Partial => "law-value-partial",
            Value::Draft => "law-value-draft",
            Value::Unknown => "law-value-unknown",
            Value::NotFound => "law-value-not-found",
        }
    }
}

/// The value in a word, with the age for age criteria: `15`, `yes`. An age
/// is written in plain digits, the same in every language (CLDR's Latin
/// digits in all five; no age needs grouping).
fn short_text(value: Value, age: Option<u32>, msgs: &Messages) -> String {
    match (value, age) {
        (Value::Yes, Some(age)) => age.to_string(),
        (value, _) => msgs.get(value.label_key()),
    }
}

/// Where a value came from: a file bundled with vilab, or an import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A bundled data file, by name (`TH.toml`).
    Bundled(String),
    /// A research group's import, by its label (`kh-fix.toml`).
    Import(String),
}

impl Origin {
    /// In the reader's words: `bundled: TH.toml`, `import: kh-fix.toml` in English.
    pub fn text(&self, msgs: &Messages) -> String {
        match self {
            Origin::Bundled(file) => vilab_i18n::t!(msgs, "law-origin-bundled", file = file),
            Origin::Import(name) => vilab_i18n::t!(msgs, "law-origin-import", name = name),
        }
    }
}

impl std::fmt::Display for Origin {
    /// The stable form of machine outputs: `bundled: TH.toml`, `import: kh-fix.toml`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::Bundled(file) => write!(f, "bundled: {file}"),
            Origin::Import(name) => write!(f, "import: {name}"),
        }
    }
}

impl Serialize for Origin {
    /// As its stable text, as JSON has always carried it.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A value in brief, for the views that write it in a few words (gaps,
/// who-can-prosecute): the answer, the age, the best confidence and the
/// qualifier. Words are the view's to choose, in the reader's language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Brief {
    /// The answer.
    pub value: Value,
    /// The age, for age criteria.
    pub age: Option<u32>,
    /// The strongest confidence among its assertions.
    pub confidence: Confidence,
    /// What the value means here (data: as the research wrote it).
    pub qualifier: Option<String>,
}

impl Brief {
    /// The value in a word: `15`, `yes`.
    pub fn short(&self, msgs: &Messages) -> String {
        short_text(self.value, self.age, msgs)
    }
}

/// The link between a value and a source.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assertion {
    /// Id of the source.
    pub source: String,
    /// Where in the source.
    pub pinpoint: Option<String>,
    /// The passage, when recorded.
    pub quote: Option<String>,
    /// How far the source can be trusted for this fact.
    pub confidence: Confidence,
    /// Who checked it.
    pub reviewer: Option<String>,
    /// When it was checked.
    pub date: Option<PartialDate>,
    /// Anything else (e.g. "weak", "inferred").
    pub note: Option<String>,
}

/// One value of one criterion in one jurisdiction. Several values of the
/// same criterion that disagree are a conflict, shown as such.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CriterionValue {
    /// Jurisdiction code.
    pub jurisdiction: String,
    /// The criterion.
    pub criterion: Criterion,
    /// The answer.
    pub value: Value,
    /// An age, for age criteria.
    pub age: Option<u32>,
    /// What the value means here.
    pub qualifier: Option<String>,
    /// Ids of the provisions it rests on.
    pub provisions: Vec<String>,
    /// For jurisdiction criteria: the offence criteria it reaches.
    pub covers: Vec<Criterion>,
    /// For a basis of extraterritorial jurisdiction (`ETJ_ACTIVE`,
    /// `ETJ_PASSIVE`, `ETJ_UNIVERSAL`): the conditions that must all hold
    /// for it to reach conduct abroad. `None`: not recorded (the data's
    /// `ETJ_DOUBLE_CRIMINALITY` then stands for the whole jurisdiction);
    /// empty: recorded, and there are none.
    pub conditions: Option<Vec<Condition>>,
    /// For `STATUTE_OF_LIMITATIONS`: the periods, each for the offences or
    /// the class of offence it names.
    pub limitation: Vec<Limitation>,
    /// Penalty tiers, for offences.
    pub penalties: Vec<Penalty>,
    /// The research looked for the penalty and did not find it.
    pub penalty_not_found: bool,
    /// At least one.
    pub assertions: Vec<Assertion>,
    /// The file it came from.
    pub origin: Origin,
    /// When it was the law (the fields `valid_from`, `valid_to` and
    /// `amended_by` of machine outputs).
    #[serde(flatten)]
    pub period: Period,
}

impl CriterionValue {
    /// The value in a word, with the age for age criteria: `15`, `yes`.
    pub fn short(&self, msgs: &Messages) -> String {
        short_text(self.value, self.age, msgs)
    }

    /// Its conditions in the reader's words, joined by `; `: `the offender
    /// resides in the state` in English; the word for none when the list is
    /// recorded empty; `None` when it is not recorded.
    pub fn conditions_text(&self, msgs: &Messages) -> Option<String> {
        let conditions = self.conditions.as_ref()?;
        if conditions.is_empty() {
            return Some(msgs.get("law-conditions-none"));
        }
        Some(conditions.iter().map(|c| c.label(msgs)).collect::<Vec<_>>().join("; "))
    }

    /// The value in brief.
    pub fn brief(&self) -> Brief {
        Brief {
            value: self.value,
            age: self.age,
            confidence: self.best_confidence(),
            qualifier: self.qualifier.clone(),
        }
    }

    /// The strongest confidence among its assertions (primary first).
    pub fn best_confidence(&self) -> Confidence {
        self.assertions.iter().map(|a| a.confidence).min().unwrap_or(Confidence::Secondary)
    }

    /// The substance compared between values to find conflicts.
    fn substance(&self) -> (Value, Option<u32>) {
        (self.value, self.age)
    }
}

/// How long after an offence its prosecution is barred.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitationPeriod {
    /// After this many years.
    Years(u32),
    /// Never: prosecution may start at any time.
    None,
}

impl Serialize for LimitationPeriod {
    /// As the data files write it: a number of years, or `"none"`.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            LimitationPeriod::Years(years) => serializer.serialize_u32(*years),
            LimitationPeriod::None => serializer.serialize_str("none"),
        }
    }
}

impl std::fmt::Display for LimitationPeriod {
    /// The stable form of machine outputs: `20` or `none`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LimitationPeriod::Years(years) => write!(f, "{years}"),
            LimitationPeriod::None => f.write_str("none"),
        }
    }
}

/// One limitation period of a `STATUTE_OF_LIMITATIONS` value: the codes
/// set periods by the class of offence (Thailand's s.95 by the greatest
/// prison term, Viet Nam's art. 27 by the offence's category, Cambodia's
/// by felony or misdemeanour), so a value holds several.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Limitation {
    /// The period.
    pub years: LimitationPeriod,
    /// Where it starts to run, when recorded.
    pub runs_from: Option<RunsFrom>,
    /// The offence criteria it applies to (empty: the class `applies_to`
    /// names, or every offence).
    pub offences: Vec<Criterion>,
    /// The class of offence, in the law's words (the data's).
    pub applies_to: Option<String>,
    /// The provision that sets it, when recorded.
    pub provision: Option<String>,
    /// Anything the fields do not say (interruption, suspension).
    pub note: Option<String>,
}

impl Limitation {
    /// The period in the reader's words: `20 years, from the day of the
    /// offence, for SEX_WITH_CHILD — offences punishable by death (s.95)`
    /// in English; the class and note as the data gives them.
    pub fn text(&self, msgs: &Messages) -> String {
        let mut parts = vec![match self.years {
            LimitationPeriod::Years(years) => vilab_i18n::t!(msgs, "law-limitation-years", years = years),
            LimitationPeriod::None => msgs.get("law-limitation-none"),
        }];
        if let Some(from) = self.runs_from {
            parts.push(from.label(msgs));
        }
        if !self.offences.is_empty() {
            let codes: Vec<&str> = self.offences.iter().map(|c| c.code()).collect();
            parts.push(vilab_i18n::t!(msgs, "law-limitation-offences", criteria = codes.join(", ")));
        }
        let mut text = parts.join(", ");
        if let Some(class) = &self.applies_to {
            text.push_str(&format!(" — {class}"));
        }
        if let Some(note) = &self.note {
            text.push_str(&format!(" ({note})"));
        }
        text
    }

    /// The stable form of the CSV: `years=20 runs_from=offence
    /// offences=SEX_WITH_CHILD,GROOMING`, the fields not recorded left out.
    pub fn words(&self) -> String {
        let mut text = format!("years={}", self.years);
        if let Some(from) = self.runs_from {
            text.push_str(&format!(" runs_from={from}"));
        }
        if !self.offences.is_empty() {
            let codes: Vec<&str> = self.offences.iter().map(|c| c.code()).collect();
            text.push_str(&format!(" offences={}", codes.join(",")));
        }
        text
    }
}

/// Values replaced by an import, kept for the record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Replaced {
    /// The import that replaced them.
    pub by: String,
    /// When.
    pub at: String,
    /// The values as they were.
    pub values: Vec<CriterionValue>,
}

/// What one import changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportReport {
    /// The import's label.
    pub name: String,
    /// Criteria whose values it replaced.
    pub replaced: Vec<(String, Criterion)>,
    /// Criteria that had no value before.
    pub added: Vec<(String, Criterion)>,
    /// Sources, instruments and provisions it added or replaced.
    pub records: usize,
}

/// The whole legal data set, validated.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Dataset {
    /// By code.
    pub jurisdictions: BTreeMap<String, Jurisdiction>,
    /// By id.
    pub sources: BTreeMap<String, Source>,
    /// By id.
    pub instruments: BTreeMap<String, Instrument>,
    /// By id.
    pub provisions: BTreeMap<String, Provision>,
    /// Current values per (jurisdiction, criterion).
    #[serde(serialize_with = "serialize_pairs")]
    pub values: BTreeMap<(String, Criterion), Vec<CriterionValue>>,
    /// Values replaced by imports, oldest first.
    #[serde(serialize_with = "serialize_pairs")]
    pub history: BTreeMap<(String, Criterion), Vec<Replaced>>,
    /// Exchange rates by currency.
    pub rates: BTreeMap<String, Rate>,
    /// Imports applied, in order.
    pub imports: Vec<ImportReport>,
    /// The day whose law this is ([`Dataset::at`]); `None`: every period
    /// the data records.
    pub as_of: Option<PartialDate>,
}

fn serialize_pairs<S: serde::Serializer, T: Serialize>(
    map: &BTreeMap<(String, Criterion), Vec<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(map.values().flatten())
}

impl Dataset {
    /// The current values of a criterion in a jurisdiction (empty: no data).
    pub fn values(&self, jurisdiction: &str, criterion: Criterion) -> &[CriterionValue] {
        self.values.get(&(jurisdiction.to_string(), criterion)).map_or(&[], Vec::as_slice)
    }

    /// Whether values in force at the same time disagree (different
    /// answers or ages, "not found" aside), or any source is marked as
    /// conflicting. Values of different periods are the law changing, not
    /// sources disagreeing.
    pub fn is_conflict(&self, jurisdiction: &str, criterion: Criterion) -> bool {
        conflict(self.values(jurisdiction, criterion))
    }

    /// The values replaced by imports.
    pub fn history(&self, jurisdiction: &str, criterion: Criterion) -> &[Replaced] {
        self.history.get(&(jurisdiction.to_string(), criterion)).map_or(&[], Vec::as_slice)
    }

    /// Exchange rates as a list.
    pub fn rate_list(&self) -> Vec<Rate> {
        self.rates.values().cloned().collect()
    }

    /// Checks that `code` is a jurisdiction of the data.
    pub fn jurisdiction(&self, code: &str) -> crate::Result<&Jurisdiction> {
        self.jurisdictions.get(&code.to_ascii_uppercase()).ok_or_else(|| {
            crate::LawError::UnknownJurisdiction(
                code.to_string(),
                self.jurisdictions.keys().cloned().collect::<Vec<_>>().join(", "),
            )
        })
    }
}

/// Whether these values of one criterion conflict: two of them whose
/// periods overlap disagree, or a source is marked as conflicting.
///
/// A sweep over the periods by start, keeping the values in force at each
/// start counted by substance: `O(n log n)`, since an import may hold
/// thousands of values of one criterion.
pub fn conflict(values: &[CriterionValue]) -> bool {
    use std::cmp::Reverse;
    use std::collections::{BinaryHeap, HashMap};

    /// A period's bound, with "no date" before every start or after every end.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    enum Bound {
        Before,
        Day(PartialDate),
        After,
    }
    if values.iter().flat_map(|v| &v.assertions).any(|a| a.confidence == Confidence::Conflict) {
        return true;
    }
    let mut items: Vec<(Bound, Bound, (Value, Option<u32>))> = values
        .iter()
        .filter(|v| v.value != Value::NotFound)
        .map(|v| {
            let start = v.period.valid_from.map_or(Bound::Before, |d| Bound::Day(d.first_day()));
            let end = v.period.valid_to.map_or(Bound::After, |d| Bound::Day(d.first_day()));
            (start, end, v.substance())
        })
        .collect();
    items.sort_by_key(|item| item.0);
    let mut in_force: BinaryHeap<Reverse<(Bound, usize)>> = BinaryHeap::new();
    let mut by_substance: HashMap<(Value, Option<u32>), usize> = HashMap::new();
    for (i, &(start, end, substance)) in items.iter().enumerate() {
        // Periods end before their first day no longer in force: one ending at this start is over.
        while let Some(&Reverse((_, j))) = in_force.peek().filter(|Reverse((ended, _))| *ended <= start) {
            in_force.pop();
            *by_substance.entry(items[j].2).or_default() -= 1;
        }
        let same = by_substance.get(&substance).copied().unwrap_or(0);
        if in_force.len() > same {
            return true;
        }
        in_force.push(Reverse((end, i)));
        *by_substance.entry(substance).or_default() += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::period::Period;

    fn value(value: Value, age: Option<u32>, from: Option<&str>, to: Option<&str>) -> CriterionValue {
        CriterionValue {
            jurisdiction: "XX".into(),
            criterion: Criterion::AgeThreshold,
            value,
            age,
            qualifier: None,
            provisions: vec![],
            covers: vec![],
            conditions: None,
            limitation: vec![],
            penalties: vec![],
            penalty_not_found: false,
            assertions: vec![],
            origin: Origin::Bundled("XX.toml".into()),
            period: Period {
                valid_from: from.map(|d| PartialDate::parse(d).unwrap()),
                valid_to: to.map(|d| PartialDate::parse(d).unwrap()),
                amended_by: None,
            },
        }
    }

    #[test]
    fn only_values_in_force_together_that_disagree_conflict() {
        let yes = |age, from, to| value(Value::Yes, Some(age), from, to);
        assert!(!conflict(&[yes(15, None, None), yes(15, None, None)]));
        assert!(conflict(&[yes(15, None, None), yes(16, None, None)]));
        // One after the other: the law changing.
        assert!(!conflict(&[yes(15, None, Some("2019")), yes(16, Some("2019"), None)]));
        // Written ends that overlap in 2019.
        assert!(conflict(&[yes(15, None, Some("2020")), yes(16, Some("2019"), None)]));
        // "Not found" never disagrees; a third value in force with the first does.
        let not_found = value(Value::NotFound, None, None, None);
        assert!(!conflict(&[yes(15, None, Some("2019")), not_found.clone(), yes(16, Some("2019"), None)]));
        assert!(conflict(&[
            yes(15, Some("2010"), Some("2019")),
            yes(16, Some("2019"), None),
            yes(17, Some("2018"), Some("2019"))
        ]));
        // Hundreds of values, one period each, one after the other: no conflict.
        let many: Vec<CriterionValue> = (0..1_999u16)
            .map(|i| {
                let (from, to) = (format!("{}", 1000 + i), format!("{}", 1001 + i));
                value(Value::Yes, Some(u32::from(i % 7)), Some(&from), Some(&to))
            })
            .collect();
        assert!(!conflict(&many));
    }
}
