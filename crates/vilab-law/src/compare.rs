//! The comparison matrix: criteria by jurisdiction, each cell every value
//! with its confidence, conflicts marked; as a text table, CSV or JSON.
//!
//! The matrix itself holds facts, no words: each view writes it in the
//! language of the [`Messages`] it is given. The text table is for people
//! and every word of it comes from the catalogs. CSV and JSON are for
//! machines: their column and field names, criterion codes, and the words
//! of values (`yes`, `not found`), confidences (`primary`) and conflicts
//! (`yes`/`no`) are stable English identifiers, the same in every language,
//! so that a script reads any lab's export; only the columns written for
//! people (`penalty_range` in CSV; `label` and `penalty_text` in JSON,
//! whose `lang` names the language) are in the reader's language.
//!
//! Time: a matrix shows the values of the data set it is given; the
//! binary gives it [`Dataset::at`] a day, and the views state that day
//! (JSON `at`, a legend line, the page's heading). Each value's period is
//! in the CSV's columns `valid_from`, `valid_to`, `amended_by` (added after
//! the columns scripts already read) and in the JSON's values.
//!
//! The structured fields of issue 22 follow in the CSV's last columns,
//! in their stable words ([`crate::vocab`]): `conditions` (an
//! extraterritorial basis's), `limitation` (the periods of
//! `STATUTE_OF_LIMITATIONS`), `aggravating` (the circumstances of the
//! value's tiers). The JSON has them field by field, tier by tier.

use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;
use vilab_i18n::{Messages, t};

use crate::criteria::{Criterion, CriterionKind};
use crate::date::PartialDate;
use crate::error::{LawError, Result};
use crate::model::{Assertion, CriterionValue, Dataset};
use crate::penalty::{PenaltyRange, Rate};

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
    /// An offence none of whose tiers has a figure, and whose penalty the
    /// research looked for and did not find.
    pub penalty_not_found: bool,
}

impl Cell<'_> {
    /// The cell's answer in a few words: `15 [P] | unknown [C]`, `no data`.
    pub fn short(&self, msgs: &Messages) -> String {
        if self.values.is_empty() {
            return msgs.get("law-no-data");
        }
        let answers: Vec<String> =
            self.values.iter().map(|v| format!("{} [{}]", v.short(msgs), v.best_confidence().letter())).collect();
        let answers = answers.join(" | ");
        if self.conflict { t!(msgs, "law-cell-conflict", answers = answers) } else { answers }
    }

    /// The penalty span in words, fines converted for display where a rate
    /// is known; `penalty not found` for an offence whose penalty the
    /// research did not find; `None` where there is nothing to say.
    pub fn penalty_text(&self, rates: &[Rate], msgs: &Messages) -> Option<String> {
        if !self.penalty_range.is_empty() {
            Some(self.penalty_range.describe(rates, msgs))
        } else if self.penalty_not_found {
            Some(msgs.get("law-penalty-not-found"))
        } else {
            None
        }
    }
}

/// One row: a criterion across the selected jurisdictions.
#[derive(Debug, Clone, Serialize)]
pub struct Row<'a> {
    /// The criterion.
    pub criterion: Criterion,
    /// One cell per selected jurisdiction, in order.
    pub cells: Vec<Cell<'a>>,
}

/// The comparison matrix.
#[derive(Debug, Clone, Serialize)]
pub struct Matrix<'a> {
    /// Column headings: (code, name), the name as the data gives it.
    pub jurisdictions: Vec<(&'a str, &'a str)>,
    /// Rows in criterion order.
    pub rows: Vec<Row<'a>>,
    /// The exchange rates the views convert fines at, for display.
    pub rates: Vec<Rate>,
    /// The day whose law this is ([`Dataset::as_of`]); `None`: every period.
    pub at: Option<PartialDate>,
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
            cells: jurisdictions
                .iter()
                .map(|&(code, _)| {
                    let values = dataset.values(code, criterion);
                    let penalty_range = PenaltyRange::of(values.iter().flat_map(|v| &v.penalties));
                    let penalty_not_found = penalty_range.is_empty() && penalty_not_found(values);
                    Cell {
                        jurisdiction: code,
                        values,
                        conflict: dataset.is_conflict(code, criterion),
                        penalty_range,
                        penalty_not_found,
                    }
                })
                .collect(),
        })
        .collect();
    Matrix { jurisdictions, rows, rates, at: dataset.as_of }
}

/// Whether these values are of an offence whose penalty the research
/// looked for and did not find.
fn penalty_not_found(values: &[CriterionValue]) -> bool {
    let offence = values.first().is_some_and(|v| v.criterion.kind() == CriterionKind::Offence);
    offence && values.iter().any(|v| v.penalty_not_found)
}

/// How a source backs a value, in one line: `title <url>, pinpoint, primary
/// (note)`. Title, pinpoint and note are the data's; the confidence is in
/// the reader's words.
pub fn citation(dataset: &Dataset, assertion: &Assertion, msgs: &Messages) -> String {
    let source = dataset.sources.get(&assertion.source);
    let mut text = source.map_or_else(|| assertion.source.clone(), |s| s.title.clone());
    if let Some(url) = source.and_then(|s| s.url.as_deref()) {
        text.push_str(&format!(" <{url}>"));
    }
    if let Some(pinpoint) = &assertion.pinpoint {
        text.push_str(&format!(", {pinpoint}"));
    }
    text.push_str(&format!(", {}", msgs.get(assertion.confidence.label_key())));
    if let Some(note) = &assertion.note {
        text.push_str(&format!(" ({note})"));
    }
    text
}

/// The confidence as the data writes it: the stable word of machine
/// outputs (see [`crate::model::Confidence::word`]).
pub fn confidence_word(confidence: crate::model::Confidence) -> &'static str {
    confidence.word()
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
    /// A text table for a terminal, `width` characters wide, in the
    /// language of `msgs`. Each cell shows at most [`TABLE_CELL_CHARS`]
    /// characters; the legend says when one was cut. Criterion and
    /// jurisdiction codes, jurisdiction names (the data's) and currency
    /// codes are the same in every language.
    pub fn to_table(&self, msgs: &Messages, width: u16) -> String {
        let mut cut_any = false;
        let mut fit = |text: String| {
            let (text, cut) = cell_text(text);
            cut_any |= cut;
            // The cut alone bounds the crate's work today; the break keeps it linear whatever the cut becomes.
            break_long_words(&text, WORD_CHARS)
        };
        let mut table = Table::new();
        table.load_preset(presets::ASCII_FULL).set_content_arrangement(ContentArrangement::Dynamic).set_width(width);
        let mut header = vec![msgs.get("law-table-criterion")];
        header.extend(self.jurisdictions.iter().map(|(code, name)| fit(format!("{code} {name}"))));
        table.set_header(header);
        for row in &self.rows {
            let mut cells = vec![row.criterion.code().to_string()];
            for cell in &row.cells {
                let mut text = cell.short(msgs);
                if let Some(penalty) = cell.penalty_text(&self.rates, msgs) {
                    text.push('\n');
                    text.push_str(&penalty);
                }
                cells.push(fit(text));
            }
            table.add_row(cells);
        }
        let mut legend =
            vec![msgs.get("law-legend-confidence"), msgs.get("law-legend-conflict"), msgs.get("law-legend-empty")];
        if let Some(day) = self.at {
            legend.insert(0, t!(msgs, "law-legend-at", date = day.to_string()));
        }
        if cut_any {
            // The limit as a string: it names a count of characters, not an amount to group.
            legend.push(t!(msgs, "law-legend-cut", chars = TABLE_CELL_CHARS.to_string()));
        }
        format!("{table}\n{}\n", legend.join("\n"))
    }

    /// CSV: one line per (criterion, jurisdiction, value, assertion); a cell
    /// with no data is one line with the value `no data`. Column names and
    /// values are the stable identifiers of the module's documentation;
    /// `penalty_range`, written for people, is in the language of `msgs`.
    pub fn to_csv(&self, dataset: &Dataset, msgs: &Messages) -> Result<String> {
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
            "valid_from",
            "valid_to",
            "amended_by",
            "conditions",
            "limitation",
            "aggravating",
        ])?;
        for row in &self.rows {
            for cell in &row.cells {
                let conflict = if cell.conflict { "yes" } else { "no" };
                let penalty = cell.penalty_text(&self.rates, msgs).unwrap_or_default();
                if cell.values.is_empty() {
                    let code = row.criterion.code();
                    out.write_record([
                        code,
                        cell.jurisdiction,
                        "no data",
                        "",
                        "",
                        conflict,
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                    ])?;
                }
                for value in cell.values {
                    let provisions = provision_names(dataset, &value.provisions);
                    let date = |d: Option<PartialDate>| d.map(|d| d.to_string()).unwrap_or_default();
                    let (valid_from, valid_to) = (date(value.period.valid_from), date(value.period.valid_to));
                    let (conditions, limitation, aggravating) = structured_words(value);
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
                            &valid_from,
                            &valid_to,
                            value.period.amended_by.as_deref().unwrap_or(""),
                            &conditions,
                            &limitation,
                            &aggravating,
                        ])?;
                    }
                }
            }
        }
        let bytes = out.into_inner().map_err(|e| LawError::Csv(e.into_error().into()))?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }

    /// JSON: the matrix with every value, penalty and assertion (each with
    /// its period), and the sources they cite; `at` is the day whose law it
    /// is (`null`: every period). Field names and values are stable
    /// identifiers; each row's `label` and each cell's `penalty_text` are in
    /// the language of `msgs`, which `lang` names.
    pub fn to_json(&self, dataset: &Dataset, msgs: &Messages) -> Result<String> {
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
        struct JsonCell<'a, 'b> {
            #[serde(flatten)]
            cell: &'b Cell<'a>,
            penalty_text: Option<String>,
        }
        #[derive(Serialize)]
        struct JsonRow<'a, 'b> {
            criterion: Criterion,
            label: String,
            cells: Vec<JsonCell<'a, 'b>>,
        }
        #[derive(Serialize)]
        struct JsonMatrix<'a, 'b> {
            jurisdictions: &'b [(&'a str, &'a str)],
            rows: Vec<JsonRow<'a, 'b>>,
        }
        #[derive(Serialize)]
        struct Out<'a, 'b> {
            lang: vilab_i18n::Lang,
            at: Option<PartialDate>,
            matrix: JsonMatrix<'a, 'b>,
            sources: std::collections::BTreeMap<&'a str, &'a crate::model::Source>,
            rates: &'b [Rate],
        }
        let rows = self
            .rows
            .iter()
            .map(|row| JsonRow {
                criterion: row.criterion,
                label: row.criterion.label(msgs),
                cells: row
                    .cells
                    .iter()
                    .map(|cell| JsonCell { cell, penalty_text: cell.penalty_text(&self.rates, msgs) })
                    .collect(),
            })
            .collect();
        let matrix = JsonMatrix { jurisdictions: &self.jurisdictions, rows };
        let out = Out { lang: msgs.lang(), at: self.at, matrix, sources: cited, rates: &self.rates };
        Ok(serde_json::to_string_pretty(&out)?)
    }
}

/// A value's structured fields in the CSV's stable words: its conditions
/// (`residence;double_criminality`, `none` when recorded empty, blank when
/// not recorded); its limitation periods (`years=20 runs_from=offence`,
/// joined by ` | `); and the aggravating circumstances of its tiers, each
/// once in the order first met (the JSON gives them tier by tier).
fn structured_words(value: &CriterionValue) -> (String, String, String) {
    let conditions = match &value.conditions {
        None => String::new(),
        Some(list) if list.is_empty() => "none".to_string(),
        Some(list) => list.iter().map(|c| c.word()).collect::<Vec<_>>().join(";"),
    };
    let limitation = value.limitation.iter().map(|l| l.words()).collect::<Vec<_>>().join(" | ");
    let mut aggravating: Vec<&str> = Vec::new();
    for word in value.penalties.iter().flat_map(|p| &p.aggravating).map(|a| a.word()) {
        if !aggravating.contains(&word) {
            aggravating.push(word);
        }
    }
    (conditions, limitation, aggravating.join(";"))
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
    fn every_bundled_cell_fits_the_table_uncut_in_every_language() {
        let data = crate::bundled().unwrap();
        let m = matrix(&data, &Selection::all(&data));
        for lang in vilab_i18n::Lang::ALL {
            let msgs = Messages::new(lang);
            for row in &m.rows {
                for cell in &row.cells {
                    let penalty = cell.penalty_text(&m.rates, &msgs).unwrap_or_default();
                    let text = format!("{}\n{penalty}", cell.short(&msgs));
                    assert!(!cell_text(text.clone()).1, "{lang}: {text}");
                }
            }
        }
    }
}
