//! The comparison matrix: criteria by jurisdiction, each cell every value
//! with its confidence, conflicts marked; as a text table, CSV or JSON.

use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;

use crate::criteria::{Criterion, CriterionKind};
use crate::error::{LawError, Result};
use crate::model::{Assertion, CriterionValue, Dataset};
use crate::penalty::PenaltyRange;

/// Which rows and columns to show.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Selection {
    /// Jurisdiction codes, in column order.
    pub jurisdictions: Vec<String>,
    /// Criteria, in row order.
    pub criteria: Vec<Criterion>,
}

impl Selection {
    /// Every jurisdiction of the data (by code) and every criterion.
    pub fn all(dataset: &Dataset) -> Self {
        Self { jurisdictions: dataset.jurisdictions.keys().cloned().collect(), criteria: Criterion::ALL.to_vec() }
    }

    /// A selection from codes as a user typed them (`None`: all). Unknown
    /// codes are errors.
    pub fn parse(dataset: &Dataset, jurisdictions: Option<&[String]>, criteria: Option<&[String]>) -> Result<Self> {
        let mut selection = Self::all(dataset);
        if let Some(codes) = jurisdictions {
            selection.jurisdictions =
                codes.iter().map(|c| dataset.jurisdiction(c).map(|j| j.code.clone())).collect::<Result<_>>()?;
        }
        if let Some(codes) = criteria {
            selection.criteria = codes.iter().map(|c| Criterion::parse(c)).collect::<Result<_>>()?;
        }
        Ok(selection)
    }
}

/// One cell of the matrix.
#[derive(Debug, Clone, Serialize)]
pub struct Cell<'a> {
    /// Jurisdiction code.
    pub jurisdiction: &'a str,
    /// The values (empty: no data at all).
    pub values: &'a [CriterionValue],
    /// The values disagree, or a source is marked as conflicting.
    pub conflict: bool,
    /// Span of every penalty tier of every value.
    pub penalty_range: PenaltyRange,
    /// The same span in words, fines converted for display where a rate is known.
    pub penalty_text: Option<String>,
}

impl Cell<'_> {
    /// The cell's answer in a few words: `15 [P] | unknown [C]`, `no data`.
    pub fn short(&self) -> String {
        if self.values.is_empty() {
            return "no data".into();
        }
        let answers: Vec<String> =
            self.values.iter().map(|v| format!("{} [{}]", v.short(), v.best_confidence().letter())).collect();
        let answers = answers.join(" | ");
        if self.conflict { format!("CONFLICT: {answers}") } else { answers }
    }
}

/// One row: a criterion across the selected jurisdictions.
#[derive(Debug, Clone, Serialize)]
pub struct Row<'a> {
    /// The criterion.
    pub criterion: Criterion,
    /// Its label.
    pub label: &'static str,
    /// One cell per selected jurisdiction, in order.
    pub cells: Vec<Cell<'a>>,
}

/// The comparison matrix.
#[derive(Debug, Clone, Serialize)]
pub struct Matrix<'a> {
    /// Column headings: (code, name).
    pub jurisdictions: Vec<(&'a str, &'a str)>,
    /// Rows in criterion order.
    pub rows: Vec<Row<'a>>,
}

/// Builds the matrix of a selection.
pub fn matrix<'a>(dataset: &'a Dataset, selection: &Selection) -> Matrix<'a> {
    let rates = dataset.rate_list();
    let jurisdictions: Vec<(&str, &str)> = selection
        .jurisdictions
        .iter()
        .filter_map(|code| dataset.jurisdictions.get(code))
        .map(|j| (j.code.as_str(), j.name.as_str()))
        .collect();
    let rows = selection
        .criteria
        .iter()
        .map(|&criterion| Row {
            criterion,
            label: criterion.label(),
            cells: jurisdictions
                .iter()
                .map(|&(code, _)| {
                    let values = dataset.values(code, criterion);
                    let penalty_range = PenaltyRange::of(values.iter().flat_map(|v| &v.penalties));
                    let penalty_text = penalty_text(values, &penalty_range, &rates);
                    Cell {
                        jurisdiction: code,
                        values,
                        conflict: dataset.is_conflict(code, criterion),
                        penalty_range,
                        penalty_text,
                    }
                })
                .collect(),
        })
        .collect();
    Matrix { jurisdictions, rows }
}

fn penalty_text(values: &[CriterionValue], range: &PenaltyRange, rates: &[crate::penalty::Rate]) -> Option<String> {
    let offence = values.first().is_some_and(|v| v.criterion.kind() == CriterionKind::Offence);
    if !range.is_empty() {
        Some(range.describe(rates))
    } else if offence && values.iter().any(|v| v.penalty_not_found) {
        Some("penalty not found".into())
    } else {
        None
    }
}

/// How a source backs a value, in one line: `title <url>, pinpoint, primary (note)`.
pub fn citation(dataset: &Dataset, assertion: &Assertion) -> String {
    let source = dataset.sources.get(&assertion.source);
    let mut text = source.map_or_else(|| assertion.source.clone(), |s| s.title.clone());
    if let Some(url) = source.and_then(|s| s.url.as_deref()) {
        text.push_str(&format!(" <{url}>"));
    }
    if let Some(pinpoint) = &assertion.pinpoint {
        text.push_str(&format!(", {pinpoint}"));
    }
    text.push_str(&format!(", {}", confidence_word(assertion.confidence)));
    if let Some(note) = &assertion.note {
        text.push_str(&format!(" ({note})"));
    }
    text
}

/// The confidence as the data writes it.
pub fn confidence_word(confidence: crate::model::Confidence) -> &'static str {
    match confidence {
        crate::model::Confidence::Primary => "primary",
        crate::model::Confidence::Secondary => "secondary",
        crate::model::Confidence::Conflict => "conflict",
    }
}

/// Characters of one cell (or column heading) the terminal table shows. A
/// cell holds a few words and a penalty range (the longest bundled one is
/// 90 characters); a longer one, which only a broken or hostile
/// import makes, is cut with an ellipsis, and the legend says where it is
/// whole (`vilab law show`, and the CSV, JSON and HTML formats).
pub const TABLE_CELL_CHARS: usize = 200;

/// `text` cut to [`TABLE_CELL_CHARS`] characters with an ellipsis; whether
/// it was cut.
fn cell_text(text: String) -> (String, bool) {
    match text.char_indices().nth(TABLE_CELL_CHARS) {
        Some((at, _)) => (format!("{}…", &text[..at]), true),
        None => (text, false),
    }
}

/// The longest word (run of characters between spaces and line breaks)
/// handed to the table crate. That crate breaks a word too long for its
/// column by copying the rest of the word at each line, quadratic in the
/// word's length (8 s for one word of 100 KB, 131 s for 400 KB), so its
/// work on a word must be bounded by a constant. One character more than a
/// cut cell holds: the break never falls inside a cell the cut already
/// bounds, where it would leave a short line in the middle of a word.
const WORD_CHARS: usize = TABLE_CELL_CHARS + 1;

/// `text` with a line break inserted in every word at each `max`
/// characters. Linear.
fn break_long_words(text: &str, max: usize) -> String {
    let max = max.max(1);
    let mut out = String::with_capacity(text.len());
    let mut run = 0;
    for c in text.chars() {
        if c == ' ' || c == '\n' {
            run = 0;
        } else {
            if run == max {
                out.push('\n');
                run = 0;
            }
            run += 1;
        }
        out.push(c);
    }
    out
}

impl Matrix<'_> {
    /// A text table for a terminal, `width` characters wide. Each cell
    /// shows at most [`TABLE_CELL_CHARS`] characters; the legend says when
    /// one was cut.
    pub fn to_table(&self, width: u16) -> String {
        let mut cut_any = false;
        let mut fit = |text: String| {
            let (text, cut) = cell_text(text);
            cut_any |= cut;
            // The cut alone bounds the crate's work today; the break keeps it linear whatever the cut becomes.
            break_long_words(&text, WORD_CHARS)
        };
        let mut table = Table::new();
        table.load_preset(presets::ASCII_FULL).set_content_arrangement(ContentArrangement::Dynamic).set_width(width);
        let mut header = vec!["criterion".to_string()];
        header.extend(self.jurisdictions.iter().map(|(code, name)| fit(format!("{code} {name}"))));
        table.set_header(header);
        for row in &self.rows {
            let mut cells = vec![row.criterion.code().to_string()];
            for cell in &row.cells {
                let mut text = cell.short();
                if let Some(penalty) = &cell.penalty_text {
                    text.push('\n');
                    text.push_str(penalty);
                }
                cells.push(fit(text));
            }
            table.add_row(cells);
        }
        let cut_note = if cut_any {
            format!("…: cut at {TABLE_CELL_CHARS} characters; `vilab law show CODE CRITERION` shows it whole.\n")
        } else {
            String::new()
        };
        format!(
            "{table}\n[P] primary source  [S] secondary source  [C] conflicting source\n\
             CONFLICT: the sources disagree; `vilab law show CODE CRITERION` lists each with its source.\n\
             no data: nothing recorded; not found: the research looked and found nothing.\n{cut_note}"
        )
    }

    /// CSV: one line per (criterion, jurisdiction, value, assertion); a cell
    /// with no data is one line with the value `no data`.
    pub fn to_csv(&self, dataset: &Dataset) -> Result<String> {
        let mut out = csv::Writer::from_writer(Vec::new());
        out.write_record([
            "criterion",
            "jurisdiction",
            "value",
            "age",
            "qualifier",
            "conflict",
            "penalty_range",
            "provisions",
            "source_id",
            "source_url",
            "pinpoint",
            "confidence",
        ])?;
        for row in &self.rows {
            for cell in &row.cells {
                let conflict = if cell.conflict { "yes" } else { "no" };
                let penalty = cell.penalty_text.clone().unwrap_or_default();
                if cell.values.is_empty() {
                    let code = row.criterion.code();
                    out.write_record([code, cell.jurisdiction, "no data", "", "", conflict, "", "", "", "", "", ""])?;
                }
                for value in cell.values {
                    let provisions = provision_names(dataset, &value.provisions);
                    for assertion in &value.assertions {
                        let url = dataset.sources.get(&assertion.source).and_then(|s| s.url.clone());
                        out.write_record([
                            row.criterion.code(),
                            cell.jurisdiction,
                            value.value.word(),
                            &value.age.map(|a| a.to_string()).unwrap_or_default(),
                            value.qualifier.as_deref().unwrap_or(""),
                            conflict,
                            &penalty,
                            &provisions,
                            &assertion.source,
                            &url.unwrap_or_default(),
                            assertion.pinpoint.as_deref().unwrap_or(""),
                            confidence_word(assertion.confidence),
                        ])?;
                    }
                }
            }
        }
        let bytes = out.into_inner().map_err(|e| LawError::Csv(e.into_error().into()))?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }

    /// JSON: the matrix with every value, penalty and assertion, and the
    /// sources they cite.
    pub fn to_json(&self, dataset: &Dataset) -> Result<String> {
        let cited: std::collections::BTreeMap<&str, &crate::model::Source> = self
            .rows
            .iter()
            .flat_map(|r| &r.cells)
            .flat_map(|c| c.values)
            .flat_map(|v| &v.assertions)
            .filter_map(|a| dataset.sources.get_key_value(&a.source))
            .map(|(k, v)| (k.as_str(), v))
            .collect();
        #[derive(Serialize)]
        struct Out<'a, 'b> {
            matrix: &'b Matrix<'a>,
            sources: std::collections::BTreeMap<&'a str, &'a crate::model::Source>,
            rates: Vec<crate::penalty::Rate>,
        }
        Ok(serde_json::to_string_pretty(&Out { matrix: self, sources: cited, rates: dataset.rate_list() })?)
    }
}

/// Provisions by name: `Penal Code s.277; ...`.
pub fn provision_names(dataset: &Dataset, ids: &[String]) -> String {
    ids.iter()
        .map(|id| match dataset.provisions.get(id) {
            Some(p) => {
                let instrument = dataset.instruments.get(&p.instrument).map_or(p.instrument.as_str(), |i| &i.title);
                format!("{instrument} {}", p.article)
            }
            None => id.clone(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_words_are_broken_at_the_limit_and_nothing_else_changes() {
        let word = "ñx".repeat(500_000);
        let text = format!("short words stay {word} as\nthey are");
        let broken = break_long_words(&text, 160);
        assert_eq!(broken.replace('\n', ""), text.replace('\n', ""));
        assert!(broken.split([' ', '\n']).all(|w| w.chars().count() <= 160));
        assert_eq!(broken.matches('\n').count(), 1 + word.chars().count().div_ceil(160) - 1);
        assert!(broken.starts_with("short words stay ñx") && broken.ends_with(" as\nthey are"));
        assert_eq!(break_long_words("no change here", 6), "no change here");
        assert_eq!(break_long_words("abcdefg", 3), "abc\ndef\ng");
    }

    #[test]
    fn every_bundled_cell_fits_the_table_uncut() {
        let data = crate::bundled().unwrap();
        for row in &matrix(&data, &Selection::all(&data)).rows {
            for cell in &row.cells {
                let text = format!("{}\n{}", cell.short(), cell.penalty_text.as_deref().unwrap_or(""));
                assert!(!cell_text(text.clone()).1, "{text}");
            }
        }
    }
}
