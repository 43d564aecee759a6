//! `who-can-prosecute` on cases built from the bundled facts.

use vilab_i18n::{Lang, Messages};
use vilab_law::prosecute::{Answer, Basis, Question, RoutePenalty, Unknown, who_can_prosecute};
use vilab_law::{Criterion, bundled};

fn ask(conduct: Criterion, place: &str, offender: &str, victim: Option<&str>) -> Vec<(String, Basis, Answer)> {
    let data = bundled().unwrap();
    let question = Question::new(conduct, place, offender, victim);
    let finding = who_can_prosecute(&data, &question).unwrap();
    finding.routes.iter().map(|r| (r.jurisdiction.clone(), r.basis, r.answer)).collect()
}

#[test]
fn an_australian_buying_sex_from_a_child_in_thailand_under_division_272() {
    let data = bundled().unwrap();
    let question = Question::new(Criterion::BuySexChild, "TH", "AU", Some("TH"));
    let finding = who_can_prosecute(&data, &question).unwrap();
    let routes: Vec<_> = finding.routes.iter().map(|r| (r.jurisdiction.as_str(), r.basis, r.answer)).collect();
    // Lao PDR reaches residents (art. 9) and Viet Nam acts under a treaty
    // (art. 6(2)): neither is told by the question.
    assert_eq!(
        routes,
        [
            ("TH", Basis::Territorial, Answer::Yes),
            ("AU", Basis::ActiveNationality, Answer::Yes),
            ("LA", Basis::Universal, Answer::Unknown),
            ("VN", Basis::Universal, Answer::Unknown),
        ]
    );
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
        [
            ("KH".into(), Basis::Territorial, Answer::Yes),
            ("VN".into(), Basis::ActiveNationality, Answer::Yes),
            // Australia reaches its residents abroad: the question does not say where the offender lives.
            ("AU".into(), Basis::Universal, Answer::Unknown),
            ("LA".into(), Basis::Universal, Answer::Unknown),
        ]
    );
}

#[test]
fn silence_in_the_data_stays_unknown() {
    // Grooming in Thailand is only a draft; Lao PDR reaches its citizens
    // abroad, but no grooming offence of its own was found.
    let routes = ask(Criterion::Grooming, "TH", "LA", None);
    assert_eq!(
        routes,
        [
            ("TH".into(), Basis::Territorial, Answer::No),
            ("LA".into(), Basis::ActiveNationality, Answer::Unknown),
            ("AU".into(), Basis::Universal, Answer::Unknown),
            ("VN".into(), Basis::Universal, Answer::Unknown),
        ]
    );
    // Simple possession: not an offence in Cambodia; Thailand's active
    // nationality jurisdiction is recorded only for the Computer-Related
    // Crime Act's offences; Viet Nam does not make simple possession an
    // offence, nor does Lao PDR, which reaches residents; Australia's reach
    // over residents turns on a fact not given.
    let routes = ask(Criterion::CsamPossessSimple, "KH", "TH", Some("VN"));
    assert_eq!(
        routes,
        [
            ("KH".into(), Basis::Territorial, Answer::No),
            ("TH".into(), Basis::ActiveNationality, Answer::Unknown),
            ("VN".into(), Basis::PassiveNationality, Answer::No),
            ("AU".into(), Basis::Universal, Answer::Unknown),
            ("LA".into(), Basis::Universal, Answer::No),
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
            ("AU".into(), Basis::Universal, Answer::Unknown),
            ("TH".into(), Basis::Universal, Answer::Yes),
            ("VN".into(), Basis::Universal, Answer::Unknown),
        ]
    );
}

#[test]
fn only_offences_can_be_asked_about() {
    let data = bundled().unwrap();
    let question = Question::new(Criterion::EtjActive, "TH", "AU", None);
    assert!(who_can_prosecute(&data, &question).is_err());
    let question = Question::new(Criterion::Grooming, "ZZ", "AU", None);
    assert!(who_can_prosecute(&data, &question).unwrap_err().to_string().contains("ZZ"));
}

/// The bundled data with Testland (XA), whose extraterritorial rules record
/// their conditions (tests/data/structured.toml): nationals abroad where
/// the conduct is an offence there too and was not tried there, or
/// nationals when prosecuted; victims who are nationals, with no
/// condition; and anyone who resides in Testland.
fn with_testland() -> vilab_law::Dataset {
    let fixture = vilab_law::DataFile { name: "structured.toml", text: include_str!("data/structured.toml") };
    bundled().unwrap().with_import(fixture, "2026-12-07T00:00:00Z").unwrap().0
}

fn route<'a>(finding: &'a vilab_law::prosecute::Finding, code: &str, basis: Basis) -> &'a vilab_law::prosecute::Route {
    finding.routes.iter().find(|r| r.jurisdiction == code && r.basis == basis).expect("the route")
}

#[test]
fn a_condition_the_question_does_not_tell_stays_unknown_and_is_named() {
    use vilab_law::vocab::Condition;
    let data = with_testland();
    // A Testland national buys sex from a child in Thailand; nothing said of a trial there.
    let question = Question::new(Criterion::BuySexChild, "TH", "XA", None);
    let finding = who_can_prosecute(&data, &question).unwrap();
    let xa = route(&finding, "XA", Basis::ActiveNationality);
    assert_eq!(xa.answer, Answer::Unknown);
    // Two alternatives, each waiting on one fact: a trial abroad, or the nationality at prosecution.
    assert_eq!(xa.decided_by, [Condition::NotTriedAbroad, Condition::NationalityAtProsecution]);
    for condition in [Condition::NotTriedAbroad, Condition::NationalityAtProsecution] {
        let unknown = Unknown::Condition { jurisdiction: "XA".into(), rule: Criterion::EtjActive, condition };
        assert!(xa.unknowns.contains(&unknown), "{:?}", xa.unknowns);
    }
    let en = Messages::new(Lang::En);
    let text = finding.to_text(&data, &en);
    assert!(
        text.contains("  condition of ETJ_ACTIVE: the conduct is also an offence where it was committed (double criminality) — met\n"),
        "{text}"
    );
    assert!(text.contains("the offender was not finally tried abroad for the same conduct — not known\n"), "{text}");
    assert!(
        text.contains(
            "  - whether XA's ETJ_ACTIVE condition holds: the offender was not finally tried abroad for the same \
             conduct (the question does not say whether the offender was tried abroad (--tried-abroad))\n"
        ),
        "{text}"
    );
}

#[test]
fn who_can_prosecute_says_which_condition_decided() {
    use vilab_law::prosecute::Circumstances;
    use vilab_law::vocab::Condition;
    let data = with_testland();
    let ask = |circumstances: Circumstances| {
        let mut question = Question::new(Criterion::BuySexChild, "TH", "XA", None);
        question.circumstances = circumstances;
        who_can_prosecute(&data, &question).unwrap()
    };
    // Not tried in Thailand: every condition of the first alternative holds.
    let finding = ask(Circumstances { tried_abroad: Some(false), ..Circumstances::default() });
    let xa = route(&finding, "XA", Basis::ActiveNationality);
    assert_eq!(xa.answer, Answer::Yes);
    assert_eq!(
        xa.decided_by,
        [Condition::NationalityAtOffence, Condition::DoubleCriminality, Condition::NotTriedAbroad]
    );
    assert!(xa.unknowns.is_empty(), "{:?}", xa.unknowns);
    let text = finding.to_text(&data, &Messages::new(Lang::En));
    assert!(text.contains("\nXA Testland (test fixture): YES — offender's nationality\n"), "{text}");
    assert!(
        text.contains("  decided by: a national at the time of the offence; the conduct is also an offence"),
        "{text}"
    );

    // Already tried there, and no longer a national: neither alternative holds.
    let finding =
        ask(Circumstances { tried_abroad: Some(true), offender_now: Some("au".into()), ..Circumstances::default() });
    let xa = route(&finding, "XA", Basis::ActiveNationality);
    assert_eq!(xa.answer, Answer::No);
    assert_eq!(xa.decided_by, [Condition::NotTriedAbroad, Condition::NationalityAtProsecution]);
    assert_eq!(finding.question.circumstances.offender_now.as_deref(), Some("AU"), "codes in capitals");
    // Tried there, but still a national when prosecuted: the second alternative decides.
    let finding =
        ask(Circumstances { tried_abroad: Some(true), offender_now: Some("XA".into()), ..Circumstances::default() });
    let xa = route(&finding, "XA", Basis::ActiveNationality);
    assert_eq!((xa.answer, xa.decided_by.as_slice()), (Answer::Yes, [Condition::NationalityAtProsecution].as_slice()));

    // Double criminality decides where the place's law does not make it an offence.
    let mut question = Question::new(Criterion::CsamPossessSimple, "KH", "XA", None);
    question.circumstances.tried_abroad = Some(false);
    let finding = who_can_prosecute(&data, &question).unwrap();
    let xa = route(&finding, "XA", Basis::ActiveNationality);
    assert_eq!((xa.answer, xa.decided_by.as_slice()), (Answer::No, [Condition::DoubleCriminality].as_slice()));
}

#[test]
fn residence_decides_testlands_reach_over_non_nationals() {
    use vilab_law::vocab::Condition;
    let data = with_testland();
    let ask = |resident: Option<&str>| {
        let mut question = Question::new(Criterion::BuySexChild, "TH", "AU", Some("XA"));
        question.circumstances.offender_resident = resident.map(String::from);
        who_can_prosecute(&data, &question).unwrap()
    };
    // The victim is Testland's: its passive basis sets no condition.
    let finding = ask(None);
    let passive = route(&finding, "XA", Basis::PassiveNationality);
    assert_eq!((passive.answer, passive.decided_by.as_slice()), (Answer::Yes, [].as_slice()));
    let text = finding.to_text(&data, &Messages::new(Lang::En));
    assert!(text.contains("  ETJ_PASSIVE sets no condition beyond the basis itself\n"), "{text}");
    // The universal route of a Testland resident: shown only where the
    // victim's route is not already Testland's.
    let mut question = Question::new(Criterion::BuySexChild, "TH", "AU", None);
    for (resident, answer) in [(None, Answer::Unknown), (Some("XA"), Answer::Yes), (Some("AU"), Answer::No)] {
        question.circumstances.offender_resident = resident.map(String::from);
        let finding = who_can_prosecute(&data, &question).unwrap();
        let universal = route(&finding, "XA", Basis::Universal);
        assert_eq!(universal.answer, answer, "{resident:?}");
        assert_eq!(universal.decided_by, [Condition::Residence], "{resident:?}");
    }
    // A code that is not one is refused.
    question.circumstances.offender_resident = Some("Testland".into());
    assert!(who_can_prosecute(&data, &question).unwrap_err().to_string().contains("\"Testland\""));
    // Australia's active basis records one condition: a citizen at the time of the offence.
    let finding = ask(Some("XA"));
    let au = route(&finding, "AU", Basis::ActiveNationality);
    assert!(au.decided_by == [Condition::NationalityAtOffence] && au.answer == Answer::Yes, "{au:?}");
}
