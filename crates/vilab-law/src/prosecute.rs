//! Who can prosecute a conduct: the place's courts (territoriality), the
//! offender's (active nationality), the victim's (passive nationality) and
//! any with universal jurisdiction over it, reasoned only over the data.
//! Where the data is silent the answer is "unknown", never a guess.
//!
//! The [`Finding`] is data: each step of the reasoning and each thing the
//! data does not say is a variant with the codes and values it rests on, so
//! that its JSON is stable and [`Finding::to_text`] writes it in the
//! reader's language.

use serde::Serialize;
use vilab_i18n::{Messages, t};

use crate::compare::{citation, provision_names};
use crate::criteria::{Criterion, CriterionKind};
use crate::error::{LawError, Result};
use crate::model::{Assertion, Brief, CriterionValue, Dataset, Value};
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
    /// The catalog key of its words.
    pub fn label_key(self) -> &'static str {
        match self {
            Basis::Territorial => "law-basis-territorial",
            Basis::ActiveNationality => "law-basis-active-nationality",
            Basis::PassiveNationality => "law-basis-passive-nationality",
            Basis::Universal => "law-basis-universal",
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

    /// The catalog key of its word.
    pub fn label_key(self) -> &'static str {
        match self {
            Answer::Yes => "law-answer-yes",
            Answer::No => "law-answer-no",
            Answer::Unknown => "law-answer-unknown",
        }
    }
}

/// What the data says about one criterion in one jurisdiction: the values
/// in brief (none: no data), and whether they conflict.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// Jurisdiction code.
    pub jurisdiction: String,
    /// The criterion.
    pub criterion: Criterion,
    /// The values, in brief.
    pub values: Vec<Brief>,
    /// The sources disagree.
    pub conflict: bool,
}

impl Summary {
    /// `TH BUY_SEX_CHILD: yes [S]`, `LA ETJ_ACTIVE: no data`.
    pub fn text(&self, msgs: &Messages) -> String {
        let (code, criterion) = (self.jurisdiction.as_str(), self.criterion.code());
        if self.values.is_empty() {
            return t!(msgs, "law-summary-no-data", code = code, criterion = criterion);
        }
        let parts: Vec<String> = self
            .values
            .iter()
            .map(|v| {
                let q = v.qualifier.as_deref().map(|q| format!(" ({q})")).unwrap_or_default();
                format!("{} [{}]{q}", v.short(msgs), v.confidence.letter())
            })
            .collect();
        let values = parts.join(" | ");
        let key = if self.conflict { "law-summary-conflict" } else { "law-summary" };
        msgs.format(key, &[("code", code.into()), ("criterion", criterion.into()), ("values", values.into())])
    }
}

/// Whether a jurisdiction's law requires double criminality, as far as the
/// data records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Requirement {
    /// The data says it is required.
    Required,
    /// The data does not say.
    NotRecorded,
}

/// One step of the reasoning, with what it rests on.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Reason {
    /// Whether the conduct is an offence where it happened.
    Offence {
        /// The values.
        summary: Summary,
    },
    /// The extraterritorial rule of the jurisdiction.
    Jurisdiction {
        /// The values.
        summary: Summary,
    },
    /// The recorded extraterritorial rule does not name the conduct.
    NotNamed {
        /// The rule's criterion.
        rule: Criterion,
        /// The conduct.
        conduct: Criterion,
    },
    /// Whether the conduct is an offence in the prosecuting jurisdiction's law.
    OffenceAtHome {
        /// The values.
        summary: Summary,
    },
    /// Double criminality is not required.
    DoubleCriminalityNotRequired {
        /// The values of ETJ_DOUBLE_CRIMINALITY.
        summary: Summary,
    },
    /// Double criminality is met: the place makes the conduct an offence.
    DoubleCriminalityMet {
        /// Whether the prosecuting jurisdiction requires it.
        requirement: Requirement,
        /// The prosecuting jurisdiction.
        jurisdiction: String,
        /// Where the conduct happened.
        place: String,
    },
    /// Double criminality is required and the place does not make the
    /// conduct an offence.
    DoubleCriminalityNotMet {
        /// Where the conduct happened.
        place: String,
    },
    /// Neither the requirement nor the place's law is clear.
    DoubleCriminalityUnclear {
        /// The prosecuting jurisdiction.
        jurisdiction: String,
        /// Where the conduct happened.
        place: String,
    },
}

impl Reason {
    /// The step in the reader's language.
    pub fn text(&self, msgs: &Messages) -> String {
        match self {
            Reason::Offence { summary } => t!(msgs, "law-reason-offence", summary = summary.text(msgs)),
            Reason::Jurisdiction { summary } => t!(msgs, "law-reason-jurisdiction", summary = summary.text(msgs)),
            Reason::NotNamed { rule, conduct } => {
                t!(msgs, "law-reason-not-named", rule = rule.code(), conduct = conduct.code())
            }
            Reason::OffenceAtHome { summary } => {
                t!(msgs, "law-reason-offence-at-home", summary = summary.text(msgs))
            }
            Reason::DoubleCriminalityNotRequired { summary } => {
                t!(msgs, "law-reason-dc-not-required", summary = summary.text(msgs))
            }
            Reason::DoubleCriminalityMet { requirement: Requirement::Required, jurisdiction, place } => {
                t!(msgs, "law-reason-dc-met-required", code = jurisdiction, place = place)
            }
            Reason::DoubleCriminalityMet { requirement: Requirement::NotRecorded, jurisdiction, place } => {
                t!(msgs, "law-reason-dc-met-not-recorded", code = jurisdiction, place = place)
            }
            Reason::DoubleCriminalityNotMet { place } => t!(msgs, "law-reason-dc-not-met", place = place),
            Reason::DoubleCriminalityUnclear { jurisdiction, place } => {
                t!(msgs, "law-reason-dc-unclear", code = jurisdiction, place = place)
            }
        }
    }
}

/// Something the data does not say, on which the answer depends.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "question", rename_all = "snake_case")]
pub enum Unknown {
    /// Whether the conduct is an offence where it happened.
    OffenceAtPlace {
        /// The conduct.
        conduct: Criterion,
        /// Where it happened.
        place: String,
    },
    /// Whether the jurisdiction's law reaches the conduct abroad.
    Reach {
        /// The jurisdiction.
        jurisdiction: String,
        /// The conduct.
        conduct: Criterion,
        /// The extraterritorial rule's criterion.
        rule: Criterion,
    },
    /// Whether the conduct is an offence in the jurisdiction's own law.
    OffenceAtHome {
        /// The conduct.
        conduct: Criterion,
        /// The jurisdiction.
        jurisdiction: String,
    },
    /// Whether the conduct is an offence where it happened, for double
    /// criminality.
    DoubleCriminalityOffence {
        /// The conduct.
        conduct: Criterion,
        /// Where it happened.
        place: String,
    },
    /// Whether the jurisdiction requires double criminality.
    DoubleCriminalityRequired {
        /// The jurisdiction.
        jurisdiction: String,
    },
    /// The penalty of the offence in the jurisdiction.
    Penalty {
        /// The jurisdiction.
        jurisdiction: String,
    },
}

impl Unknown {
    /// The question in the reader's language.
    pub fn text(&self, msgs: &Messages) -> String {
        match self {
            Unknown::OffenceAtPlace { conduct, place } => {
                t!(msgs, "law-unknown-offence", conduct = conduct.code(), place = place)
            }
            Unknown::Reach { jurisdiction, conduct, rule } => {
                t!(msgs, "law-unknown-reach", code = jurisdiction, conduct = conduct.code(), rule = rule.code())
            }
            Unknown::OffenceAtHome { conduct, jurisdiction } => {
                t!(msgs, "law-unknown-offence-at-home", conduct = conduct.code(), code = jurisdiction)
            }
            Unknown::DoubleCriminalityOffence { conduct, place } => {
                t!(msgs, "law-unknown-offence-dc", conduct = conduct.code(), place = place)
            }
            Unknown::DoubleCriminalityRequired { jurisdiction } => {
                t!(msgs, "law-unknown-dc", code = jurisdiction, rule = Criterion::EtjDoubleCriminality.code())
            }
            Unknown::Penalty { jurisdiction } => t!(msgs, "law-unknown-penalty", code = jurisdiction),
        }
    }
}

/// What the data gives as the penalty of the offence.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RoutePenalty {
    /// The span of its tiers.
    Range(PenaltyRange),
    /// The offence exists but its penalty was not found.
    NotFound,
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
    pub reasons: Vec<Reason>,
    /// The provisions it would prosecute on (the data's titles and articles).
    pub provisions: String,
    /// The penalty of the offence there, when the data has one or says it
    /// was not found.
    pub penalty: Option<RoutePenalty>,
    /// Every assertion the reasoning rests on, each once.
    pub sources: Vec<Assertion>,
    /// What the data does not say.
    pub unknowns: Vec<Unknown>,
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
    summary: Summary,
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
    let summary = Summary {
        jurisdiction: jurisdiction.to_string(),
        criterion,
        values: values.iter().map(CriterionValue::brief).collect(),
        conflict: dataset.is_conflict(jurisdiction, criterion),
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
        reasons: vec![Reason::Offence { summary: offence.summary.clone() }],
        provisions: String::new(),
        penalty: None,
        sources: Vec::new(),
        unknowns: Vec::new(),
    };
    if offence.answer == Answer::Unknown {
        route.unknowns.push(Unknown::OffenceAtPlace { conduct, place: place.to_string() });
    }
    route.provisions = provision_names_of(dataset, Vec::new(), &offence);
    add_offence(&mut route, &offence);
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
        reasons: vec![Reason::Jurisdiction { summary: etj.summary.clone() }],
        provisions: String::new(),
        penalty: None,
        sources: Vec::new(),
        unknowns: Vec::new(),
    };
    if etj.answer == Answer::Yes && covering.is_empty() {
        route.reasons.push(Reason::NotNamed { rule: etj_criterion, conduct });
    }
    if reach == Answer::Unknown {
        route.unknowns.push(Unknown::Reach { jurisdiction: code.to_string(), conduct, rule: etj_criterion });
    }
    for v in etj.values {
        add_sources(&mut route, &v.assertions);
    }
    let etj_provisions: Vec<String> = covering.iter().flat_map(|v| v.provisions.clone()).collect();

    let offence = read(dataset, code, conduct);
    route.reasons.push(Reason::OffenceAtHome { summary: offence.summary.clone() });
    if offence.answer == Answer::Unknown {
        route.unknowns.push(Unknown::OffenceAtHome { conduct, jurisdiction: code.to_string() });
    }
    route.answer = route.answer.and(offence.answer);

    let condition = double_criminality(dataset, code, place, conduct, &mut route);
    route.answer = route.answer.and(condition);
    add_offence(&mut route, &offence);
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
            route.reasons.push(Reason::DoubleCriminalityNotRequired { summary: required.summary });
            Answer::Yes
        }
        (_, Answer::Yes) => {
            let requirement =
                if required.answer == Answer::Yes { Requirement::Required } else { Requirement::NotRecorded };
            route.reasons.push(Reason::DoubleCriminalityMet {
                requirement,
                jurisdiction: code.to_string(),
                place: place.to_string(),
            });
            Answer::Yes
        }
        (Answer::Yes, Answer::No) => {
            route.reasons.push(Reason::DoubleCriminalityNotMet { place: place.to_string() });
            Answer::No
        }
        (Answer::Yes, Answer::Unknown) => {
            route.unknowns.push(Unknown::DoubleCriminalityOffence { conduct, place: place.to_string() });
            Answer::Unknown
        }
        (Answer::Unknown, _) => {
            route
                .reasons
                .push(Reason::DoubleCriminalityUnclear { jurisdiction: code.to_string(), place: place.to_string() });
            route.unknowns.push(Unknown::DoubleCriminalityRequired { jurisdiction: code.to_string() });
            Answer::Unknown
        }
    }
}

fn add_offence(route: &mut Route, offence: &Reading<'_>) {
    let range = PenaltyRange::of(offence.values.iter().flat_map(|v| &v.penalties));
    if !range.is_empty() {
        route.penalty = Some(RoutePenalty::Range(range));
    } else if offence.answer == Answer::Yes {
        route.penalty = Some(RoutePenalty::NotFound);
        route.unknowns.push(Unknown::Penalty { jurisdiction: route.jurisdiction.clone() });
    }
    for v in offence.values {
        add_sources(route, &v.assertions);
    }
}

/// Adds the assertions the route does not cite yet.
fn add_sources(route: &mut Route, assertions: &[Assertion]) {
    for a in assertions {
        if !route.sources.contains(a) {
            route.sources.push(a.clone());
        }
    }
}

impl Finding {
    /// The finding as text, in the language of `msgs`: vilab's sentences
    /// in it, the data's titles, articles and notes as the data gives them.
    pub fn to_text(&self, dataset: &Dataset, msgs: &Messages) -> String {
        let q = &self.question;
        let (conduct, label) = (q.conduct.code(), q.conduct.label(msgs));
        let (place, offender) = (q.place.as_str(), q.offender.as_str());
        let question = match q.victim.as_deref() {
            Some(victim) => t!(
                msgs,
                "law-prosecute-question-victim",
                conduct = conduct,
                label = label,
                place = place,
                offender = offender,
                victim = victim
            ),
            None => {
                t!(msgs, "law-prosecute-question", conduct = conduct, label = label, place = place, offender = offender)
            }
        };
        let mut text = format!("{question}\n");
        let rates = dataset.rate_list();
        for route in &self.routes {
            let name = dataset.jurisdictions.get(&route.jurisdiction).map_or("", |j| j.name.as_str());
            let heading = t!(
                msgs,
                "law-prosecute-route",
                code = &route.jurisdiction,
                name = name,
                answer = msgs.get(route.answer.label_key()),
                basis = msgs.get(route.basis.label_key())
            );
            text.push_str(&format!("\n{heading}\n"));
            for reason in &route.reasons {
                text.push_str(&format!("  {}\n", reason.text(msgs)));
            }
            if !route.provisions.is_empty() {
                text.push_str(&format!("  {}\n", t!(msgs, "law-field-provisions", provisions = &route.provisions)));
            }
            if let Some(p) = &route.penalty {
                let penalty = match p {
                    RoutePenalty::Range(range) => range.describe(&rates, msgs),
                    RoutePenalty::NotFound => msgs.get("law-value-not-found"),
                };
                text.push_str(&format!("  {}\n", t!(msgs, "law-field-penalty", penalty = penalty)));
            }
            for a in &route.sources {
                text.push_str(&format!("  {}\n", t!(msgs, "law-field-source", source = citation(dataset, a, msgs))));
            }
        }
        let unknowns: Vec<&Unknown> = self.routes.iter().flat_map(|r| &r.unknowns).collect();
        if !unknowns.is_empty() {
            text.push_str(&format!("\n{}\n", msgs.get("law-prosecute-unknowns")));
            for u in unknowns {
                text.push_str(&format!("  - {}\n", u.text(msgs)));
            }
        }
        text.push_str(&format!("\n{}\n", msgs.get("law-prosecute-disclaimer")));
        text
    }
}
