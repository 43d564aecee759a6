//! Gaps: where a jurisdiction has no offence, where nothing was found,
//! where the penalty is missing, and where sources conflict.

use serde::Serialize;

use crate::compare::Selection;
use crate::criteria::{Criterion, CriterionKind};
use crate::model::{Dataset, Value};

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
    /// The heading shown for the kind.
    pub fn heading(self) -> &'static str {
        match self {
            GapKind::Conflict => "sources conflict",
            GapKind::NoOffence => "no offence",
            GapKind::NotFound => "not found",
            GapKind::NoData => "no data",
            GapKind::PenaltyNotFound => "penalty not found",
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
    /// The values in a few words.
    pub detail: String,
}

/// Every gap of the selection, by kind, then criterion, then jurisdiction.
pub fn gaps(dataset: &Dataset, selection: &Selection) -> Vec<Gap> {
    let mut out = Vec::new();
    for &criterion in &selection.criteria {
        for code in &selection.jurisdictions {
            let values = dataset.values(code, criterion);
            let detail = values
                .iter()
                .map(|v| match &v.qualifier {
                    Some(q) => format!("{} ({q})", v.short()),
                    None => v.short(),
                })
                .collect::<Vec<_>>()
                .join(" | ");
            let mut push = |kind| {
                out.push(Gap { kind, jurisdiction: code.clone(), criterion, detail: detail.clone() });
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

/// Gaps as text, grouped under a heading per kind; criteria with no data in
/// any selected jurisdiction are listed once at the end.
pub fn to_text(gaps: &[Gap], selection: &Selection) -> String {
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
            text.push_str(&format!("\n{}:\n", gap.kind.heading()));
        }
        let detail = if gap.detail.is_empty() { String::new() } else { format!("  {}", gap.detail) };
        let line = format!("  {} {:<26}{detail}", gap.jurisdiction, gap.criterion.code());
        text.push_str(line.trim_end());
        text.push('\n');
    }
    if !empty_everywhere.is_empty() {
        text.push_str("\nno data in any selected jurisdiction:\n");
        for c in empty_everywhere {
            text.push_str(&format!("  {:<29}{}\n", c.code(), c.label()));
        }
    }
    text.trim_start().to_string()
}
