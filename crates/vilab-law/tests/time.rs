//! The law in force on a day: Thailand's s.277, replaced by the Penal Code
//! Amendment Act (No. 27) from 28 May 2019, gives the 2015 tiers on
//! 2018-01-01 and the 2019 ones on 2020-01-01, in the library's data and
//! in every view; `show` lists both periods, history first, with the
//! amendment that replaced the old one.

use vilab_i18n::{Lang, Messages};
use vilab_law::compare::{Selection, matrix};
use vilab_law::date::PartialDate;
use vilab_law::penalty::Months;
use vilab_law::{Criterion, bundled};

fn day(text: &str) -> PartialDate {
    PartialDate::parse(text).unwrap()
}

/// The least term of the "child not over 15" tier of Thailand's
/// SEX_WITH_CHILD on `date`, and the cited provisions.
fn s277_on(date: &str) -> (Option<Months>, Vec<String>) {
    let data = bundled().unwrap().at(day(date));
    let values = data.values("TH", Criterion::SexWithChild);
    assert_eq!(values.len(), 1, "{date}: one value in force, not a conflict: {values:#?}");
    let tier = values[0].penalties.iter().find(|p| p.tier == "child not over 15").expect("the tier");
    (tier.prison_min, values[0].provisions.clone())
}

#[test]
fn section_277_before_and_after_act_no_27() {
    let (before, provisions) = s277_on("2018-01-01");
    assert_eq!(before, Some(Months(48)), "2015 tier: 4 to 20 years");
    assert_eq!(provisions, ["th-pc-s277"], "s.280/1 did not exist before Act No. 27");
    let (after, provisions) = s277_on("2020-01-01");
    assert_eq!(after, Some(Months(60)), "2019 tier: 5 to 20 years");
    assert_eq!(provisions, ["th-pc-s277-2019", "th-pc-s277bis", "th-pc-s280-1", "th-pc-s1-18-2025"]);
    // The day before and the day of the Act's coming into force.
    assert_eq!(s277_on("2019-05-27").0, Some(Months(48)));
    assert_eq!(s277_on("2019-05-28").0, Some(Months(60)));

    let data = bundled().unwrap();
    let old = &data.values("TH", Criterion::SexWithChild)[0];
    assert_eq!(old.period.valid_to, Some(day("2019-05-28")));
    assert_eq!(old.period.amended_by.as_deref(), Some("th-pc-amendment-27"));
    assert_eq!(data.provisions["th-pc-s277"].period.amended_by.as_deref(), Some("th-pc-amendment-27"));
    let in_force: Vec<String> = data.instruments["th-pc-amendment-27"]
        .dates
        .iter()
        .filter(|d| d.kind == vilab_law::model::DateKind::InForce)
        .map(|d| d.date.to_string())
        .collect();
    assert_eq!(in_force, ["2019-05-28"]);
    // Both periods in one data set are the law changing, not a conflict.
    assert!(!data.is_conflict("TH", Criterion::SexWithChild));
}

#[test]
fn every_view_shows_the_law_of_its_day() {
    let en = Messages::new(Lang::En);
    let selection =
        Selection::parse(&bundled().unwrap(), Some(&["TH".to_string()]), Some(&["SEX_WITH_CHILD".to_string()]))
            .unwrap();
    for (date, range, not) in [("2018-01-01", "4y–20y", "5y–20y"), ("2020-01-01", "5y–20y", "4y–20y")] {
        let data = bundled().unwrap().at(day(date));
        let m = matrix(&data, &selection);
        let table = m.to_table(&en, 150);
        assert!(table.contains(range) && !table.contains(not), "{date}:\n{table}");
        assert!(table.contains(&format!("The law in force on {date}.")), "{table}");
        let json: serde_json::Value = serde_json::from_str(&m.to_json(&data, &en).unwrap()).unwrap();
        assert_eq!(json["at"], date);
        let html = vilab_law::html::page(&data, &m, &en);
        assert!(html.contains(&format!("The law in force on {date}.")), "the page states its day");
        let csv = m.to_csv(&data, &en).unwrap();
        // The period's columns follow the older ones; the structured fields' columns follow them.
        let header = csv.lines().next().unwrap();
        assert!(header.ends_with(",valid_from,valid_to,amended_by,conditions,limitation,aggravating"), "{csv}");
    }
    // The CSV gives each value's period: in 2018, the 2015 text, which Act No. 27 ended.
    let csv = matrix(&bundled().unwrap().at(day("2018-01-01")), &selection).to_csv(&bundled().unwrap(), &en).unwrap();
    assert!(csv.lines().skip(1).all(|l| l.ends_with(",,2019-05-28,th-pc-amendment-27,,,")), "{csv}");
}

#[test]
fn show_lists_every_period_history_first_with_the_amendment() {
    let en = Messages::new(Lang::En);
    let data = bundled().unwrap();
    let text = vilab_law::show::show(&data, "TH", Criterion::SexWithChild, Some(day("2020-01-01")), &en).unwrap();
    let first = text.find("value 1: yes").unwrap();
    let second = text.find("value 2: yes").unwrap();
    let old =
        text.find("no longer in force from 2019-05-28; replaced by Act Amending the Penal Code (No. 27), 2562 BE");
    let new = text.find("in force since 2019-05-28");
    assert!(first < old.unwrap() && old.unwrap() < second && second < new.unwrap(), "{text}");
    assert!(text.contains("not in force on 2020-01-01") && text.contains("  in force on 2020-01-01"), "{text}");
    assert!(text.contains("range of the tiers in force on 2020-01-01: 5y–20y, life"), "{text}");
    assert!(!text.contains("CONFLICT"), "{text}");
    // Without a day: both periods' tiers, as the data records them.
    let all = vilab_law::show::show(&data, "TH", Criterion::SexWithChild, None, &en).unwrap();
    assert!(all.contains("range of all tiers: 4y–20y, life"), "{all}");
}
