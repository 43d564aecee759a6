//! `who-can-prosecute` on cases built from the bundled facts.

use vilab_i18n::{Lang, Messages};
use vilab_law::prosecute::{Answer, Basis, Question, RoutePenalty, Unknown, who_can_prosecute};
use vilab_law::{Criterion, bundled};

fn ask(conduct: Criterion, place: &str, offender: &str, victim: Option<&str>) -> Vec<(String, Basis, Answer)> {
    let data = bundled().unwrap();
    let question =
        Question { conduct, place: place.into(), offender: offender.into(), victim: victim.map(String::from) };
    let finding = who_can_prosecute(&data, &question).unwrap();
    finding.routes.iter().map(|r| (r.jurisdiction.clone(), r.basis, r.answer)).collect()
}

#[test]
fn an_australian_buying_sex_from_a_child_in_thailand_under_division_272() {
    let data = bundled().unwrap();
    let question = Question {
        conduct: Criterion::BuySexChild,
        place: "TH".into(),
        offender: "AU".into(),
        victim: Some("TH".into()),
    };
    let finding = who_can_prosecute(&data, &question).unwrap();
    let routes: Vec<_> = finding.routes.iter().map(|r| (r.jurisdiction.as_str(), r.basis, r.answer)).collect();
    assert_eq!(routes, [("TH", Basis::Territorial, Answer::Yes), ("AU", Basis::ActiveNationality, Answer::Yes)]);
    let au = &finding.routes[1];
    assert!(au.provisions.contains("Division 272"), "{}", au.provisions);
    let en = Messages::new(Lang::En);
    match &au.penalty {
        Some(RoutePenalty::Range(range)) => assert_eq!(range.describe(&data.rate_list(), &en), "up to 30y, life"),
        other => panic!("{other:?}"),
    }
    let th = &finding.routes[0];
    assert_eq!(th.penalty, Some(RoutePenalty::NotFound));
    assert!(th.unknowns.contains(&Unknown::Penalty { jurisdiction: "TH".into() }));
    let text = finding.to_text(&data, &en);
    assert!(text.contains("unknown (the data is silent)"), "{text}");
    assert!(text.contains("\nTH Thailand: YES — territorial (the conduct happened there)\n"), "{text}");
    assert!(text.contains("  penalty: not found\n  source: "), "{text}");
    assert!(text.contains("  - the penalty in TH\n"), "{text}");
}

#[test]
fn a_vietnamese_national_in_cambodia_can_be_tried_at_home_under_art_6() {
    let routes = ask(Criterion::BuySexChild, "KH", "VN", None);
    assert_eq!(
        routes,
        [("KH".into(), Basis::Territorial, Answer::Yes), ("VN".into(), Basis::ActiveNationality, Answer::Yes)]
    );
}

#[test]
fn silence_in_the_data_stays_unknown() {
    // Grooming in Thailand is only a draft; Lao PDR's extraterritorial rules were not found.
    let routes = ask(Criterion::Grooming, "TH", "LA", None);
    assert_eq!(
        routes,
        [("TH".into(), Basis::Territorial, Answer::No), ("LA".into(), Basis::ActiveNationality, Answer::Unknown)]
    );
    // Simple possession: not an offence in Cambodia; Thailand's active
    // nationality jurisdiction is not recorded; Viet Nam does not make
    // simple possession an offence.
    let routes = ask(Criterion::CsamPossessSimple, "KH", "TH", Some("VN"));
    assert_eq!(
        routes,
        [
            ("KH".into(), Basis::Territorial, Answer::No),
            ("TH".into(), Basis::ActiveNationality, Answer::Unknown),
            ("VN".into(), Basis::PassiveNationality, Answer::No),
        ]
    );
}

#[test]
fn thailand_reaches_procuring_abroad_whoever_commits_it() {
    let routes = ask(Criterion::ProcureChildProstitution, "LA", "KH", None);
    assert_eq!(
        routes,
        [
            ("LA".into(), Basis::Territorial, Answer::Yes),
            ("KH".into(), Basis::ActiveNationality, Answer::Unknown),
            ("TH".into(), Basis::Universal, Answer::Yes),
        ]
    );
}

#[test]
fn only_offences_can_be_asked_about() {
    let data = bundled().unwrap();
    let question = Question { conduct: Criterion::EtjActive, place: "TH".into(), offender: "AU".into(), victim: None };
    assert!(who_can_prosecute(&data, &question).is_err());
    let question = Question { conduct: Criterion::Grooming, place: "ZZ".into(), offender: "AU".into(), victim: None };
    assert!(who_can_prosecute(&data, &question).unwrap_err().to_string().contains("ZZ"));
}
