//! The matrix as one self-contained HTML page: no external assets, works
//! offline, prints with every cell opened. The browser lab will serve the
//! same page.
//!
//! Every word of vilab's own is in the reader's language (`lang` on the
//! `<html>` element follows it); the data's texts (titles, quotes, notes)
//! are shown as the data gives them. Fonts: the page embeds none. It names
//! the Noto faces for Khmer, Lao and Thai before the generic family, so a
//! machine that has them uses them and any other falls back to its own
//! fonts for those scripts; embedding them (several hundred KB per script)
//! would make the page readable on a machine with none, and is left for
//! when a user needs it.
//!
//! The page states the day whose law it shows (the matrix's `at`), draws
//! the penalties side by side as a sentence-range chart ([`crate::chart`],
//! inline SVG, below the matrix), and gives each value its period and the
//! amendment that replaced it, an extraterritorial basis its conditions,
//! a limitation value its periods, and each penalty tier what it is for
//! (victim-age band, aggravating circumstances, mandatory minimum), all in
//! the catalogs' words.
//!
//! Every cell with a value carries a numbered note, listed under the
//! matrix: each source of the values shown, with its pinpoint and the day
//! it was checked (the assertion's `date`), so that the printed page cites
//! every cell even with the cells closed.

use maud::{DOCTYPE, Markup, PreEscaped, html};
use vilab_i18n::{Messages, t};

use crate::chart;
use crate::compare::{Cell, Matrix, provision_names};
use crate::model::{Assertion, CriterionValue, Dataset, DateKind, Value};

/// Background of a conflicting cell; tests look for it in a screenshot.
pub const CONFLICT_BACKGROUND: [u8; 3] = [0xff, 0xd4, 0xd4];

const STYLE: &str = r#"
body { font-family: "DejaVu Sans", Arial, "Noto Sans Khmer", "Noto Sans Lao", "Noto Sans Thai", sans-serif; font-size: 13px; margin: 1.5em; color: #111; }
h1 { font-size: 20px; margin: 0 0 .3em 0; }
p.lead { margin: 0 0 1em 0; max-width: 70em; }
table.matrix { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.matrix th, table.matrix td { border: 1px solid #999; padding: 4px 6px; vertical-align: top; text-align: left; }
table.matrix thead th { background: #e8edf3; position: sticky; top: 0; }
table.matrix th.criterion { width: 17em; font-weight: normal; }
table.matrix th.criterion code { font-weight: bold; }
.label { color: #444; font-size: 11px; }
td.nodata { color: #888; background: #f4f4f4; }
td.no { background: #fff3e0; }
td.yes { background: #eef8ee; }
td.conflict { background: rgb(255, 212, 212); border: 2px solid #b00000; }
.badge { display: inline-block; font-weight: bold; color: #fff; background: #b00000; padding: 0 4px; border-radius: 3px; margin-right: 4px; }
.conf { font-size: 10px; color: #333; border: 1px solid #777; border-radius: 2px; padding: 0 2px; }
.penalty { display: block; color: #333; font-size: 11px; margin-top: 2px; }
details > summary { cursor: pointer; }
details .value { margin: 6px 0 0 0; padding-top: 4px; border-top: 1px dotted #aaa; }
details ul { margin: 2px 0; padding-left: 1.2em; }
.src { font-size: 11px; word-break: break-all; }
.legend span { margin-right: 1.5em; }
.tools { margin: 0 0 1em 0; }
.tools button { margin-right: .5em; }
.tools .note { color: #444; font-size: 11px; }
p.at { font-weight: bold; margin: 0 0 .6em 0; }
.period { color: #333; font-size: 11px; }
section { margin-top: 2em; }
svg.chart { max-width: 100%; height: auto; }
svg.chart text { fill: #111; font-size: 11px; }
svg.chart text.axis, svg.chart text.note { fill: #444; font-size: 10px; }
svg.chart text.row { font-size: 12px; }
svg.chart .code { font-weight: bold; }
svg.chart line.grid { stroke: #d8d8d8; stroke-width: 1; }
svg.chart rect { shape-rendering: crispEdges; }
sup.note { font-size: 10px; margin-left: 3px; }
sup.note a { text-decoration: none; }
ol.notes { font-size: 11px; padding-left: 2.5em; }
ol.notes li { margin: 2px 0; }
ol.notes .cell { font-weight: bold; }
@media print {
  body { margin: 0; font-size: 10px; }
  .tools { display: none; }
  table.matrix thead th { position: static; }
  td.conflict { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  tr { break-inside: avoid; }
  section.chart { break-inside: avoid; }
  ol.notes li { break-inside: avoid; }
}
"#;

/// Opens every cell before printing, so that the paper has the sources;
/// the two buttons open and close them all on screen.
const SCRIPT: &str = "function vilabCells(open){document.querySelectorAll('details').forEach(function(d){d.open=open;});}\
window.addEventListener('beforeprint',function(){vilabCells(true);});\
document.getElementById('open-all').addEventListener('click',function(){vilabCells(true);});\
document.getElementById('close-all').addEventListener('click',function(){vilabCells(false);});";

/// Stands for the conflict badge in the lead sentence, which is one
/// message so that a translator can put the badge where the language puts
/// it; a private-use character that no catalog or data text contains.
const BADGE: &str = "\u{E000}";

/// The page for a matrix, in the language of `msgs`.
pub fn page(dataset: &Dataset, matrix: &Matrix<'_>, msgs: &Messages) -> String {
    let notes = notes(matrix);
    let lead = t!(msgs, "law-html-lead", badge = BADGE);
    let (lead_before, lead_after) = lead.split_once(BADGE).unwrap_or((lead.as_str(), ""));
    let markup = html! {
        (DOCTYPE)
        html lang=(msgs.lang().code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (msgs.get("law-html-title")) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                h1 { (msgs.get("law-html-heading")) }
                p.at {
                    @match matrix.at {
                        Some(day) => (t!(msgs, "law-html-at", date = day.to_string())),
                        None => (msgs.get("law-html-all-periods")),
                    }
                }
                p.lead {
                    (lead_before)
                    @if lead.contains(BADGE) { span.badge { (msgs.get("law-conflict")) } }
                    (lead_after)
                }
                p.legend {
                    span { span.conf { "P" } " " (msgs.get("law-legend-primary")) }
                    span { span.conf { "S" } " " (msgs.get("law-legend-secondary")) }
                    span { span.conf { "C" } " " (msgs.get("law-legend-conflicting")) }
                }
                p.tools {
                    button #open-all type="button" { (msgs.get("law-html-open-all")) }
                    button #close-all type="button" { (msgs.get("law-html-close-all")) }
                    span.note { (msgs.get("law-html-print-note")) }
                }
                table.matrix {
                    thead { tr {
                        th.criterion { (msgs.get("law-table-criterion")) }
                        @for (code, name) in &matrix.jurisdictions { th { (code) " " (name) } }
                    } }
                    tbody {
                        @for (i, row) in matrix.rows.iter().enumerate() {
                            tr id=(row.criterion.code()) {
                                th.criterion { code { (row.criterion.code()) } br; span.label { (row.criterion.label(msgs)) } }
                                @for (j, cell) in row.cells.iter().enumerate() {
                                    (cell_markup(dataset, matrix, row.criterion.code(), cell, note_number(&notes, i, j), msgs))
                                }
                            }
                        }
                    }
                }
                (notes_markup(dataset, matrix, &notes, msgs))
                (chart::section(matrix, msgs))
                (instruments_markup(dataset, matrix, msgs))
                (sources_markup(dataset, msgs))
                script { (PreEscaped(SCRIPT)) }
            }
        }
    };
    markup.into_string()
}

fn cell_class(cell: &Cell<'_>) -> &'static str {
    if cell.conflict {
        "conflict"
    } else if cell.values.is_empty() {
        "nodata"
    } else if cell.values.iter().all(|v| matches!(v.value, Value::No | Value::Draft)) {
        "no"
    } else if cell.values.iter().all(|v| matches!(v.value, Value::Yes | Value::Partial)) {
        "yes"
    } else {
        "other"
    }
}

/// The cells that have a note, in reading order: (row, cell) indices;
/// a cell's note number is its place here plus one.
fn notes(matrix: &Matrix<'_>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, row) in matrix.rows.iter().enumerate() {
        for (j, cell) in row.cells.iter().enumerate() {
            if !cell.values.is_empty() {
                out.push((i, j));
            }
        }
    }
    out
}

fn note_number(notes: &[(usize, usize)], row: usize, cell: usize) -> Option<usize> {
    notes.iter().position(|&n| n == (row, cell)).map(|k| k + 1)
}

/// The anchor of a cell, for its note to link back to.
fn cell_id(jurisdiction: &str, criterion: &str) -> String {
    format!("cell-{jurisdiction}-{criterion}")
}

/// One source of a cell, as its note gives it: the source's title, the
/// pinpoint, the day it was checked.
fn note_source(dataset: &Dataset, a: &Assertion, msgs: &Messages) -> Markup {
    let source = dataset.sources.get(&a.source);
    html! {
        span.conf { (a.confidence.letter()) } " "
        a href=(format!("#source-{}", a.source)) { (source.map_or(a.source.as_str(), |s| s.title.as_str())) }
        @if let Some(p) = &a.pinpoint { ", " (p) }
        ", "
        @match &a.date {
            Some(day) => (t!(msgs, "law-html-note-checked", date = day.to_string())),
            None => (msgs.get("law-html-note-undated")),
        }
    }
}

/// A value's assertions, each (source, pinpoint, day checked, confidence) once.
fn distinct(assertions: &[Assertion]) -> Vec<&Assertion> {
    let mut out: Vec<&Assertion> = Vec::new();
    for a in assertions {
        let same = |b: &&Assertion| {
            b.source == a.source && b.pinpoint == a.pinpoint && b.date == a.date && b.confidence == a.confidence
        };
        if !out.iter().any(same) {
            out.push(a);
        }
    }
    out
}

/// The numbered notes under the matrix: for each cell with a value, every
/// source of its values (each once), with pinpoint and the day checked.
fn notes_markup(dataset: &Dataset, matrix: &Matrix<'_>, notes: &[(usize, usize)], msgs: &Messages) -> Markup {
    html! {
        section.notes {
            h2 { (msgs.get("law-html-notes")) }
            p { (msgs.get("law-html-notes-lead")) }
            ol.notes {
                @for (k, &(i, j)) in notes.iter().enumerate() {
                    @let row = &matrix.rows[i];
                    @let cell = &row.cells[j];
                    li id=(format!("note-{}", k + 1)) {
                        a.cell href=(format!("#{}", cell_id(cell.jurisdiction, row.criterion.code()))) {
                            (cell.jurisdiction) " " (row.criterion.code())
                        }
                        ": "
                        @for (m, v) in cell.values.iter().enumerate() {
                            @if m > 0 { " | " }
                            @if cell.values.len() > 1 { i { (v.short(msgs)) } ": " }
                            @for (n, a) in distinct(&v.assertions).into_iter().enumerate() {
                                @if n > 0 { "; " }
                                (note_source(dataset, a, msgs))
                            }
                        }
                    }
                }
            }
        }
    }
}

fn cell_markup(
    dataset: &Dataset,
    matrix: &Matrix<'_>,
    criterion: &str,
    cell: &Cell<'_>,
    note: Option<usize>,
    msgs: &Messages,
) -> Markup {
    html! {
        td class=(cell_class(cell)) id=[note.map(|_| cell_id(cell.jurisdiction, criterion))] {
            @if cell.values.is_empty() {
                (msgs.get("law-no-data"))
            } @else {
                details {
                    summary {
                        @if cell.conflict { span.badge { (msgs.get("law-conflict")) } }
                        @for (i, v) in cell.values.iter().enumerate() {
                            @if i > 0 { " | " }
                            (v.short(msgs)) " " span.conf { (v.best_confidence().letter()) }
                        }
                        @if let Some(n) = note { sup.note { a href=(format!("#note-{n}")) { (n) } } }
                        @if let Some(p) = cell.penalty_text(&matrix.rates, msgs) { span.penalty { (p) } }
                    }
                    @for v in cell.values { (value_markup(dataset, v, msgs)) }
                }
            }
        }
    }
}

fn value_markup(dataset: &Dataset, v: &CriterionValue, msgs: &Messages) -> Markup {
    html! {
        div.value {
            b { (v.short(msgs)) }
            @if let Some(q) = &v.qualifier { " — " (q) }
            @if let Some(period) = v.period.text(dataset, msgs) { div.period { (period) } }
            @if !v.provisions.is_empty() {
                div { (t!(msgs, "law-html-provisions", provisions = provision_names(dataset, &v.provisions))) }
            }
            @if !v.covers.is_empty() {
                div { (t!(msgs, "law-html-covers", criteria = v.covers.iter().map(|c| c.code()).collect::<Vec<_>>().join(", "))) }
            }
            @if let Some(conditions) = v.conditions_text(msgs) {
                div { (t!(msgs, "law-html-conditions", conditions = conditions)) }
            }
            @for l in &v.limitation {
                div {
                    (t!(msgs, "law-html-limitation", limitation = l.text(msgs)))
                    @if let Some(p) = &l.provision { " (" (provision_names(dataset, std::slice::from_ref(p))) ")" }
                }
            }
            @if !v.penalties.is_empty() {
                ul {
                    @for p in &v.penalties {
                        li {
                            (p.tier_text(msgs))
                            ": " (p.describe(msgs))
                            @if let Some(c) = p.circumstances_text(msgs) { "; " (c) }
                            @if let Some(n) = &p.note { " — " i { (n) } }
                            @if let Some(period) = p.period.text(dataset, msgs) { " " span.period { "(" (period) ")" } }
                        }
                    }
                }
            }
            @if v.penalty_not_found { div { (msgs.get("law-html-penalty-not-found")) } }
            ul {
                @for a in &v.assertions {
                    @let source = dataset.sources.get(&a.source);
                    li.src {
                        span.conf { (a.confidence.letter()) } " "
                        (source.map_or(a.source.as_str(), |s| s.title.as_str()))
                        @if let Some(url) = source.and_then(|s| s.url.as_deref()) { " — " a href=(url) { (url) } }
                        @if let Some(p) = &a.pinpoint { ", " (p) }
                        " (" (msgs.get(a.confidence.label_key()))
                        @if let Some(day) = &a.date { "; " (t!(msgs, "law-html-note-checked", date = day.to_string())) }
                        @if let Some(n) = &a.note { "; " (n) } ")"
                        @if let Some(q) = &a.quote { br; "“" (q) "”" }
                    }
                }
            }
        }
    }
}

/// The catalog key of an instrument date's kind.
fn date_kind_key(kind: DateKind) -> &'static str {
    match kind {
        DateKind::Adopted => "law-date-adopted",
        DateKind::Promulgated => "law-date-promulgated",
        DateKind::Published => "law-date-published",
        DateKind::InForce => "law-date-in-force",
    }
}

fn instruments_markup(dataset: &Dataset, matrix: &Matrix<'_>, msgs: &Messages) -> Markup {
    let codes: Vec<String> = matrix.jurisdictions.iter().map(|(c, _)| format!("{}-", c.to_ascii_lowercase())).collect();
    let shown: Vec<_> =
        dataset.instruments.values().filter(|i| codes.iter().any(|c| i.id.starts_with(c.as_str()))).collect();
    html! {
        section {
            h2 { (msgs.get("law-html-instruments")) }
            p { (msgs.get("law-html-instruments-note")) }
            ul {
                @for i in shown {
                    li {
                        b { (i.title) } @if let Some(n) = &i.number { " (" (n) ")" }
                        @for d in &i.dates {
                            br; (t!(msgs, "law-html-date", kind = msgs.get(date_kind_key(d.kind)), date = d.date.to_string()))
                            " — " (dataset.sources.get(&d.source).map_or(d.source.as_str(), |s| s.title.as_str()))
                            " (" (msgs.get(d.confidence.label_key())) @if let Some(n) = &d.note { "; " (n) } ")"
                        }
                    }
                }
            }
        }
    }
}

fn sources_markup(dataset: &Dataset, msgs: &Messages) -> Markup {
    html! {
        section {
            h2 { (msgs.get("law-html-rates")) }
            ul {
                @for r in dataset.rates.values() {
                    li { "1 USD = " (msgs.figure(r.per_usd)) " " (r.currency) ", " (r.date.to_string()) " — "
                        (dataset.sources.get(&r.source).map_or(r.source.as_str(), |s| s.title.as_str()))
                        @if let Some(url) = dataset.sources.get(&r.source).and_then(|s| s.url.as_deref()) { " " (url) } }
                }
            }
            h2 { (msgs.get("law-html-sources")) }
            ul {
                @for s in dataset.sources.values() {
                    li.src id=(format!("source-{}", s.id)) { code { (s.id) } ": " (s.title)
                        @if let Some(p) = &s.publisher { ", " (p) }
                        @if let Some(url) = &s.url { " — " (url) } }
                }
            }
        }
    }
}
