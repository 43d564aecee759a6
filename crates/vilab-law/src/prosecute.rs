//! Who can prosecute a conduct: the place's courts (territoriality), the
//! offender's (active nationality), the victim's (passive nationality) and
//! any with universal jurisdiction over it, reasoned only over the data.
//! Where the data is silent the answer is "unknown", never a guess.
//!
//! An extraterritorial value may record its conditions ([`Condition`]):
//! all of a value's conditions must hold, and several values of one basis
//! are alternatives (a citizen at the time of the offence, or a resident).
//! Each condition is decided by the question: double criminality by the
//! place's law, the others by the circumstances it states
//! ([`Circumstances`]: where the offender resides or is found, the
//! nationality at prosecution, a complaint or request, a trial abroad). A
//! condition the question does not tell leaves the route "unknown" and is
//! named among the unknowns; the route says which conditions decided it
//! ([`Route::decided_by`]). A value with no recorded conditions keeps the
//! jurisdiction-wide rule: `ETJ_DOUBLE_CRIMINALITY`.
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
use crate::vocab::Condition;

/// The question.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Question {
    /// The conduct, an offence criterion.
    pub conduct: Criterion,
    /// Where it was committed.
    pub place: String,
    /// The offender's nationality at the time of the offence.
    pub offender: String,
    /// The victim's nationality at the time of the offence, when known.
    pub victim: Option<String>,
    /// What the question says of the facts that conditions turn on.
    pub circumstances: Circumstances,
}

impl Question {
    /// A question with no circumstances stated.
    pub fn new(conduct: Criterion, place: &str, offender: &str, victim: Option<&str>) -> Self {
        Self {
            conduct,
            place: place.to_string(),
            offender: offender.to_string(),
            victim: victim.map(String::from),
            circumstances: Circumstances::default(),
        }
    }
}

/// The facts of a case that extraterritorial conditions turn on, each
/// `None` where the question does not state it (a condition that needs it
/// then stays unknown). Country codes are ISO 3166-1 alpha-2 and need not
/// be jurisdictions of the data: an offender may live anywhere.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Circumstances {
    /// Where the offender resides (for [`Condition::Residence`]).
    pub offender_resident: Option<String>,
    /// The offender's nationality when prosecuted (for
    /// [`Condition::NationalityAtProsecution`]).
    pub offender_now: Option<String>,
    /// Where the offender is found (for [`Condition::FoundInTerritory`]).
    pub offender_found: Option<String>,
    /// Whether the victim complained or the state where it happened asked
    /// for prosecution (for [`Condition::ComplaintOrRequest`]).
    pub complaint_or_request: Option<bool>,
    /// Whether the offender was finally tried abroad for the conduct (for
    /// [`Condition::NotTriedAbroad`]).
    pub tried_abroad: Option<bool>,
}

impl Circumstances {
    /// The same, with each country code checked and in capitals.
    fn normalised(&self) -> Result<Self> {
        let code = |c: &Option<String>| -> Result<Option<String>> {
            match c {
                Some(c) if c.len() == 2 && c.bytes().all(|b| b.is_ascii_alphabetic()) => {
                    Ok(Some(c.to_ascii_uppercase()))
                }
                Some(c) => Err(LawError::NotACountryCode(c.clone())),
                None => Ok(None),
            }
        };
        Ok(Self {
            offender_resident: code(&self.offender_resident)?,
            offender_now: code(&self.offender_now)?,
            offender_found: code(&self.offender_found)?,
            complaint_or_request: self.complaint_or_request,
            tried_abroad: self.tried_abroad,
        })
    }
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
    /// A recorded condition of the extraterritorial rule, and whether the
    /// question shows it holds.
    Condition {
        /// The rule's criterion.
        rule: Criterion,
        /// The condition.
        condition: Condition,
        /// Whether it holds: yes, no, or the question does not tell.
        holds: Answer,
    },
    /// The extraterritorial rule records that it sets no condition.
    NoConditions {
        /// The rule's criterion.
        rule: Criterion,
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
            Reason::Condition { rule, condition, holds } => {
                let key = match holds {
                    Answer::Yes => "law-reason-condition-met",
                    Answer::No => "law-reason-condition-not-met",
                    Answer::Unknown => "law-reason-condition-unknown",
                };
                msgs.format(key, &[("rule", rule.code().into()), ("condition", condition.label(msgs).into())])
            }
            Reason::NoConditions { rule } => t!(msgs, "law-reason-no-conditions", rule = rule.code()),
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
    /// Whether a condition of the jurisdiction's extraterritorial rule
    /// holds: the question does not state what it turns on.
    Condition {
        /// The jurisdiction.
        jurisdiction: String,
        /// The rule's criterion.
        rule: Criterion,
        /// The condition.
        condition: Condition,
    },
}

/// The catalog key of what a question lacks to tell a condition: the
/// fact, with the `who-can-prosecute` option that states it.
fn missing_key(condition: Condition) -> &'static str {
    match condition {
        Condition::DoubleCriminality => "law-condition-missing-double-criminality",
        Condition::Residence => "law-condition-missing-residence",
        Condition::NationalityAtOffence => "law-condition-missing-nationality-at-offence",
        Condition::NationalityAtProsecution => "law-condition-missing-nationality-at-prosecution",
        Condition::FoundInTerritory => "law-condition-missing-found-in-territory",
        Condition::ComplaintOrRequest => "law-condition-missing-complaint-or-request",
        Condition::NotTriedAbroad => "law-condition-missing-not-tried-abroad",
        Condition::Treaty => "law-condition-missing-treaty",
    }
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
            Unknown::Condition { jurisdiction, rule, condition } => t!(
                msgs,
                "law-unknown-condition",
                code = jurisdiction,
                rule = rule.code(),
                condition = condition.label(msgs),
                missing = msgs.get(missing_key(*condition))
            ),
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
    /// The recorded conditions of the extraterritorial rule that decided
    /// the answer: those not met (a "no"), those the question does not
    /// tell (an "unknown"), or those met (a "yes"); empty where no
    /// recorded condition decided it.
    pub decided_by: Vec<Condition>,
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
    let question = Question { conduct, place, offender, victim, circumstances: question.circumstances.normalised()? };
    let (place, offender, victim) = (&question.place, &question.offender, &question.victim);
    let mut routes = vec![territorial(dataset, place, conduct)];
    if offender != place {
        routes.push(extraterritorial(dataset, &question, offender, Basis::ActiveNationality));
    }
    if let Some(victim) = victim.as_deref().filter(|v| v != place) {
        routes.push(extraterritorial(dataset, &question, victim, Basis::PassiveNationality));
    }
    for code in dataset.jurisdictions.keys() {
        let already = routes.iter().any(|r| &r.jurisdiction == code);
        let reaches = dataset
            .values(code, Criterion::EtjUniversal)
            .iter()
            .any(|v| matches!(v.value, Value::Yes | Value::Partial) && v.covers.contains(&conduct));
        if code != place && !already && reaches {
            routes.push(extraterritorial(dataset, &question, code, Basis::Universal));
        }
    }
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
        decided_by: Vec::new(),
    };
    if offence.answer == Answer::Unknown {
        route.unknowns.push(Unknown::OffenceAtPlace { conduct, place: place.to_string() });
    }
    route.provisions = provision_names_of(dataset, Vec::new(), &offence);
    add_offence(&mut route, &offence);
    route
}

fn extraterritorial(dataset: &Dataset, question: &Question, code: &str, basis: Basis) -> Route {
    let (place, conduct) = (question.place.as_str(), question.conduct);
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
        decided_by: Vec::new(),
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

    let (condition, decided_by) = if covering.iter().any(|v| v.conditions.is_some()) {
        recorded_conditions(dataset, question, code, basis, etj_criterion, &covering, &mut route)
    } else {
        (double_criminality(dataset, code, place, conduct, &mut route), Vec::new())
    };
    route.answer = route.answer.and(condition);
    if route.answer == condition && !(condition == Answer::Yes && decided_by.is_empty()) {
        route.decided_by = decided_by;
    }
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

/// Whether one condition holds for `code`'s basis, as far as the question
/// tells: double criminality from the place's law, the rest from the
/// question's nationalities and circumstances.
fn condition_holds(dataset: &Dataset, question: &Question, code: &str, basis: Basis, condition: Condition) -> Answer {
    let yes_if = |holds: bool| if holds { Answer::Yes } else { Answer::No };
    let is_code = |given: &Option<String>| given.as_deref().map_or(Answer::Unknown, |g| yes_if(g == code));
    let c = &question.circumstances;
    match condition {
        Condition::DoubleCriminality => read(dataset, &question.place, question.conduct).answer,
        Condition::Residence => is_code(&c.offender_resident),
        // The question's nationalities are those at the time of the offence.
        Condition::NationalityAtOffence => match basis {
            Basis::PassiveNationality => yes_if(question.victim.as_deref() == Some(code)),
            _ => yes_if(question.offender == code),
        },
        // The question states no later nationality of the victim.
        Condition::NationalityAtProsecution => match basis {
            Basis::PassiveNationality => Answer::Unknown,
            _ => is_code(&c.offender_now),
        },
        Condition::FoundInTerritory => is_code(&c.offender_found),
        Condition::ComplaintOrRequest => c.complaint_or_request.map_or(Answer::Unknown, yes_if),
        Condition::NotTriedAbroad => c.tried_abroad.map_or(Answer::Unknown, |tried| yes_if(!tried)),
        // Which treaties bind the state, and for what, is not in the data.
        Condition::Treaty => Answer::Unknown,
    }
}

/// The conditions of the covering values, where at least one records
/// them: each value's conditions must all hold, and the values are
/// alternatives, so the answer is the best of theirs. A value that records
/// none keeps the jurisdiction-wide double-criminality rule. Returns the
/// answer and the conditions that decided it.
fn recorded_conditions(
    dataset: &Dataset,
    question: &Question,
    code: &str,
    basis: Basis,
    rule: Criterion,
    covering: &[&CriterionValue],
    route: &mut Route,
) -> (Answer, Vec<Condition>) {
    // Per value: its answer, the conditions behind it, and what the question lacks.
    let mut outcomes: Vec<(Answer, Vec<Condition>, Vec<Unknown>)> = Vec::new();
    let mut unrecorded: Option<Answer> = None;
    for v in covering {
        let Some(conditions) = &v.conditions else {
            let answer = *unrecorded
                .get_or_insert_with(|| double_criminality(dataset, code, &question.place, question.conduct, route));
            outcomes.push((answer, Vec::new(), Vec::new()));
            continue;
        };
        if conditions.is_empty() {
            route.reasons.push(Reason::NoConditions { rule });
            outcomes.push((Answer::Yes, Vec::new(), Vec::new()));
            continue;
        }
        let checks: Vec<(Condition, Answer)> =
            conditions.iter().map(|&c| (c, condition_holds(dataset, question, code, basis, c))).collect();
        let answer = checks.iter().fold(Answer::Yes, |a, &(_, holds)| a.and(holds));
        let mut missing = Vec::new();
        for &(condition, holds) in &checks {
            route.reasons.push(Reason::Condition { rule, condition, holds });
            if holds == Answer::Unknown {
                missing.push(match condition {
                    Condition::DoubleCriminality => {
                        Unknown::DoubleCriminalityOffence { conduct: question.conduct, place: question.place.clone() }
                    }
                    _ => Unknown::Condition { jurisdiction: code.to_string(), rule, condition },
                });
            }
        }
        // The conditions that decided this value: all of them for a yes, else those that gave its answer.
        let decided = checks.iter().filter(|&&(_, holds)| answer == Answer::Yes || holds == answer).map(|&(c, _)| c);
        outcomes.push((answer, decided.collect(), missing));
    }
    let best = [Answer::Yes, Answer::Unknown, Answer::No]
        .into_iter()
        .find(|a| outcomes.iter().any(|(answer, ..)| answer == a))
        .unwrap_or(Answer::Unknown);
    let mut decided_by = Vec::new();
    for (answer, decided, missing) in outcomes {
        if answer != best {
            continue;
        }
        if best == Answer::Yes {
            // One alternative that holds is enough; it is the one that decided.
            return (best, decided);
        }
        for c in decided {
            if !decided_by.contains(&c) {
                decided_by.push(c);
            }
        }
        if best == Answer::Unknown {
            for u in missing {
                if !route.unknowns.contains(&u) {
                    route.unknowns.push(u);
                }
            }
        }
    }
    (best, decided_by)
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
            if !route.decided_by.is_empty() {
                let labels: Vec<String> = route.decided_by.iter().map(|c| c.label(msgs)).collect();
                text.push_str(&format!("  {}\n", t!(msgs, "law-prosecute-decided", conditions = labels.join("; "))));
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
