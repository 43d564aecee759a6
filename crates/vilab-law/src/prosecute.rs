//! Who can prosecute a conduct: the place's courts (territoriality), the
//! offender's (active nationality), the victim's (passive nationality) and
//! any with universal jurisdiction over it, reasoned only over the data.
//! Where the data is silent the answer is "unknown", never a guess.

use serde::Serialize;

use crate::compare::{citation, provision_names};
use crate::criteria::{Criterion, CriterionKind};
use crate::error::{LawError, Result};
use crate::model::{CriterionValue, Dataset, Value};
use crate::penalty::PenaltyRange;

/// The question.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Question {
    /// The conduct, an offence criterion.
    pub conduct: Criterion,
    /// Where it was committed.
    pub place: String,
    /// The offender's nationality.
    pub offender: String,
    /// The victim's nationality, when known.
    pub victim: Option<String>,
}

/// On what basis a jurisdiction would prosecute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The conduct happened there.
    Territorial,
    /// The offender is its national.
    ActiveNationality,
    /// The victim is its national.
    PassiveNationality,
    /// Its law reaches the conduct wherever and by whomever committed.
    Universal,
}

impl Basis {
    fn words(self) -> &'static str {
        match self {
            Basis::Territorial => "territorial (the conduct happened there)",
            Basis::ActiveNationality => "offender's nationality",
            Basis::PassiveNationality => "victim's nationality",
            Basis::Universal => "universal (its law reaches the conduct abroad)",
        }
    }
}

/// A three-valued answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// The data shows it can.
    Yes,
    /// The data shows it cannot.
    No,
    /// The data does not tell.
    Unknown,
}

impl Answer {
    fn and(self, other: Answer) -> Answer {
        match (self, other) {
            (Answer::No, _) | (_, Answer::No) => Answer::No,
            (Answer::Yes, Answer::Yes) => Answer::Yes,
            _ => Answer::Unknown,
        }
    }

    fn word(self) -> &'static str {
        match self {
            Answer::Yes => "YES",
            Answer::No => "NO",
            Answer::Unknown => "UNKNOWN",
        }
    }
}

/// One jurisdiction's route to prosecution.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Route {
    /// Jurisdiction code.
    pub jurisdiction: String,
    /// The basis.
    pub basis: Basis,
    /// Whether it can prosecute on that basis.
    pub answer: Answer,
    /// The steps of the reasoning, each with the values it rests on.
    pub reasons: Vec<String>,
    /// The provisions it would prosecute on.
    pub provisions: String,
    /// The penalty range of the offence there, or "not found".
    pub penalty: Option<String>,
    /// Every source the reasoning rests on.
    pub sources: Vec<String>,
    /// What the data does not say.
    pub unknowns: Vec<String>,
}

/// The answer to a question.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// The question.
    pub question: Question,
    /// One route per jurisdiction and basis considered.
    pub routes: Vec<Route>,
}

/// What the data says about one criterion in one jurisdiction, reduced to
/// an answer, with the values behind it.
struct Reading<'a> {
    answer: Answer,
    summary: String,
    values: &'a [CriterionValue],
}

fn read<'a>(dataset: &'a Dataset, jurisdiction: &str, criterion: Criterion) -> Reading<'a> {
    let values = dataset.values(jurisdiction, criterion);
    let substantive: Vec<Value> = values.iter().map(|v| v.value).filter(|v| *v != Value::NotFound).collect();
    let answer = if substantive.is_empty() {
        Answer::Unknown
    } else if substantive.iter().all(|v| matches!(v, Value::Yes | Value::Partial)) {
        Answer::Yes
    } else if substantive.iter().all(|v| matches!(v, Value::No | Value::Draft)) {
        Answer::No
    } else {
        Answer::Unknown
    };
    let summary = if values.is_empty() {
        format!("{jurisdiction} {criterion}: no data")
    } else {
        let parts: Vec<String> = values
            .iter()
            .map(|v| {
                let q = v.qualifier.as_deref().map(|q| format!(" ({q})")).unwrap_or_default();
                format!("{} [{}]{q}", v.short(), v.best_confidence().letter())
            })
            .collect();
        let conflict = if dataset.is_conflict(jurisdiction, criterion) { " — sources conflict" } else { "" };
        format!("{jurisdiction} {criterion}: {}{conflict}", parts.join(" | "))
    };
    Reading { answer, summary, values }
}

/// Answers the question from the data.
pub fn who_can_prosecute(dataset: &Dataset, question: &Question) -> Result<Finding> {
    if question.conduct.kind() != CriterionKind::Offence {
        return Err(LawError::NotAnOffence(question.conduct.code().into()));
    }
    let place = dataset.jurisdiction(&question.place)?.code.clone();
    let offender = dataset.jurisdiction(&question.offender)?.code.clone();
    let victim = question.victim.as_deref().map(|v| dataset.jurisdiction(v).map(|j| j.code.clone())).transpose()?;
    let conduct = question.conduct;
    let mut routes = vec![territorial(dataset, &place, conduct)];
    if offender != place {
        routes.push(extraterritorial(dataset, &offender, Basis::ActiveNationality, &place, conduct));
    }
    if let Some(victim) = victim.as_deref().filter(|v| *v != place) {
        routes.push(extraterritorial(dataset, victim, Basis::PassiveNationality, &place, conduct));
    }
    for code in dataset.jurisdictions.keys() {
        let already = routes.iter().any(|r| &r.jurisdiction == code);
        let reaches = dataset
            .values(code, Criterion::EtjUniversal)
            .iter()
            .any(|v| matches!(v.value, Value::Yes | Value::Partial) && v.covers.contains(&conduct));
        if *code != place && !already && reaches {
            routes.push(extraterritorial(dataset, code, Basis::Universal, &place, conduct));
        }
    }
    let question = Question { conduct, place, offender, victim };
    Ok(Finding { question, routes })
}

fn territorial(dataset: &Dataset, place: &str, conduct: Criterion) -> Route {
    let offence = read(dataset, place, conduct);
    let mut route = Route {
        jurisdiction: place.to_string(),
        basis: Basis::Territorial,
        answer: offence.answer,
        reasons: vec![format!("offence: {}", offence.summary)],
        provisions: String::new(),
        penalty: None,
        sources: Vec::new(),
        unknowns: Vec::new(),
    };
    if offence.answer == Answer::Unknown {
        route.unknowns.push(format!("whether {conduct} is an offence in {place}"));
    }
    route.provisions = provision_names_of(dataset, Vec::new(), &offence);
    add_offence(dataset, &mut route, &offence);
    route
}

fn extraterritorial(dataset: &Dataset, code: &str, basis: Basis, place: &str, conduct: Criterion) -> Route {
    let etj_criterion = match basis {
        Basis::PassiveNationality => Criterion::EtjPassive,
        Basis::Universal => Criterion::EtjUniversal,
        _ => Criterion::EtjActive,
    };
    let etj = read(dataset, code, etj_criterion);
    let covering: Vec<&CriterionValue> = etj
        .values
        .iter()
        .filter(|v| matches!(v.value, Value::Yes | Value::Partial) && v.covers.contains(&conduct))
        .collect();
    let reach = match etj.answer {
        Answer::Yes if !covering.is_empty() => Answer::Yes,
        // A recorded extraterritorial rule that reaches other conduct says
        // nothing about this one.
        Answer::Yes => Answer::Unknown,
        other => other,
    };
    let mut route = Route {
        jurisdiction: code.to_string(),
        basis,
        answer: reach,
        reasons: vec![format!("jurisdiction: {}", etj.summary)],
        provisions: String::new(),
        penalty: None,
        sources: Vec::new(),
        unknowns: Vec::new(),
    };
    if etj.answer == Answer::Yes && covering.is_empty() {
        route.reasons.push(format!("the recorded {etj_criterion} does not name {conduct}"));
    }
    if reach == Answer::Unknown {
        route.unknowns.push(format!("whether {code}'s law reaches {conduct} committed abroad ({etj_criterion})"));
    }
    for v in etj.values {
        route.sources.extend(v.assertions.iter().map(|a| citation(dataset, a)));
    }
    let etj_provisions: Vec<String> = covering.iter().flat_map(|v| v.provisions.clone()).collect();

    let offence = read(dataset, code, conduct);
    route.reasons.push(format!("offence at home: {}", offence.summary));
    if offence.answer == Answer::Unknown {
        route.unknowns.push(format!("whether {conduct} is an offence in {code}'s law"));
    }
    route.answer = route.answer.and(offence.answer);

    let condition = double_criminality(dataset, code, place, conduct, &mut route);
    route.answer = route.answer.and(condition);
    add_offence(dataset, &mut route, &offence);
    route.provisions = provision_names_of(dataset, etj_provisions, &offence);
    route
}

/// The names of `leading` (e.g. the extraterritorial provisions), then of
/// the offence's provisions, each once.
fn provision_names_of(dataset: &Dataset, leading: Vec<String>, offence: &Reading<'_>) -> String {
    let mut provisions = leading;
    for v in offence.values {
        provisions.extend(v.provisions.iter().cloned());
    }
    let mut seen = std::collections::HashSet::new();
    provisions.retain(|p| seen.insert(p.clone()));
    provision_names(dataset, &provisions)
}

/// Whether the double-criminality condition of `code` holds for conduct
/// in `place`.
fn double_criminality(dataset: &Dataset, code: &str, place: &str, conduct: Criterion, route: &mut Route) -> Answer {
    let required = read(dataset, code, Criterion::EtjDoubleCriminality);
    let at_place = read(dataset, place, conduct);
    match (required.answer, at_place.answer) {
        (Answer::No, _) => {
            route.reasons.push(format!("double criminality: not required ({})", required.summary));
            Answer::Yes
        }
        (_, Answer::Yes) => {
            let why = if required.answer == Answer::Yes { "required" } else { "not recorded" };
            route.reasons.push(format!("double criminality: {why} for {code}; met, {place} makes it an offence"));
            Answer::Yes
        }
        (Answer::Yes, Answer::No) => {
            route.reasons.push(format!("double criminality: required, and {place} does not make it an offence"));
            Answer::No
        }
        (Answer::Yes, Answer::Unknown) => {
            route.unknowns.push(format!("whether {conduct} is an offence in {place} (double criminality)"));
            Answer::Unknown
        }
        (Answer::Unknown, _) => {
            route.reasons.push(format!(
                "double criminality: whether {code} requires it is not recorded, and {place} does not clearly make it an offence"
            ));
            route.unknowns.push(format!("whether {code} requires double criminality (ETJ_DOUBLE_CRIMINALITY)"));
            Answer::Unknown
        }
    }
}

fn add_offence(dataset: &Dataset, route: &mut Route, offence: &Reading<'_>) {
    let range = PenaltyRange::of(offence.values.iter().flat_map(|v| &v.penalties));
    if !range.is_empty() {
        route.penalty = Some(range.describe(&dataset.rate_list()));
    } else if offence.answer == Answer::Yes {
        route.penalty = Some("not found".into());
        route.unknowns.push(format!("the penalty in {}", route.jurisdiction));
    }
    for v in offence.values {
        for a in &v.assertions {
            let c = citation(dataset, a);
            if !route.sources.contains(&c) {
                route.sources.push(c);
            }
        }
    }
}

impl Finding {
    /// The finding as text.
    pub fn to_text(&self, dataset: &Dataset) -> String {
        let q = &self.question;
        let victim = q.victim.as_deref().map(|v| format!(", victim a national of {v}")).unwrap_or_default();
        let mut text = format!(
            "Who can prosecute {} ({}) committed in {} by a national of {}{victim}?\n",
            q.conduct.code(),
            q.conduct.label(),
            q.place,
            q.offender
        );
        for route in &self.routes {
            let name = dataset.jurisdictions.get(&route.jurisdiction).map_or("", |j| j.name.as_str());
            text.push_str(&format!(
                "\n{} {name}: {} — {}\n",
                route.jurisdiction,
                route.answer.word(),
                route.basis.words()
            ));
            for reason in &route.reasons {
                text.push_str(&format!("  {reason}\n"));
            }
            if !route.provisions.is_empty() {
                text.push_str(&format!("  provisions: {}\n", route.provisions));
            }
            if let Some(p) = &route.penalty {
                text.push_str(&format!("  penalty: {p}\n"));
            }
            for s in &route.sources {
                text.push_str(&format!("  source: {s}\n"));
            }
        }
        let unknowns: Vec<(&str, &String)> =
            self.routes.iter().flat_map(|r| r.unknowns.iter().map(move |u| (r.jurisdiction.as_str(), u))).collect();
        if !unknowns.is_empty() {
            text.push_str("\nunknown (the data is silent):\n");
            for (_, u) in unknowns {
                text.push_str(&format!("  - {u}\n"));
            }
        }
        text.push_str("\nOnly bases recorded in the data are considered; this is not legal advice.\n");
        text
    }
}
