//! The sentence-range chart of the HTML page: one row per offence
//! criterion, one bar per jurisdiction from the least to the greatest
//! prison term of all its tiers, in months on one axis shared by every
//! row (drawn in years), with a mark for life imprisonment and one for the
//! death penalty, and a note where there is no bar to draw ("no minimum",
//! "penalty not found", "no data"...). People compare penalties faster by
//! looking than by reading a table.
//!
//! Drawn as inline SVG: nothing to run, nothing to fetch, and it prints
//! (SVG fills print without the print-colour setting that backgrounds
//! need). Its words come from the catalogs; jurisdiction codes and names
//! are the data's. [`rows`] is the chart as data, which the page draws and
//! the tests check.

use maud::{Markup, html};
use vilab_i18n::Messages;

use crate::compare::{Cell, Matrix};
use crate::criteria::{Criterion, CriterionKind};
use crate::model::Value;
use crate::penalty::Months;

/// The colour of each jurisdiction's bars, marks and legend swatch, by its
/// place among the matrix's jurisdictions (cycling after seven): the
/// Okabe–Ito palette, told apart by readers with the common colour-vision
/// deficiencies. None is used elsewhere on the page, so a screenshot's
/// pixels of one colour are that jurisdiction's.
pub const COLOURS: [[u8; 3]; 7] = [
    [0x00, 0x72, 0xb2],
    [0xd5, 0x5e, 0x00],
    [0x00, 0x9e, 0x73],
    [0xcc, 0x79, 0xa7],
    [0xe6, 0x9f, 0x00],
    [0x56, 0xb4, 0xe9],
    [0xf0, 0xe4, 0x42],
];

/// The colour of the jurisdiction at `index` in the matrix.
pub fn colour(index: usize) -> [u8; 3] {
    COLOURS[index % COLOURS.len()]
}

/// Why a jurisdiction's line of a row carries a note.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Note {
    /// A tier has a greatest term and no least one: the bar starts at zero.
    NoMinimum,
    /// Only a draft has these figures; it is not the law.
    Draft,
    /// The offence exists; its penalty was looked for and not found.
    PenaltyNotFound,
    /// The research looked for the offence and found nothing.
    NotFound,
    /// The law has no such offence.
    NoOffence,
    /// Values are recorded, with no prison term (a fine only, or no figures).
    NoPrison,
    /// Nothing is recorded.
    NoData,
}

impl Note {
    /// The catalog key of its words.
    pub fn label_key(self) -> &'static str {
        match self {
            Note::NoMinimum => "law-chart-no-minimum",
            Note::Draft => "law-value-draft",
            Note::PenaltyNotFound => "law-penalty-not-found",
            Note::NotFound => "law-value-not-found",
            Note::NoOffence => "law-gap-no-offence",
            Note::NoPrison => "law-chart-no-prison",
            Note::NoData => "law-no-data",
        }
    }
}

/// One jurisdiction's line in a row.
#[derive(Debug, Clone, PartialEq)]
pub struct Line<'a> {
    /// Jurisdiction code.
    pub jurisdiction: &'a str,
    /// Its colour ([`colour`]).
    pub colour: [u8; 3],
    /// The bar, from least to greatest term (least `None`: from zero, with
    /// [`Note::NoMinimum`]); `None`: no bar.
    pub bar: Option<(Option<Months>, Months)>,
    /// Some tier allows life imprisonment.
    pub life: bool,
    /// Some tier allows the death penalty.
    pub death: bool,
    /// What the line says in words, if anything.
    pub note: Option<Note>,
}

impl Line<'_> {
    /// Whether anything of the jurisdiction's colour is drawn on the line.
    pub fn is_drawn(&self) -> bool {
        self.bar.is_some() || self.life || self.death
    }
}

/// One row: an offence across the matrix's jurisdictions.
#[derive(Debug, Clone, PartialEq)]
pub struct Row<'a> {
    /// The offence.
    pub criterion: Criterion,
    /// One line per jurisdiction, in the matrix's order.
    pub lines: Vec<Line<'a>>,
}

/// The chart of a matrix: its offence rows, each cell's penalty range as a
/// line.
pub fn rows<'a>(matrix: &'a Matrix<'a>) -> Vec<Row<'a>> {
    matrix
        .rows
        .iter()
        .filter(|row| row.criterion.kind() == CriterionKind::Offence)
        .map(|row| Row {
            criterion: row.criterion,
            lines: row.cells.iter().enumerate().map(|(i, cell)| line(cell, colour(i))).collect(),
        })
        .collect()
}

fn line<'a>(cell: &Cell<'a>, colour: [u8; 3]) -> Line<'a> {
    let range = &cell.penalty_range;
    let bar = range.prison_max.map(|max| (range.prison_min, max));
    let all = |f: fn(Value) -> bool| !cell.values.is_empty() && cell.values.iter().all(|v| f(v.value));
    let note = if cell.values.is_empty() {
        Some(Note::NoData)
    } else if all(|v| v == Value::Draft) && (bar.is_some() || range.life || range.death) {
        Some(Note::Draft)
    } else if bar.is_some_and(|(min, _)| min.is_none()) {
        Some(Note::NoMinimum)
    } else if bar.is_some() || range.life || range.death {
        None
    } else if cell.penalty_not_found {
        Some(Note::PenaltyNotFound)
    } else if all(|v| matches!(v, Value::NotFound | Value::Unknown)) {
        Some(Note::NotFound)
    } else if all(|v| matches!(v, Value::No | Value::Draft)) {
        Some(Note::NoOffence)
    } else {
        Some(Note::NoPrison)
    };
    Line { jurisdiction: cell.jurisdiction, colour, bar, life: range.life, death: range.death, note }
}

// The drawing's geometry, in SVG user units (pixels at the page's scale).
/// Left edge of the axis (jurisdiction codes stand left of it).
const PLOT_LEFT: u32 = 56;
/// Right edge of the axis.
const PLOT_RIGHT: u32 = 836;
/// The column of the life-imprisonment marks (explained by the legend).
const LIFE_X: u32 = 866;
/// The column of the death-penalty marks.
const DEATH_X: u32 = 902;
/// Where the notes start.
const NOTE_X: u32 = 930;
/// The whole width.
const WIDTH: u32 = 1100;
/// Above the first row: the axis's title and tick labels.
const TOP: u32 = 36;
/// A row's heading (the criterion's code and label).
const ROW_HEADING: u32 = 20;
/// From one jurisdiction's line to the next.
const LINE_PITCH: u32 = 14;
/// A bar's height.
const BAR_HEIGHT: u32 = 9;
/// Below a row's last line.
const ROW_GAP: u32 = 8;
/// The narrowest bar (a range of one term), so that it shows.
const MIN_BAR: u32 = 4;
/// The legend's height, below the rows: the jurisdictions' colours, then
/// the marks' meaning.
const LEGEND: u32 = 50;
/// The colour of the marks in the legend: a grey no jurisdiction has.
const MARK_KEY: &str = "#666666";

fn hex([r, g, b]: [u8; 3]) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// The axis's end in months: the greatest term of any line, rounded up to
/// whole tick steps, and its tick step (5 years, or 10 past 30 years).
fn axis(rows: &[Row<'_>]) -> (u32, u32) {
    let longest = rows.iter().flat_map(|r| &r.lines).filter_map(|l| l.bar).map(|(_, max)| max.0).max().unwrap_or(0);
    let step = if longest > 360 { 120 } else { 60 };
    (longest.div_ceil(step).max(1) * step, step)
}

/// The chart's section of the page, in the language of `msgs`; nothing
/// when the matrix has no offence row.
pub fn section(matrix: &Matrix<'_>, msgs: &Messages) -> Markup {
    let rows = rows(matrix);
    if rows.is_empty() {
        return html! {};
    }
    let (axis_end, step) = axis(&rows);
    let x = |months: u32| PLOT_LEFT + ((PLOT_RIGHT - PLOT_LEFT) as u64 * months as u64 / axis_end as u64) as u32;
    let jurisdictions = matrix.jurisdictions.len() as u32;
    let row_height = ROW_HEADING + jurisdictions * LINE_PITCH + ROW_GAP;
    let plot_bottom = TOP + rows.len() as u32 * row_height;
    let height = plot_bottom + LEGEND;
    let ticks: Vec<u32> = (0..=axis_end / step).map(|i| i * step).collect();
    html! {
        section.chart {
            h2 { (msgs.get("law-chart-heading")) }
            p { (msgs.get("law-chart-note")) }
            svg.chart xmlns="http://www.w3.org/2000/svg" role="img" viewBox=(format!("0 0 {WIDTH} {height}"))
                width=(WIDTH) height=(height) {
                title { (msgs.get("law-chart-heading")) }
                text.axis x=(PLOT_LEFT) y="12" { (msgs.get("law-chart-years")) }
                @for &tick in &ticks {
                    line.grid x1=(x(tick)) x2=(x(tick)) y1=(TOP - 4) y2=(plot_bottom) {}
                    text.axis x=(x(tick)) y="28" text-anchor="middle" { (msgs.integer(i64::from(tick / 12))) }
                }
                @for (r, row) in rows.iter().enumerate() {
                    @let top = TOP + r as u32 * row_height;
                    text.row x="4" y=(top + 14) {
                        tspan.code { (row.criterion.code()) } " " (row.criterion.label(msgs))
                    }
                    @for (k, line) in row.lines.iter().enumerate() {
                        @let y = top + ROW_HEADING + k as u32 * LINE_PITCH;
                        @let middle = y + BAR_HEIGHT / 2;
                        @let fill = hex(line.colour);
                        text.code x=(PLOT_LEFT - 6) y=(y + BAR_HEIGHT) text-anchor="end" { (line.jurisdiction) }
                        @if let Some((min, max)) = line.bar {
                            @let start = x(min.map_or(0, |m| m.0));
                            @let width = x(max.0).saturating_sub(start).max(MIN_BAR);
                            rect.bar data-jurisdiction=(line.jurisdiction) data-criterion=(row.criterion.code())
                                x=(start) y=(y) width=(width) height=(BAR_HEIGHT) fill=(fill) {
                                title { (line.jurisdiction) ": " (bar_words(min, max, msgs)) }
                            }
                        }
                        @if line.life {
                            circle.life cx=(LIFE_X) cy=(middle) r="5" fill=(fill) {
                                title { (line.jurisdiction) ": " (msgs.get("law-penalty-life")) }
                            }
                        }
                        @if line.death {
                            polygon.death fill=(fill) points=(diamond(DEATH_X, middle)) {
                                title { (line.jurisdiction) ": " (msgs.get("law-penalty-death")) }
                            }
                        }
                        @if let Some(note) = line.note {
                            text.note x=(NOTE_X) y=(y + BAR_HEIGHT) { (msgs.get(note.label_key())) }
                        }
                    }
                }
                @for (i, (code, name)) in matrix.jurisdictions.iter().enumerate() {
                    @let left = PLOT_LEFT + i as u32 * 150;
                    rect.swatch x=(left) y=(plot_bottom + 12) width="12" height=(BAR_HEIGHT) fill=(hex(colour(i))) {}
                    text.legend x=(left + 18) y=(plot_bottom + 12 + BAR_HEIGHT) { (code) " " (name) }
                }
                // The marks' meaning, in the legend rather than over their columns: a
                // heading as wide as the words of some languages would cover the next column.
                @let marks = plot_bottom + 36;
                circle.key cx=(PLOT_LEFT + 6) cy=(marks) r="5" fill=(MARK_KEY) {}
                text.legend x=(PLOT_LEFT + 18) y=(marks + 4) { (msgs.get("law-penalty-life")) }
                polygon.key fill=(MARK_KEY) points=(diamond(PLOT_LEFT + 306, marks)) {}
                text.legend x=(PLOT_LEFT + 318) y=(marks + 4) { (msgs.get("law-penalty-death")) }
            }
        }
    }
}

/// The points of the death penalty's mark, a diamond 12 units across
/// centred on (`x`, `y`).
fn diamond(x: u32, y: u32) -> String {
    format!("{x},{} {},{y} {x},{} {},{y}", y - 6, x + 6, y + 6, x - 6)
}

/// A bar's span in words, for its tooltip: `4y–20y`, `up to 5y`.
fn bar_words(min: Option<Months>, max: Months, msgs: &Messages) -> String {
    match min {
        Some(min) => vilab_i18n::t!(msgs, "law-prison-range", min = min.text(msgs), max = max.text(msgs)),
        None => vilab_i18n::t!(msgs, "law-prison-up-to", max = max.text(msgs)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::{Selection, matrix};

    #[test]
    fn every_offence_of_the_bundled_data_is_a_row_with_a_line_per_jurisdiction() {
        let data = crate::bundled().unwrap();
        let m = matrix(&data, &Selection::all(&data));
        let rows = rows(&m);
        let offences = Criterion::ALL.iter().filter(|c| c.kind() == CriterionKind::Offence).count();
        assert_eq!(rows.len(), offences);
        for row in &rows {
            assert_eq!(row.lines.len(), m.jurisdictions.len());
            for line in &row.lines {
                // Every line says something: a bar, a mark or a note.
                assert!(line.is_drawn() || line.note.is_some(), "{} {}", row.criterion, line.jurisdiction);
            }
        }
        let sex = rows.iter().find(|r| r.criterion == Criterion::SexWithChild).unwrap();
        let th = sex.lines.iter().find(|l| l.jurisdiction == "TH").unwrap();
        assert!(th.bar.is_some() && th.life && !th.death, "{th:?}");
        let colours: std::collections::HashSet<[u8; 3]> = sex.lines.iter().map(|l| l.colour).collect();
        assert_eq!(colours.len(), sex.lines.len(), "each jurisdiction has its own colour");
    }

    #[test]
    fn the_axis_ends_on_a_whole_step_past_the_longest_term() {
        let line = |max: u32| Line {
            jurisdiction: "XX",
            colour: colour(0),
            bar: Some((None, Months(max))),
            life: false,
            death: false,
            note: None,
        };
        let row = |max| Row { criterion: Criterion::Grooming, lines: vec![line(max)] };
        assert_eq!(axis(&[row(240)]), (240, 60));
        assert_eq!(axis(&[row(241)]), (300, 60));
        assert_eq!(axis(&[row(1)]), (60, 60));
        assert_eq!(axis(&[row(361)]), (480, 120));
        assert_eq!(axis(&[]), (60, 60));
    }
}
