//! Loading and validating data files: the bundled set, then imports. A set
//! of files is taken whole or not at all; every error names the file, line
//! and field.
//!
//! Beyond the schema, two rules about time and one about trust are checked
//! here: a period ends after it starts and its `amended_by` names an
//! instrument; a value (or penalty tier) cannot stay current once a later
//! one of the same criterion (or tier) has started, since the later one
//! records that the law changed; and a confidence of "primary" rests on
//! the law's text, after the rubric of `data/README.md`
//! ([`SourceKind::may_be_primary`]).
//!
//! The structured fields take only their fixed words ([`crate::vocab`]):
//! an unknown condition, aggravating circumstance or `runs_from` is
//! refused with the words accepted, as is a word given twice, a condition
//! on a criterion that is not a basis of jurisdiction, or a limitation on
//! any criterion but `STATUTE_OF_LIMITATIONS`.

use std::collections::{BTreeMap, HashMap};

use toml::Spanned;

use crate::criteria::{Criterion, CriterionKind};
use crate::date::PartialDate;
use crate::error::{FileCtx, LawError, Result, quoted};
use crate::model::{
    Assertion, Confidence, CriterionValue, Dataset, ImportReport, Instrument, InstrumentDate, Jurisdiction, Limitation,
    LimitationPeriod, Origin, Provision, Replaced, Source, SourceKind, Value,
};
use crate::penalty::{Months, Penalty, Rate};
use crate::period::Period;
use crate::raw::{RawAssertion, RawCriterion, RawFile, RawLimitation, RawPenalty, RawYears};
use crate::vocab::{Aggravating, Condition, RunsFrom};

/// A data file's name (for errors) and text.
#[derive(Debug, Clone, Copy)]
pub struct DataFile<'a> {
    /// Shown in errors, e.g. `TH.toml`.
    pub name: &'a str,
    /// The TOML text.
    pub text: &'a str,
}

/// The data files compiled into vilab (see `crates/vilab-law/data/README.md`).
pub const BUNDLED: &[DataFile<'static>] = &[
    DataFile { name: "sources.toml", text: include_str!("../data/sources.toml") },
    DataFile { name: "rates.toml", text: include_str!("../data/rates.toml") },
    DataFile { name: "AU.toml", text: include_str!("../data/AU.toml") },
    DataFile { name: "KH.toml", text: include_str!("../data/KH.toml") },
    DataFile { name: "LA.toml", text: include_str!("../data/LA.toml") },
    DataFile { name: "TH.toml", text: include_str!("../data/TH.toml") },
    DataFile { name: "VN.toml", text: include_str!("../data/VN.toml") },
];

/// The largest file of legal facts an import takes, in bytes. The bundled
/// data of the second edition, every criterion with its periods and
/// structured facts for five jurisdictions, is about 280 KB, under 60 KB a
/// jurisdiction; a file for all 193 UN member states at that density would
/// be about 11 MB, so 16 MiB is half again the largest honest file. An
/// import is parsed in memory (the TOML tree is several times the text),
/// kept whole in the lab and applied again by every later `vilab law`
/// command, so this bounds those too.
pub const MAX_IMPORT_BYTES: usize = 16 << 20;

/// The text of a file to import, from its bytes as read: refused when over
/// [`MAX_IMPORT_BYTES`] (a caller need read no more than one byte past it)
/// or when not UTF-8, with the file's name and the place of the first bad
/// byte.
pub fn import_text<'a>(name: &str, bytes: &'a [u8]) -> Result<&'a str> {
    if bytes.len() > MAX_IMPORT_BYTES {
        let bundled = BUNDLED.iter().map(|f| f.text.len()).sum();
        return Err(LawError::TooLarge { file: name.to_string(), limit: MAX_IMPORT_BYTES, bundled });
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
        LawError::NotUtf8 { file: name.to_string(), line, offset }
    })
}

/// The bundled data set.
pub fn bundled() -> Result<Dataset> {
    load(BUNDLED)
}

/// Loads a set of files into a new data set. Ids must be unique across the
/// files; references may cross files.
pub fn load(files: &[DataFile<'_>]) -> Result<Dataset> {
    let parsed = files.iter().map(parse).collect::<Result<Vec<_>>>()?;
    let (dataset, _) = merge(&Dataset::default(), &parsed, None)?;
    Ok(dataset)
}

impl Dataset {
    /// This data set with one more file applied, as a research group's
    /// correction: its sources, instruments and provisions are added (or
    /// replace those of the same id), and for each criterion it names, its
    /// values replace the jurisdiction's earlier ones, which go to the
    /// history. `self` is untouched: an invalid file changes nothing.
    pub fn with_import(&self, file: DataFile<'_>, imported_at: &str) -> Result<(Dataset, ImportReport)> {
        let parsed = parse(&file)?;
        merge(self, std::slice::from_ref(&parsed), Some(imported_at))
    }
}

struct Parsed<'a> {
    ctx: FileCtx<'a>,
    raw: RawFile,
}

fn parse<'a>(file: &DataFile<'a>) -> Result<Parsed<'a>> {
    let ctx = FileCtx { name: file.name, text: file.text };
    let raw: RawFile = toml::from_str(file.text).map_err(|e| {
        let at = e.span().map_or(0, |s| s.start);
        ctx.invalid(at, ctx.key_at(at), e.message().trim().to_string())
    })?;
    Ok(Parsed { ctx, raw })
}

/// Ids defined by the files being merged, with where (for duplicates).
#[derive(Default)]
struct NewIds<'a> {
    by_kind: HashMap<(&'static str, String), &'a str>,
    /// The kind of each new source, for the confidence rubric.
    source_kinds: HashMap<String, SourceKind>,
}

impl<'a> NewIds<'a> {
    fn add(&mut self, ctx: FileCtx<'a>, kind: &'static str, id: &Spanned<String>, field: String) -> Result<()> {
        let text = id.get_ref();
        let well_formed = !text.is_empty()
            && text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b.is_ascii_uppercase());
        if !well_formed {
            return Err(ctx.invalid(
                id.span().start,
                field,
                format!("{} is not an id (letters, digits, '-')", quoted(text)),
            ));
        }
        if let Some(other) = self.by_kind.insert((kind, text.clone()), ctx.name) {
            return Err(ctx.invalid(
                id.span().start,
                field,
                format!("{kind} {} is defined twice (also in {other})", quoted(text)),
            ));
        }
        Ok(())
    }

    fn has(&self, kind: &'static str, id: &str) -> bool {
        self.by_kind.contains_key(&(kind, id.to_string()))
    }
}

fn merge(base: &Dataset, files: &[Parsed<'_>], import_at: Option<&str>) -> Result<(Dataset, ImportReport)> {
    let mut ids = NewIds::default();
    for file in files {
        let ctx = file.ctx;
        if let Some(j) = &file.raw.jurisdiction {
            ids.add(ctx, "jurisdiction", &j.code, "jurisdiction.code".into())?;
        }
        for (i, s) in file.raw.source.iter().enumerate() {
            ids.add(ctx, "source", &s.id, format!("source[{i}].id"))?;
            ids.source_kinds.insert(s.id.get_ref().clone(), s.kind);
        }
        for (i, s) in file.raw.instrument.iter().enumerate() {
            ids.add(ctx, "instrument", &s.id, format!("instrument[{i}].id"))?;
        }
        for (i, s) in file.raw.provision.iter().enumerate() {
            ids.add(ctx, "provision", &s.id, format!("provision[{i}].id"))?;
        }
    }
    let known = Known { base, new: &ids };
    let mut out = base.clone();
    let name = files.first().map_or("", |f| f.ctx.name).to_string();
    let mut report = ImportReport { name: name.clone(), replaced: vec![], added: vec![], records: 0 };
    let mut new_values: BTreeMap<(String, Criterion), Vec<CriterionValue>> = BTreeMap::new();
    for file in files {
        let ctx = file.ctx;
        let raw = &file.raw;
        let origin = match import_at {
            Some(_) => Origin::Import(ctx.name.to_string()),
            None => Origin::Bundled(ctx.name.to_string()),
        };
        let jurisdiction = match &raw.jurisdiction {
            Some(j) => {
                let code = j.code.get_ref();
                if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                    return Err(ctx.invalid(
                        j.code.span().start,
                        "jurisdiction.code",
                        format!("{} is not an ISO 3166-1 alpha-2 code (two capital letters)", quoted(code)),
                    ));
                }
                out.jurisdictions.insert(
                    code.clone(),
                    Jurisdiction { code: code.clone(), name: j.name.clone(), legal_system: j.legal_system.clone() },
                );
                report.records += 1;
                Some(code.clone())
            }
            None => None,
        };
        for (i, s) in raw.source.iter().enumerate() {
            let date = s.date.as_ref().map(|d| date(ctx, d, format!("source[{i}].date"))).transpose()?;
            let source = Source {
                id: s.id.get_ref().clone(),
                title: s.title.clone(),
                url: s.url.clone(),
                publisher: s.publisher.clone(),
                kind: s.kind,
                date,
                licence: s.licence.clone(),
                note: s.note.clone(),
            };
            out.sources.insert(source.id.clone(), source);
            report.records += 1;
        }
        for (i, s) in raw.instrument.iter().enumerate() {
            for (k, a) in s.amends.iter().enumerate() {
                known.require(ctx, "instrument", a, format!("instrument[{i}].amends[{k}]"))?;
            }
            let mut dates = Vec::new();
            for (k, d) in s.date.iter().enumerate() {
                let field = format!("instrument[{i}].date[{k}]");
                known.require(ctx, "source", &d.source, format!("{field}.source"))?;
                known.check_rubric(ctx, &d.source, &d.confidence, Pinpoint::NoField, &field)?;
                dates.push(InstrumentDate {
                    kind: d.kind,
                    date: date(ctx, &d.date, format!("{field}.date"))?,
                    source: d.source.get_ref().clone(),
                    confidence: *d.confidence.get_ref(),
                    note: d.note.clone(),
                });
            }
            let instrument = Instrument {
                id: s.id.get_ref().clone(),
                title: s.title.clone(),
                local_title: s.local_title.clone(),
                number: s.number.clone(),
                url: s.url.clone(),
                translation: s.translation.clone(),
                amends: s.amends.iter().map(|a| a.get_ref().clone()).collect(),
                dates,
            };
            out.instruments.insert(instrument.id.clone(), instrument);
            report.records += 1;
        }
        for (i, p) in raw.provision.iter().enumerate() {
            known.require(ctx, "instrument", &p.instrument, format!("provision[{i}].instrument"))?;
            let period = period(
                ctx,
                &known,
                RawPeriod { from: &p.valid_from, to: &p.valid_to, amended_by: &p.amended_by },
                &format!("provision[{i}]"),
            )?;
            let provision = Provision {
                id: p.id.get_ref().clone(),
                instrument: p.instrument.get_ref().clone(),
                article: p.article.clone(),
                heading: p.heading.clone(),
                excerpt: p.excerpt.clone(),
                period,
            };
            out.provisions.insert(provision.id.clone(), provision);
            report.records += 1;
        }
        for (i, r) in raw.rate.iter().enumerate() {
            let currency = currency(ctx, &r.currency, format!("rate[{i}].currency"))?;
            let per_usd = r.per_usd.get_ref().get();
            if !(per_usd.is_finite() && per_usd > 0.0) {
                return Err(ctx.invalid(r.per_usd.span().start, format!("rate[{i}].per_usd"), "must be above 0"));
            }
            known.require(ctx, "source", &r.source, format!("rate[{i}].source"))?;
            known.check_rubric(ctx, &r.source, &r.confidence, Pinpoint::NoField, &format!("rate[{i}]"))?;
            let rate = Rate {
                currency: currency.clone(),
                per_usd,
                date: date(ctx, &r.date, format!("rate[{i}].date"))?,
                source: r.source.get_ref().clone(),
                confidence: *r.confidence.get_ref(),
                quote: r.quote.clone(),
            };
            out.rates.insert(currency, rate);
            report.records += 1;
        }
        let mut file_values: BTreeMap<Criterion, Vec<(usize, CriterionValue)>> = BTreeMap::new();
        for (i, c) in raw.criterion.iter().enumerate() {
            let Some(jurisdiction) = &jurisdiction else {
                return Err(ctx.invalid(
                    c.code.span().start,
                    format!("criterion[{i}].code"),
                    "a criterion value needs the file's [jurisdiction]",
                ));
            };
            let value = criterion_value(ctx, &known, i, c, jurisdiction, &origin)?;
            file_values.entry(value.criterion).or_default().push((i, value));
        }
        // A jurisdiction is defined in one file per load, so every value of
        // one of its criteria is here: the rule can be checked per file.
        for (criterion, values) in file_values {
            let periods: Vec<(usize, &Period)> = values.iter().map(|(i, v)| (*i, &v.period)).collect();
            no_replaced_value_stays_current(ctx, raw, &periods, criterion)?;
            let jurisdiction = jurisdiction.clone().unwrap_or_default();
            new_values.entry((jurisdiction, criterion)).or_default().extend(values.into_iter().map(|(_, v)| v));
        }
    }
    for (key, values) in new_values {
        match out.values.insert(key.clone(), values) {
            Some(old) if import_at.is_some() => {
                out.history.entry(key.clone()).or_default().push(Replaced {
                    by: name.clone(),
                    at: import_at.unwrap_or_default().to_string(),
                    values: old,
                });
                report.replaced.push(key);
            }
            Some(_) => unreachable!("a jurisdiction is defined once per load, so are its values"),
            None => report.added.push(key),
        }
    }
    if import_at.is_some() {
        out.imports.push(report.clone());
    }
    Ok((out, report))
}

/// Ids a file may refer to: the data set's and those being merged.
struct Known<'a> {
    base: &'a Dataset,
    new: &'a NewIds<'a>,
}

impl Known<'_> {
    fn require(&self, ctx: FileCtx<'_>, kind: &'static str, id: &Spanned<String>, field: String) -> Result<()> {
        let text = id.get_ref();
        let in_base = match kind {
            "source" => self.base.sources.contains_key(text),
            "instrument" => self.base.instruments.contains_key(text),
            "provision" => self.base.provisions.contains_key(text),
            _ => false,
        };
        if in_base || self.new.has(kind, text) {
            Ok(())
        } else {
            Err(ctx.invalid(id.span().start, field, format!("no {kind} has the id {}", quoted(text))))
        }
    }
}

impl Known<'_> {
    /// The kind of a source of the data set or of the files being merged.
    fn source_kind(&self, id: &str) -> Option<SourceKind> {
        self.new.source_kinds.get(id).copied().or_else(|| self.base.sources.get(id).map(|s| s.kind))
    }

    /// The confidence rubric (`data/README.md`): "primary" only from a
    /// source that gives the law's text or a translation of it, and from an
    /// unofficial translation only at a pinpoint. `field` is the record's
    /// path; the error points at its `confidence`.
    fn check_rubric(
        &self,
        ctx: FileCtx<'_>,
        source: &Spanned<String>,
        confidence: &Spanned<Confidence>,
        pinpoint: Pinpoint<'_>,
        field: &str,
    ) -> Result<()> {
        if *confidence.get_ref() != Confidence::Primary {
            return Ok(());
        }
        let Some(kind) = self.source_kind(source.get_ref()) else {
            return Ok(());
        };
        let at = confidence.span().start;
        let field = format!("{field}.confidence");
        if !kind.may_be_primary() {
            return Err(ctx.invalid(
                at,
                field,
                format!(
                    "source {} is {}: by the confidence rubric (data/README.md) only gazette, statute-text, \
                     official-translation and translation sources can be primary; write \"secondary\"",
                    quoted(source.get_ref()),
                    kind.word()
                ),
            ));
        }
        let unpinned = matches!(pinpoint, Pinpoint::Given(p) if p.is_none_or(|p| p.trim().is_empty()));
        if kind == SourceKind::Translation && unpinned {
            return Err(ctx.invalid(
                at,
                field,
                format!(
                    "source {} is an unofficial translation: primary only with the pinpoint (article, section) \
                     where the fact was read, so that a reader can check it against the original",
                    quoted(source.get_ref())
                ),
            ));
        }
        Ok(())
    }
}

/// Where a record says its fact was read in the source.
#[derive(Clone, Copy)]
enum Pinpoint<'a> {
    /// The record has no pinpoint field: an instrument's date or a rate is
    /// a figure the text states, not a reading of a provision.
    NoField,
    /// An assertion's pinpoint, as given.
    Given(Option<&'a str>),
}

/// A record's period fields as read.
#[derive(Clone, Copy)]
struct RawPeriod<'r> {
    from: &'r Option<Spanned<String>>,
    to: &'r Option<Spanned<String>>,
    amended_by: &'r Option<Spanned<String>>,
}

/// A record's period, checked: dates that exist, an end after the start,
/// an `amended_by` that names an instrument, and an end wherever an
/// amendment is named (a text that was replaced is no longer in force).
fn period(ctx: FileCtx<'_>, known: &Known<'_>, raw: RawPeriod<'_>, field: &str) -> Result<Period> {
    let valid_from = raw.from.as_ref().map(|d| date(ctx, d, format!("{field}.valid_from"))).transpose()?;
    let valid_to = raw.to.as_ref().map(|d| date(ctx, d, format!("{field}.valid_to"))).transpose()?;
    if let (Some(from), Some(to), Some(to_text)) = (valid_from, valid_to, raw.to.as_ref())
        && to.first_day() <= from.first_day()
    {
        return Err(ctx.invalid(
            to_text.span().start,
            format!("{field}.valid_to"),
            format!("valid_to {to} is not after valid_from {from} (valid_to is the first day no longer in force)"),
        ));
    }
    if let Some(by) = raw.amended_by {
        known.require(ctx, "instrument", by, format!("{field}.amended_by"))?;
        if valid_to.is_none() {
            return Err(ctx.invalid(
                by.span().start,
                format!("{field}.valid_to"),
                format!(
                    "replaced by {}, yet no valid_to: give the first day the replacement was in force",
                    quoted(by.get_ref())
                ),
            ));
        }
    }
    Ok(Period { valid_from, valid_to, amended_by: raw.amended_by.as_ref().map(|b| b.get_ref().clone()) })
}

/// Refuses a value of one criterion that is still current although another
/// value of it began later: the later value records that the law changed
/// (an amendment), and the text it replaced must end (`valid_to`, with
/// `amended_by`). Values with the same start, or whose ends are written,
/// may overlap: where they disagree they are a conflict, kept and marked.
/// Linear: a value is refused exactly when some value starts later than it,
/// that is, when the latest start is after its own.
fn no_replaced_value_stays_current(
    ctx: FileCtx<'_>,
    raw: &RawFile,
    periods: &[(usize, &Period)],
    criterion: Criterion,
) -> Result<()> {
    let Some(&(j, latest)) = periods.iter().max_by_key(|(_, p)| p.valid_from.map(PartialDate::first_day)) else {
        return Ok(());
    };
    for &(i, earlier) in periods {
        if earlier.valid_to.is_none() && earlier.starts_before(latest) {
            let c = &raw.criterion[i];
            let at = c.valid_from.as_ref().map_or(c.code.span().start, |d| d.span().start);
            let (later_line, _) = ctx.line_column(raw.criterion[j].code.span().start);
            return Err(ctx.invalid(
                at,
                format!("criterion[{i}].valid_to"),
                format!(
                    "{criterion}: criterion[{j}] (line {later_line}) is the law from {}, so this earlier value cannot \
                     stay current: set its valid_to (the day the replacement came into force) and amended_by",
                    latest.valid_from.map(|d| d.to_string()).unwrap_or_default()
                ),
            ));
        }
    }
    Ok(())
}

fn date(ctx: FileCtx<'_>, text: &Spanned<String>, field: String) -> Result<PartialDate> {
    PartialDate::parse(text.get_ref()).map_err(|message| ctx.invalid(text.span().start, field, message))
}

fn currency(ctx: FileCtx<'_>, text: &Spanned<String>, field: String) -> Result<String> {
    let code = text.get_ref();
    if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(code.clone())
    } else {
        Err(ctx.invalid(text.span().start, field, format!("{} is not an ISO 4217 currency code", quoted(code))))
    }
}

fn criterion_value(
    ctx: FileCtx<'_>,
    known: &Known<'_>,
    i: usize,
    c: &RawCriterion,
    jurisdiction: &str,
    origin: &Origin,
) -> Result<CriterionValue> {
    let at = c.code.span().start;
    let field = |name: &str| format!("criterion[{i}].{name}");
    let criterion = Criterion::from_code(c.code.get_ref()).ok_or_else(|| {
        ctx.invalid(at, field("code"), format!("unknown criterion code {}", quoted(c.code.get_ref())))
    })?;
    let kind = criterion.kind();
    let value = *c.value.get_ref();
    if c.assertion.is_empty() {
        return Err(ctx.invalid(
            at,
            field("assertion"),
            format!("{criterion}: a value needs at least one [[criterion.assertion]] naming its source"),
        ));
    }
    match (&c.age, kind) {
        (Some(age), k) if k != CriterionKind::Age => {
            return Err(ctx.invalid(age.span().start, field("age"), format!("{criterion} is not an age criterion")));
        }
        (None, CriterionKind::Age) if value == Value::Yes => {
            return Err(ctx.invalid(at, field("age"), format!("{criterion} = yes needs an age")));
        }
        _ => {}
    }
    for (k, p) in c.provisions.iter().enumerate() {
        known.require(ctx, "provision", p, field(&format!("provisions[{k}]")))?;
    }
    let covers = match &c.covers {
        None => Vec::new(),
        Some(list) if kind != CriterionKind::Jurisdiction => {
            return Err(ctx.invalid(
                list.span().start,
                field("covers"),
                format!("only jurisdiction criteria (ETJ_*) cover offences, not {criterion}"),
            ));
        }
        Some(list) => covered_offences(ctx, list.get_ref(), &field("covers"))?,
    };
    let conditions = match &c.conditions {
        None => None,
        Some(list) if !criterion.is_basis() => {
            return Err(ctx.invalid(
                list.span().start,
                field("conditions"),
                format!(
                    "only the bases of extraterritorial jurisdiction (ETJ_ACTIVE, ETJ_PASSIVE, ETJ_UNIVERSAL) \
                     carry conditions, not {criterion}"
                ),
            ));
        }
        Some(list) => Some(fixed_words(
            ctx,
            list.get_ref(),
            &field("conditions"),
            "condition",
            Condition::from_word,
            Condition::words,
        )?),
    };
    if !c.limitation.is_empty() && criterion != Criterion::StatuteOfLimitations {
        return Err(ctx.invalid(
            c.limitation[0].years.span().start,
            field("limitation"),
            format!("only STATUTE_OF_LIMITATIONS carries a limitation, not {criterion}"),
        ));
    }
    let limitation = c
        .limitation
        .iter()
        .enumerate()
        .map(|(k, l)| limitation(ctx, known, l, value, &field(&format!("limitation[{k}]"))))
        .collect::<Result<Vec<_>>>()?;
    if value == Value::Yes && !limitation.is_empty() && limitation.iter().all(|l| l.years == LimitationPeriod::None) {
        return Err(ctx.invalid(
            c.limitation[0].years.span().start,
            field("limitation[0].years"),
            "value = yes says a limitation period applies, yet every period is \"none\": write value = \"no\" or give the years",
        ));
    }
    let offence_answer = kind == CriterionKind::Offence && matches!(value, Value::Yes | Value::Partial | Value::Draft);
    if !c.penalty.is_empty() && kind != CriterionKind::Offence {
        return Err(ctx.invalid(at, field("penalty"), format!("{criterion} is not an offence; it has no penalty")));
    }
    if offence_answer && c.penalty.is_empty() && !c.penalty_not_found {
        return Err(ctx.invalid(
            at,
            field("penalty"),
            format!("{criterion} = {}: give its [[criterion.penalty]] or say penalty_not_found = true", value.word()),
        ));
    }
    if c.penalty_not_found && !c.penalty.is_empty() {
        return Err(ctx.invalid(at, field("penalty_not_found"), "penalty_not_found = true, yet penalties are given"));
    }
    let penalties = c
        .penalty
        .iter()
        .enumerate()
        .map(|(k, p)| penalty(ctx, known, p, &field(&format!("penalty[{k}]"))))
        .collect::<Result<Vec<_>>>()?;
    no_replaced_tier_stays_current(ctx, c, &penalties, &field("penalty"))?;
    let period = period(
        ctx,
        known,
        RawPeriod { from: &c.valid_from, to: &c.valid_to, amended_by: &c.amended_by },
        &format!("criterion[{i}]"),
    )?;
    let assertions = c
        .assertion
        .iter()
        .enumerate()
        .map(|(k, a)| assertion(ctx, known, a, &field(&format!("assertion[{k}]"))))
        .collect::<Result<Vec<_>>>()?;
    Ok(CriterionValue {
        jurisdiction: jurisdiction.to_string(),
        criterion,
        value,
        age: c.age.as_ref().map(|a| *a.get_ref()),
        qualifier: c.qualifier.clone(),
        provisions: c.provisions.iter().map(|p| p.get_ref().clone()).collect(),
        covers,
        conditions,
        limitation,
        penalties,
        penalty_not_found: c.penalty_not_found,
        assertions,
        origin: origin.clone(),
        period,
    })
}

/// Within one value, a penalty tier cannot stay current once a later tier
/// of the same name and provision (the same case, as the amended text
/// states it) has started: the earlier one must end. Linear, as for values.
fn no_replaced_tier_stays_current(
    ctx: FileCtx<'_>,
    c: &RawCriterion,
    penalties: &[Penalty],
    field: &str,
) -> Result<()> {
    let mut latest: HashMap<(&str, Option<&str>), usize> = HashMap::new();
    for (m, p) in penalties.iter().enumerate() {
        let entry = latest.entry((p.tier.as_str(), p.provision.as_deref())).or_insert(m);
        if penalties[*entry].period.starts_before(&p.period) {
            *entry = m;
        }
    }
    for (k, earlier) in penalties.iter().enumerate() {
        let m = latest[&(earlier.tier.as_str(), earlier.provision.as_deref())];
        let later = &penalties[m];
        if earlier.period.valid_to.is_none() && earlier.period.starts_before(&later.period) {
            let raw = &c.penalty[k];
            let at = raw.valid_from.as_ref().map_or(raw.tier.span().start, |d| d.span().start);
            return Err(ctx.invalid(
                at,
                format!("{field}[{k}].valid_to"),
                format!(
                    "tier {} is replaced by penalty[{m}] from {}, so it cannot stay current: set its valid_to and amended_by",
                    quoted(&earlier.tier),
                    later.period.valid_from.map(|d| d.to_string()).unwrap_or_default()
                ),
            ));
        }
    }
    Ok(())
}

fn covered_offences(ctx: FileCtx<'_>, list: &[Spanned<String>], field: &str) -> Result<Vec<Criterion>> {
    let mut out = Vec::new();
    for (k, code) in list.iter().enumerate() {
        if code.get_ref() == "*" {
            out.extend(Criterion::ALL.iter().filter(|c| c.kind() == CriterionKind::Offence));
            continue;
        }
        match Criterion::from_code(code.get_ref()) {
            Some(c) if c.kind() == CriterionKind::Offence => out.push(c),
            Some(c) => {
                return Err(ctx.invalid(code.span().start, format!("{field}[{k}]"), format!("{c} is not an offence")));
            }
            None => {
                return Err(ctx.invalid(
                    code.span().start,
                    format!("{field}[{k}]"),
                    format!("unknown criterion code {}", quoted(code.get_ref())),
                ));
            }
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

fn penalty(ctx: FileCtx<'_>, known: &Known<'_>, p: &RawPenalty, field: &str) -> Result<Penalty> {
    if let Some(provision) = &p.provision {
        known.require(ctx, "provision", provision, format!("{field}.provision"))?;
    }
    let months = |term: &Option<Spanned<String>>, name: &str| -> Result<Option<Months>> {
        term.as_ref()
            .map(|t| Months::parse(t.get_ref()).map_err(|m| ctx.invalid(t.span().start, format!("{field}.{name}"), m)))
            .transpose()
    };
    let prison_min = months(&p.prison_min, "prison_min")?;
    let prison_max = months(&p.prison_max, "prison_max")?;
    if let (Some(min), Some(max)) = (prison_min, prison_max)
        && min > max
    {
        let at = p.prison_min.as_ref().map_or(0, |t| t.span().start);
        return Err(ctx.invalid(
            at,
            format!("{field}.prison_min"),
            format!("least term {min} is above greatest {max}"),
        ));
    }
    let mandatory_minimum = months(&p.mandatory_minimum, "mandatory_minimum")?;
    if let (Some(minimum), Some(max), Some(text)) = (mandatory_minimum, prison_max, &p.mandatory_minimum)
        && minimum > max
    {
        return Err(ctx.invalid(
            text.span().start,
            format!("{field}.mandatory_minimum"),
            format!("mandatory minimum {minimum} is above the greatest term {max}"),
        ));
    }
    let age = |age: &Option<Spanned<u32>>, name: &str| -> Result<Option<u32>> {
        match age {
            Some(a) if !(1..=MAX_VICTIM_AGE).contains(a.get_ref()) => Err(ctx.invalid(
                a.span().start,
                format!("{field}.{name}"),
                format!("{} is not a child's age (1 to {MAX_VICTIM_AGE} full years)", a.get_ref()),
            )),
            a => Ok(a.as_ref().map(|a| *a.get_ref())),
        }
    };
    let victim_age_from = age(&p.victim_age_from, "victim_age_from")?;
    let victim_age_below = age(&p.victim_age_below, "victim_age_below")?;
    if let (Some(from), Some(below), Some(text)) = (victim_age_from, victim_age_below, &p.victim_age_below)
        && from >= below
    {
        return Err(ctx.invalid(
            text.span().start,
            format!("{field}.victim_age_below"),
            format!("the band is empty: victim_age_from {from} is not below victim_age_below {below}"),
        ));
    }
    let aggravating = match &p.aggravating {
        Some(list) => fixed_words(
            ctx,
            list.get_ref(),
            &format!("{field}.aggravating"),
            "aggravating circumstance",
            Aggravating::from_word,
            Aggravating::words,
        )?,
        None => Vec::new(),
    };
    let fine_min = p.fine_min.as_ref().map(|f| f.get_ref().get());
    let fine_max = p.fine_max.as_ref().map(|f| f.get_ref().get());
    let fine_at = p.fine_min.as_ref().or(p.fine_max.as_ref()).map(|f| f.span().start);
    let currency = match (&p.currency, fine_at) {
        (Some(c), _) => Some(currency(ctx, c, format!("{field}.currency"))?),
        (None, Some(at)) => return Err(ctx.invalid(at, format!("{field}.currency"), "a fine needs its currency")),
        (None, None) => None,
    };
    if let (Some(min), Some(max)) = (fine_min, fine_max)
        && (min > max || min < 0.0)
    {
        return Err(ctx.invalid(fine_at.unwrap_or(0), format!("{field}.fine_min"), "least fine is above greatest"));
    }
    let period =
        period(ctx, known, RawPeriod { from: &p.valid_from, to: &p.valid_to, amended_by: &p.amended_by }, field)?;
    Ok(Penalty {
        provision: p.provision.as_ref().map(|s| s.get_ref().clone()),
        tier: p.tier.get_ref().clone(),
        victim_age: p.victim_age.clone(),
        victim_age_from,
        victim_age_below,
        aggravating,
        mandatory_minimum,
        prison_min,
        prison_max,
        life: p.life,
        death: p.death,
        fine_min,
        fine_max,
        currency,
        combine: p.combine,
        note: p.note.clone(),
        period,
    })
}

/// The greatest age a tier's victim-age band may name: the laws draw their
/// lines at 18 at most, and a child-protection law at 21 where the age of
/// majority is 21; above that a number is a typing error.
const MAX_VICTIM_AGE: u32 = 21;

/// A list of fixed words (`what` names one in errors), each known and given
/// once; the error points at the word and lists those accepted.
fn fixed_words<T: Copy + PartialEq>(
    ctx: FileCtx<'_>,
    list: &[Spanned<String>],
    field: &str,
    what: &str,
    parse: fn(&str) -> Option<T>,
    accepted: fn() -> String,
) -> Result<Vec<T>> {
    let mut out = Vec::with_capacity(list.len());
    for (k, word) in list.iter().enumerate() {
        let at = word.span().start;
        let Some(parsed) = parse(word.get_ref()) else {
            return Err(ctx.invalid(
                at,
                format!("{field}[{k}]"),
                format!("unknown {what} {}; the words are: {}", quoted(word.get_ref()), accepted()),
            ));
        };
        if out.contains(&parsed) {
            return Err(ctx.invalid(at, format!("{field}[{k}]"), format!("{} is given twice", quoted(word.get_ref()))));
        }
        out.push(parsed);
    }
    Ok(out)
}

/// The longest limitation period a value may give, in years: the laws
/// read set 20 at most; a century is past any offender's life, so a
/// larger number is a typing error (or "none" meant).
const MAX_LIMITATION_YEARS: i64 = 100;

/// One limitation period: years above zero or `"none"`, a known
/// `runs_from`, offences that are offence criteria, a known provision;
/// and a period in years only where the value says a limitation applies.
fn limitation(ctx: FileCtx<'_>, known: &Known<'_>, l: &RawLimitation, value: Value, field: &str) -> Result<Limitation> {
    let years_at = l.years.span().start;
    let years = match l.years.get_ref() {
        RawYears::Years(n) if (1..=MAX_LIMITATION_YEARS).contains(n) => LimitationPeriod::Years(*n as u32),
        RawYears::Word(word) if word == "none" => LimitationPeriod::None,
        RawYears::Years(n) => {
            return Err(ctx.invalid(years_at, format!("{field}.years"), format!("{n} is not a number of years")));
        }
        RawYears::Word(word) => {
            return Err(ctx.invalid(
                years_at,
                format!("{field}.years"),
                format!("{} is not a period: write the years (20) or \"none\"", quoted(word)),
            ));
        }
    };
    if value == Value::No && years != LimitationPeriod::None {
        return Err(ctx.invalid(
            years_at,
            format!("{field}.years"),
            format!("value = no says no limitation applies, yet this period is {years} years: write \"none\""),
        ));
    }
    let runs_from = match &l.runs_from {
        Some(word) => Some(RunsFrom::from_word(word.get_ref()).ok_or_else(|| {
            ctx.invalid(
                word.span().start,
                format!("{field}.runs_from"),
                format!("unknown start {}; the words are: {}", quoted(word.get_ref()), RunsFrom::words()),
            )
        })?),
        None => None,
    };
    let mut offences = Vec::new();
    for (k, code) in l.offences.iter().enumerate() {
        match Criterion::from_code(code.get_ref()) {
            Some(c) if c.kind() == CriterionKind::Offence => offences.push(c),
            _ => {
                return Err(ctx.invalid(
                    code.span().start,
                    format!("{field}.offences[{k}]"),
                    format!("{} is not an offence criterion", quoted(code.get_ref())),
                ));
            }
        }
    }
    if let Some(p) = &l.provision {
        known.require(ctx, "provision", p, format!("{field}.provision"))?;
    }
    Ok(Limitation {
        years,
        runs_from,
        offences,
        applies_to: l.applies_to.clone(),
        provision: l.provision.as_ref().map(|p| p.get_ref().clone()),
        note: l.note.clone(),
    })
}

fn assertion(ctx: FileCtx<'_>, known: &Known<'_>, a: &RawAssertion, field: &str) -> Result<Assertion> {
    known.require(ctx, "source", &a.source, format!("{field}.source"))?;
    known.check_rubric(ctx, &a.source, &a.confidence, Pinpoint::Given(a.pinpoint.as_deref()), field)?;
    Ok(Assertion {
        source: a.source.get_ref().clone(),
        pinpoint: a.pinpoint.clone(),
        quote: a.quote.clone(),
        confidence: *a.confidence.get_ref(),
        reviewer: a.reviewer.clone(),
        date: a.date.as_ref().map(|d| date(ctx, d, format!("{field}.date"))).transpose()?,
        note: a.note.clone(),
    })
}
