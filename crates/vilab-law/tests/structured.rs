//! The structured fields of issue 22 round-trip: what a data file writes
//! (an extraterritorial basis's conditions, limitation periods, a tier's
//! victim-age band, aggravating circumstances and mandatory minimum) is
//! what the data set holds, what JSON and CSV give back in the same stable
//! words, and what `show` and the page write in the reader's language.

use vilab_i18n::{Lang, Messages};
use vilab_law::compare::{Selection, matrix};
use vilab_law::model::{LimitationPeriod, Value};
use vilab_law::penalty::Months;
use vilab_law::vocab::{Aggravating, Condition, RunsFrom};
use vilab_law::{Criterion, DataFile, Dataset, bundled};

const FIXTURE: &str = include_str!("data/structured.toml");

fn data() -> Dataset {
    let fixture = DataFile { name: "structured.toml", text: FIXTURE };
    bundled().unwrap().with_import(fixture, "2026-12-07T00:00:00Z").unwrap().0
}

#[test]
fn the_fields_load_as_written() {
    let data = data();
    let active = data.values("XA", Criterion::EtjActive);
    assert_eq!(
        active[0].conditions.as_deref(),
        Some([Condition::NationalityAtOffence, Condition::DoubleCriminality, Condition::NotTriedAbroad].as_slice())
    );
    assert_eq!(active[1].conditions.as_deref(), Some([Condition::NationalityAtProsecution].as_slice()));
    // Recorded empty is not the same as not recorded.
    assert_eq!(data.values("XA", Criterion::EtjPassive)[0].conditions, Some(vec![]));
    assert_eq!(data.values("TH", Criterion::EtjUniversal)[0].conditions, None);
    // Two alternatives of one basis are not a conflict.
    assert!(!data.is_conflict("XA", Criterion::EtjActive));

    let limitation = &data.values("XA", Criterion::StatuteOfLimitations)[0].limitation;
    assert_eq!(limitation.len(), 2);
    assert_eq!(limitation[0].years, LimitationPeriod::Years(20));
    assert_eq!(limitation[0].runs_from, Some(RunsFrom::VictimMajority));
    assert_eq!(limitation[0].offences, [Criterion::BuySexChild]);
    assert_eq!(limitation[0].provision.as_deref(), Some("xa-pc-s90"));
    assert_eq!(limitation[1].offences, []);

    let tiers = &data.values("XA", Criterion::BuySexChild)[0].penalties;
    assert_eq!((tiers[0].victim_age_from, tiers[0].victim_age_below), (None, Some(16)));
    assert_eq!(tiers[0].aggravating, []);
    assert_eq!((tiers[1].victim_age_from, tiers[1].victim_age_below), (Some(13), Some(16)));
    assert_eq!(
        tiers[1].aggravating,
        [Aggravating::PositionOfTrust, Aggravating::OrganisedGroup, Aggravating::Internet]
    );
    assert_eq!(tiers[1].mandatory_minimum, Some(Months(60)));

    for (criterion, value) in [
        (Criterion::CsamDolls, Value::Yes),
        (Criterion::MandatoryMinimum, Value::Yes),
        (Criterion::VictimCompensation, Value::Yes),
        (Criterion::ProceedsFundVictims, Value::No),
        (Criterion::ExtraditeNationals, Value::No),
    ] {
        assert_eq!(data.values("XA", criterion)[0].value, value, "{criterion}");
    }
}

#[test]
fn json_and_csv_give_back_the_datas_words() {
    let data = data();
    let en = Messages::new(Lang::En);
    let selection = Selection::parse(
        &data,
        Some(&["XA".to_string()]),
        Some(&["ETJ_ACTIVE", "ETJ_PASSIVE", "STATUTE_OF_LIMITATIONS", "BUY_SEX_CHILD"].map(String::from)),
    )
    .unwrap();
    let m = matrix(&data, &selection);

    let json: serde_json::Value = serde_json::from_str(&m.to_json(&data, &en).unwrap()).unwrap();
    let values = |row: usize| json["matrix"]["rows"][row]["cells"][0]["values"].clone();
    assert_eq!(
        values(0)[0]["conditions"],
        serde_json::json!(["nationality_at_offence", "double_criminality", "not_tried_abroad"])
    );
    assert_eq!(values(1)[0]["conditions"], serde_json::json!([]));
    let limitation = &values(2)[0]["limitation"];
    assert_eq!(limitation[0]["years"], 20);
    assert_eq!(limitation[0]["runs_from"], "victim_majority");
    assert_eq!(limitation[0]["offences"], serde_json::json!(["BUY_SEX_CHILD"]));
    let tier = &values(3)[0]["penalties"][1];
    assert_eq!(tier["aggravating"], serde_json::json!(["position_of_trust", "organised_group", "internet"]));
    assert_eq!((tier["victim_age_from"].clone(), tier["victim_age_below"].clone()), (13.into(), 16.into()));
    assert_eq!(tier["mandatory_minimum"], 60);

    // "none" goes out as it came in.
    let none = FIXTURE.replace("years = 20\nruns_from", "years = \"none\"\nruns_from");
    let data_none =
        bundled().unwrap().with_import(DataFile { name: "none.toml", text: &none }, "2026-12-07T00:00:00Z").unwrap().0;
    let value = &data_none.values("XA", Criterion::StatuteOfLimitations)[0];
    assert_eq!(value.limitation[0].years, LimitationPeriod::None);
    assert_eq!(serde_json::to_value(value).unwrap()["limitation"][0]["years"], "none");

    let csv = m.to_csv(&data, &en).unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let cell = |criterion: &str, name: &str| -> Vec<String> {
        rows.iter().filter(|r| &r[0] == criterion).map(|r| r[column(name)].to_string()).collect()
    };
    assert_eq!(
        cell("ETJ_ACTIVE", "conditions"),
        ["nationality_at_offence;double_criminality;not_tried_abroad", "nationality_at_prosecution"]
    );
    assert_eq!(cell("ETJ_PASSIVE", "conditions"), ["none"]);
    assert_eq!(
        cell("STATUTE_OF_LIMITATIONS", "limitation"),
        ["years=20 runs_from=victim_majority offences=BUY_SEX_CHILD | years=10 runs_from=offence"]
    );
    assert_eq!(cell("BUY_SEX_CHILD", "aggravating"), ["position_of_trust;organised_group;internet"]);
    // Not recorded: blank.
    assert!(cell("BUY_SEX_CHILD", "conditions").iter().all(String::is_empty));
}

#[test]
fn show_and_the_page_write_them_in_the_readers_language() {
    let data = data();
    let en = Messages::new(Lang::En);
    let shown = vilab_law::show::show(&data, "XA", Criterion::BuySexChild, None, &en).unwrap();
    assert!(
        shown.contains(
            "penalty, aggravated: up to 20y; victim aged 13 to under 16; aggravating: position of trust or care over \
             the victim, by an organised group, using the internet or a computer network; mandatory minimum 5y"
        ),
        "{shown}"
    );
    assert!(shown.contains("penalty, child under 16: 2y–10y; victim under 16\n"), "{shown}");
    let shown = vilab_law::show::show(&data, "XA", Criterion::EtjActive, None, &en).unwrap();
    assert!(
        shown.contains(
            "conditions: a national at the time of the offence; the conduct is also an offence where it was \
             committed (double criminality); the offender was not finally tried abroad for the same conduct"
        ),
        "{shown}"
    );
    let shown = vilab_law::show::show(&data, "XA", Criterion::EtjPassive, None, &en).unwrap();
    assert!(shown.contains("conditions: none beyond the basis itself"), "{shown}");
    let shown = vilab_law::show::show(&data, "XA", Criterion::StatuteOfLimitations, None, &en).unwrap();
    assert!(
        shown.contains(
            "limitation: 20 years, from the day the victim comes of age, for BUY_SEX_CHILD — offences punishable by \
             20 years (Testland Penal Code s.90)"
        ),
        "{shown}"
    );
    assert!(shown.contains("limitation: 10 years, from the day of the offence\n"), "{shown}");

    // Thai: the catalogs' words, the data's tier names and class as written.
    let th = Messages::new(Lang::Th);
    let shown = vilab_law::show::show(&data, "XA", Criterion::BuySexChild, None, &th).unwrap();
    assert!(shown.contains("เหตุฉกรรจ์: ") && shown.contains("ผู้เสียหายอายุ 13 ปีขึ้นไปแต่ต่ำกว่า 16 ปี"), "{shown}");
    assert!(!shown.contains("position of trust") && shown.contains("aggravated"), "{shown}");

    let all = Selection::parse(&data, Some(&["XA".to_string()]), None).unwrap();
    let page = vilab_law::html::page(&data, &matrix(&data, &all), &en);
    assert!(page.contains("Conditions: a national at the time of the offence;"), "conditions on the page");
    assert!(page.contains("Limitation: 20 years, from the day the victim comes of age"), "limitation on the page");
    assert!(page.contains("; victim aged 13 to under 16; aggravating: position of trust"), "tiers on the page");
    let vi = vilab_law::html::page(&data, &matrix(&data, &all), &Messages::new(Lang::Vi));
    assert!(vi.contains("tình tiết tăng nặng: ") && vi.contains("Thời hiệu: 20 năm"), "Vietnamese page");
}
