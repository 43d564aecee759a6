//! Gaps: where a jurisdiction has no offence, where nothing was found,
//! where the penalty is missing, and where sources conflict.
//!
//! [`gaps`] finds them as data (its JSON: stable identifiers, the values
//! in brief); [`to_text`] writes them in the reader's language.

use serde::Serialize;
use vilab_i18n::{Messages, t};

use crate::compare::Selection;
use crate::criteria::{Criterion, CriterionKind};
use crate::model::{Brief, Dataset, Value};

/// Why a cell is a gap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GapKind {
    /// The sources disagree.
    Conflict,
    /// The law has no such offence (or only a draft).
    NoOffence,
    /// The research looked and found nothing, or a source says it cannot be told.
    NotFound,
    /// Nothing is recorded at all.
    NoData,
    /// The offence exists but its penalty was not found.
    PenaltyNotFound,
}

impl GapKind {
    /// The catalog key of the heading shown for the kind.
    pub fn heading_key(self) -> &'static str {
        match self {
            GapKind::Conflict => "law-gap-conflict",
            GapKind::NoOffence => "law-gap-no-offence",
            GapKind::NotFound => "law-gap-not-found",
            GapKind::NoData => "law-gap-no-data",
            GapKind::PenaltyNotFound => "law-gap-penalty-not-found",
        }
    }
}

/// One gap.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gap {
    /// Why.
    pub kind: GapKind,
    /// Jurisdiction code.
    pub jurisdiction: String,
    /// The criterion.
    pub criterion: Criterion,
    /// The values, in brief (empty: no data).
    pub values: Vec<Brief>,
}

/// Every gap of the selection, by kind, then criterion, then jurisdiction.
pub fn gaps(dataset: &Dataset, selection: &Selection) -> Vec<Gap> {
    let mut out = Vec::new();
    for &criterion in &selection.criteria {
        for code in &selection.jurisdictions {
            let values = dataset.values(code, criterion);
            let briefs: Vec<Brief> = values.iter().map(|v| v.brief()).collect();
            let mut push = |kind| {
                out.push(Gap { kind, jurisdiction: code.clone(), criterion, values: briefs.clone() });
            };
            if values.is_empty() {
                push(GapKind::NoData);
                continue;
            }
            if dataset.is_conflict(code, criterion) {
                push(GapKind::Conflict);
            }
            let all = |f: fn(Value) -> bool| values.iter().all(|v| f(v.value));
            let offence = criterion.kind() == CriterionKind::Offence;
            if offence && all(|v| matches!(v, Value::No | Value::Draft)) {
                push(GapKind::NoOffence);
            } else if all(|v| matches!(v, Value::NotFound | Value::Unknown)) {
                push(GapKind::NotFound);
            }
            if offence && values.iter().any(|v| v.penalty_not_found) {
                push(GapKind::PenaltyNotFound);
            }
        }
    }
    out.sort_by(|a, b| (a.kind, a.criterion, &a.jurisdiction).cmp(&(b.kind, b.criterion, &b.jurisdiction)));
    out
}

/// Gaps as text in the language of `msgs`, grouped under a heading per
/// kind; criteria with no data in any selected jurisdiction are listed once
/// at the end, with their labels.
pub fn to_text(gaps: &[Gap], selection: &Selection, msgs: &Messages) -> String {
    let mut text = String::new();
    let empty_everywhere: Vec<Criterion> = selection
        .criteria
        .iter()
        .copied()
        .filter(|c| {
            let n = gaps.iter().filter(|g| g.criterion == *c && g.kind == GapKind::NoData).count();
            n == selection.jurisdictions.len()
        })
        .collect();
    let mut kind = None;
    for gap in gaps {
        if gap.kind == GapKind::NoData && empty_everywhere.contains(&gap.criterion) {
            continue;
        }
        if kind != Some(gap.kind) {
            kind = Some(gap.kind);
            text.push_str(&format!("\n{}\n", t!(msgs, "law-gaps-heading", kind = msgs.get(gap.kind.heading_key()))));
        }
        let detail = gap
            .values
            .iter()
            .map(|v| match &v.qualifier {
                Some(q) => format!("{} ({q})", v.short(msgs)),
                None => v.short(msgs),
            })
            .collect::<Vec<_>>()
            .join(" | ");
        let detail = if detail.is_empty() { String::new() } else { format!("  {detail}") };
        let line = format!("  {} {:<26}{detail}", gap.jurisdiction, gap.criterion.code());
        text.push_str(line.trim_end());
        text.push('\n');
    }
    if !empty_everywhere.is_empty() {
        text.push_str(&format!("\n{}\n", msgs.get("law-gaps-no-data-anywhere")));
        for c in empty_everywhere {
            text.push_str(&format!("  {:<29}{}\n", c.code(), c.label(msgs)));
        }
    }
    text.trim_start().to_string()
}
