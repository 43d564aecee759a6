//! The matrix as one self-contained HTML page: no external assets, works
//! offline, prints with every cell opened. The browser lab will serve the
//! same page.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::compare::{Cell, Matrix, confidence_word, provision_names};
use crate::model::{CriterionValue, Dataset, Value};

/// Background of a conflicting cell; tests look for it in a screenshot.
pub const CONFLICT_BACKGROUND: [u8; 3] = [0xff, 0xd4, 0xd4];

const STYLE: &str = r#"
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 13px; margin: 1.5em; color: #111; }
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
section { margin-top: 2em; }
@media print {
  body { margin: 0; font-size: 10px; }
  table.matrix thead th { position: static; }
  td.conflict { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  tr { break-inside: avoid; }
}
"#;

/// Opens every cell before printing, so that the paper has the sources.
const PRINT_SCRIPT: &str = "window.addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true;});});";

/// The page for a matrix.
pub fn page(dataset: &Dataset, matrix: &Matrix<'_>) -> String {
    let markup = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { "vilab — legal matrix" }
                style { (PreEscaped(STYLE)) }
            }
            body {
                h1 { "Offences against children: the law side by side" }
                p.lead {
                    "Each value rests on the sources listed under it, with the confidence the research gave them. "
                    "Where sources disagree the cell is marked " span.badge { "CONFLICT" } " and every view is shown; "
                    "none is preferred. \"not found\": the research looked and found nothing; \"no data\": nothing recorded. "
                    "Fines in other currencies are converted to US dollars for comparison only, at the dated rates listed below."
                }
                p.legend {
                    span { span.conf { "P" } " primary source" }
                    span { span.conf { "S" } " secondary source" }
                    span { span.conf { "C" } " conflicting source" }
                }
                table.matrix {
                    thead { tr {
                        th.criterion { "criterion" }
                        @for (code, name) in &matrix.jurisdictions { th { (code) " " (name) } }
                    } }
                    tbody {
                        @for row in &matrix.rows {
                            tr id=(row.criterion.code()) {
                                th.criterion { code { (row.criterion.code()) } br; span.label { (row.label) } }
                                @for cell in &row.cells { (cell_markup(dataset, cell)) }
                            }
                        }
                    }
                }
                (instruments_markup(dataset, matrix))
                (sources_markup(dataset))
                script { (PreEscaped(PRINT_SCRIPT)) }
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

fn cell_markup(dataset: &Dataset, cell: &Cell<'_>) -> Markup {
    html! {
        td class=(cell_class(cell)) {
            @if cell.values.is_empty() {
                "no data"
            } @else {
                details {
                    summary {
                        @if cell.conflict { span.badge { "CONFLICT" } }
                        @for (i, v) in cell.values.iter().enumerate() {
                            @if i > 0 { " | " }
                            (v.short()) " " span.conf { (v.best_confidence().letter()) }
                        }
                        @if let Some(p) = &cell.penalty_text { span.penalty { (p) } }
                    }
                    @for v in cell.values { (value_markup(dataset, v)) }
                }
            }
        }
    }
}

fn value_markup(dataset: &Dataset, v: &CriterionValue) -> Markup {
    html! {
        div.value {
            b { (v.short()) }
            @if let Some(q) = &v.qualifier { " — " (q) }
            @if !v.provisions.is_empty() { div { "Provisions: " (provision_names(dataset, &v.provisions)) } }
            @if !v.covers.is_empty() {
                div { "Covers: " (v.covers.iter().map(|c| c.code()).collect::<Vec<_>>().join(", ")) }
            }
            @if !v.penalties.is_empty() {
                ul {
                    @for p in &v.penalties {
                        li {
                            (p.tier)
                            @if let Some(a) = &p.victim_age { " (victim " (a) ")" }
                            ": " (p.describe())
                            @if let Some(n) = &p.note { " — " i { (n) } }
                        }
                    }
                }
            }
            @if v.penalty_not_found { div { "Penalty: not found" } }
            ul {
                @for a in &v.assertions {
                    @let source = dataset.sources.get(&a.source);
                    li.src {
                        span.conf { (a.confidence.letter()) } " "
                        (source.map_or(a.source.as_str(), |s| s.title.as_str()))
                        @if let Some(url) = source.and_then(|s| s.url.as_deref()) { " — " a href=(url) { (url) } }
                        @if let Some(p) = &a.pinpoint { ", " (p) }
                        " (" (confidence_word(a.confidence)) @if let Some(n) = &a.note { "; " (n) } ")"
                        @if let Some(q) = &a.quote { br; "“" (q) "”" }
                    }
                }
            }
        }
    }
}

fn instruments_markup(dataset: &Dataset, matrix: &Matrix<'_>) -> Markup {
    let codes: Vec<String> = matrix.jurisdictions.iter().map(|(c, _)| format!("{}-", c.to_ascii_lowercase())).collect();
    let shown: Vec<_> =
        dataset.instruments.values().filter(|i| codes.iter().any(|c| i.id.starts_with(c.as_str()))).collect();
    html! {
        section {
            h2 { "Instruments and their dates" }
            p { "Sources disagree on dates; each date is listed with its source." }
            ul {
                @for i in shown {
                    li {
                        b { (i.title) } @if let Some(n) = &i.number { " (" (n) ")" }
                        @for d in &i.dates {
                            br; (format!("{:?}", d.kind).to_lowercase()) ": " (d.date.to_string())
                            " — " (dataset.sources.get(&d.source).map_or(d.source.as_str(), |s| s.title.as_str()))
                            " (" (confidence_word(d.confidence)) @if let Some(n) = &d.note { "; " (n) } ")"
                        }
                    }
                }
            }
        }
    }
}

fn sources_markup(dataset: &Dataset) -> Markup {
    html! {
        section {
            h2 { "Exchange rates used for display" }
            ul {
                @for r in dataset.rates.values() {
                    li { "1 USD = " (r.per_usd) " " (r.currency) ", " (r.date.to_string()) " — "
                        (dataset.sources.get(&r.source).map_or(r.source.as_str(), |s| s.title.as_str()))
                        @if let Some(url) = dataset.sources.get(&r.source).and_then(|s| s.url.as_deref()) { " " (url) } }
                }
            }
            h2 { "Sources" }
            ul {
                @for s in dataset.sources.values() {
                    li.src { code { (s.id) } ": " (s.title)
                        @if let Some(p) = &s.publisher { ", " (p) }
                        @if let Some(url) = &s.url { " — " (url) } }
                }
            }
        }
    }
}
