//! Time: when a provision, a penalty or a criterion value was the law, what
//! replaced it, and the data set as it stood on a day ([`Dataset::at`]).
//!
//! A period runs from the first day of `valid_from` (none: from before the
//! data begins) to the day before the first day of `valid_to` (none: still
//! in force). The end is exclusive so that the old text's `valid_to` and
//! its replacement's `valid_from` are the same date, written the same at
//! whatever precision the source gives (`2019-05-28`, or `2019` when only
//! the year is known), and no day falls between them or in both.

use serde::Serialize;
use vilab_i18n::{Messages, t};

use crate::date::PartialDate;
use crate::model::Dataset;

/// When something was the law, and what replaced it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Period {
    /// In force from this date (inclusive); `None`: from before the data begins.
    pub valid_from: Option<PartialDate>,
    /// No longer in force from this date (exclusive); `None`: still in force.
    pub valid_to: Option<PartialDate>,
    /// Id of the instrument that replaced it, when recorded.
    pub amended_by: Option<String>,
}

impl Period {
    /// Whether it is in force on `day` (a partial day counts from its first day).
    pub fn contains(&self, day: PartialDate) -> bool {
        let day = day.first_day();
        self.valid_from.is_none_or(|from| from.first_day() <= day)
            && self.valid_to.is_none_or(|to| day < to.first_day())
    }

    /// Whether the two periods share at least one day.
    pub fn overlaps(&self, other: &Period) -> bool {
        let before = |end: Option<PartialDate>, start: Option<PartialDate>| match (end, start) {
            (Some(end), Some(start)) => end.first_day() <= start.first_day(),
            _ => false,
        };
        !before(self.valid_to, other.valid_from) && !before(other.valid_to, self.valid_from)
    }

    /// Whether it began strictly before `other` did (no start is earliest).
    pub fn starts_before(&self, other: &Period) -> bool {
        match (self.valid_from, other.valid_from) {
            (None, Some(_)) => true,
            (Some(a), Some(b)) => a.first_day() < b.first_day(),
            _ => false,
        }
    }

    /// Whether no date and no amendment is recorded (the data before time
    /// was recorded: in force throughout).
    pub fn is_unbounded(&self) -> bool {
        self.valid_from.is_none() && self.valid_to.is_none() && self.amended_by.is_none()
    }

    /// The period in the reader's words, with the replacing instrument's
    /// title: `in force from 2015-02-14, replaced on 2019-05-28 by Act
    /// Amending the Penal Code (No. 27), 2562 BE` in English; `None` when
    /// nothing is recorded.
    pub fn text(&self, dataset: &Dataset, msgs: &Messages) -> Option<String> {
        let mut text = match (self.valid_from, self.valid_to) {
            (None, None) => None,
            (Some(from), None) => Some(t!(msgs, "law-period-since", from = from.to_string())),
            (None, Some(to)) => Some(t!(msgs, "law-period-ended", to = to.to_string())),
            (Some(from), Some(to)) => Some(t!(msgs, "law-period-span", from = from.to_string(), to = to.to_string())),
        };
        if let Some(id) = &self.amended_by {
            let title = dataset.instruments.get(id).map_or(id.as_str(), |i| i.title.as_str());
            let amended = t!(msgs, "law-period-amended", instrument = title);
            text = Some(match text {
                Some(text) => format!("{text}; {amended}"),
                None => amended,
            });
        }
        text
    }
}

impl Dataset {
    /// The law in force on `day`: the values of each criterion whose period
    /// holds that day, each with the penalty tiers in force that day.
    /// Sources, instruments, provisions, rates and the imports' history
    /// stay whole (they are what the values cite); a criterion none of
    /// whose values was in force that day has no data. The result records
    /// the day ([`Dataset::as_of`]), which the views state.
    pub fn at(&self, day: PartialDate) -> Dataset {
        let day = day.first_day();
        let mut out = self.clone();
        out.as_of = Some(day);
        out.values = self
            .values
            .iter()
            .filter_map(|(key, values)| {
                let current: Vec<_> = values
                    .iter()
                    .filter(|v| v.period.contains(day))
                    .map(|v| {
                        let mut v = v.clone();
                        v.penalties.retain(|p| p.period.contains(day));
                        v
                    })
                    .collect();
                (!current.is_empty()).then(|| (key.clone(), current))
            })
            .collect();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn period(from: Option<&str>, to: Option<&str>) -> Period {
        Period {
            valid_from: from.map(|d| PartialDate::parse(d).unwrap()),
            valid_to: to.map(|d| PartialDate::parse(d).unwrap()),
            amended_by: None,
        }
    }

    fn day(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap()
    }

    #[test]
    fn the_end_is_exclusive_so_a_text_and_its_replacement_never_share_a_day() {
        let old = period(None, Some("2019-05-28"));
        let new = period(Some("2019-05-28"), None);
        assert!(old.contains(day("2019-05-27")) && !old.contains(day("2019-05-28")));
        assert!(!new.contains(day("2019-05-27")) && new.contains(day("2019-05-28")));
        assert!(!old.overlaps(&new) && !new.overlaps(&old));
        assert!(old.starts_before(&new) && !new.starts_before(&old));
        // At a year's precision the same holds: the change is on 1 January.
        let (old, new) = (period(Some("2010"), Some("2019")), period(Some("2019"), None));
        assert!(old.contains(day("2018-12-31")) && new.contains(day("2019-01-01")) && !old.overlaps(&new));
        // Undated values are in force throughout, and overlap everything.
        assert!(Period::default().contains(day("1900")) && Period::default().overlaps(&new));
        assert!(!Period::default().starts_before(&Period::default()));
        assert!(period(Some("2015"), Some("2020")).overlaps(&period(Some("2019"), None)));
    }
}
