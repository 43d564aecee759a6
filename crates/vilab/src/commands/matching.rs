//! `vilab match` and `vilab triage`.

use std::process::ExitCode;

use vilab_lab::ops::matching::{CategoryRef, MatchReport, TriageCounts, TriageView};
use vilab_lab::types::{MatchOptions, Status};

use crate::cli::{MatchArgs, TriageArgs};
use crate::ui::{count, labelled, msgs};
use crate::{auth, lab_path, tsv};

/// `vilab match`.
pub fn run_match(args: &MatchArgs, user: Option<&str>) -> anyhow::Result<ExitCode> {
    let lab = lab_path::open(&args.lab)?;
    let mut options = MatchOptions::default();
    options.index.radius = args.radius;
    options.index.quality_cutoff = args.quality_cutoff;
    let report = auth::session(&lab, user)?.match_case(&args.case, &options)?;
    if args.json {
        super::print_shaped(&report)?;
    } else {
        print_match(&report);
    }
    Ok(ExitCode::SUCCESS)
}

/// `vilab triage`: the counts, then one TSV row per item with its places.
pub fn run_triage(args: &TriageArgs, user: Option<&str>) -> anyhow::Result<ExitCode> {
    let lab = lab_path::open(&args.lab)?;
    let view = auth::session(&lab, user)?.triage(&args.case)?;
    if args.json {
        super::print_shaped(&view)?;
    } else {
        print_triage(&view);
    }
    Ok(ExitCode::SUCCESS)
}

/// What a match found and the triage's counts.
pub fn print_match(r: &MatchReport) {
    let m = &r.matched;
    outln!("{}", tr!("match-heading"));
    outln!("{}", labelled("match-label-exact", count(m.exact as u64)));
    outln!("{}", labelled("match-label-near-known", count(m.near_known as u64)));
    outln!("{}", labelled("match-label-near-other", count(m.near_other_cases as u64)));
    let probed =
        tr!("match-probed", probed = m.probed as u64, known = m.known_pdqs as u64, other = m.other_pdqs as u64);
    outln!("{}", labelled("match-label-probed", probed));
    print_counts(&r.triage);
}

/// The word of a triage status.
pub fn status_word(status: Status) -> String {
    msgs().get(match status {
        Status::Known => "triage-known",
        Status::NearKnown => "triage-near-known",
        Status::New => "triage-new",
    })
}

/// A status as a stable token.
fn status_token(status: Status) -> &'static str {
    match status {
        Status::Known => "known",
        Status::NearKnown => "near-known",
        Status::New => "new",
    }
}

/// A category in the reader's language: the catalog's words for a built-in
/// profile, the lab's own for its `profiles.toml`.
pub fn category_text(c: &CategoryRef) -> String {
    if let Some(label) = &c.lab_label {
        return format!("{}: {label}", c.profile);
    }
    let key = match c.category {
        None => "category-uncategorized".to_string(),
        Some(n) => format!("category-{}-{n}", c.profile.to_ascii_lowercase()),
    };
    let words = if msgs().has(&key) {
        msgs().get(&key)
    } else {
        tr!("category-number", number = c.category.map(|n| n.to_string()).unwrap_or_default())
    };
    format!("{}: {words}", c.profile)
}

fn print_counts(t: &TriageCounts) {
    outln!("{}", tr!("triage-heading"));
    outln!("{}", ui_status(Status::Known, t.known));
    outln!("{}", ui_status(Status::NearKnown, t.near_known));
    outln!("{}", ui_status(Status::New, t.new));
    for c in &t.by_category {
        outln!("{}", crate::ui::line(&tr!("triage-category", category = category_text(&c.category)), count(c.count)));
    }
    for (source, n) in &t.by_source {
        outln!("{}", crate::ui::line(&tr!("triage-source", source = source.as_str()), count(*n)));
    }
    outln!("{}", labelled("triage-label-linked", count(t.linked_to_other_cases)));
}

fn ui_status(status: Status, n: u64) -> String {
    crate::ui::line(&status_word(status), count(n))
}

/// A category as a stable token for TSV: `profile:number`
/// (`profile:uncategorized`).
fn category_token(c: &CategoryRef) -> String {
    match c.category {
        Some(n) => format!("{}:{n}", c.profile),
        None => format!("{}:uncategorized", c.profile),
    }
}

/// The counts in words, then the items as TSV of stable tokens (for
/// scripts as much as for people): id, status, proposed category, source,
/// and each place (exhibit and path), one row per place.
fn print_triage(v: &TriageView) {
    print_counts(&v.counts);
    outln!();
    outln!("id\tsha256\tstatus\tcategory\tsource\tmethod\tdistance\texhibit\tpath\tother_cases");
    for item in &v.items {
        let (category, source, method, distance) = match &item.proposal {
            Some(p) => {
                (category_token(&p.category), p.hashset.clone(), p.method.as_str().to_string(), p.distance.to_string())
            }
            None => Default::default(),
        };
        let mut others: Vec<String> = item.same_content_in.clone();
        others.extend(item.similar_in.iter().map(|s| format!("{}~{}", s.case, s.distance)));
        if item.other_cases_not_shown > 0 {
            others.push(format!("+{}", item.other_cases_not_shown));
        }
        let places = if item.places.is_empty() { vec![None] } else { item.places.iter().map(Some).collect() };
        for place in places {
            outln!(
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                item.id,
                item.sha256,
                status_token(item.status),
                tsv::field(&category),
                tsv::field(&source),
                method,
                distance,
                place.map(|p| tsv::field(&p.exhibit)).unwrap_or_default(),
                place.map(|p| p.place.display_path()).unwrap_or_default(),
                tsv::field(&others.join(","))
            );
        }
    }
}
