//! Results of an exercise: every trainee's scored items, with the
//! trainer's free-text marks, summed per trainee and per item.

use std::collections::BTreeMap;

use serde::Serialize;

use super::ItemScore;

/// Scores gathered by (trainee, item).
#[derive(Clone, Debug, Default)]
pub struct Results {
    scores: BTreeMap<(String, String), ItemScore>,
    free_text: BTreeMap<(String, String), u32>,
    free_text_max: u32,
}

/// One trainee's totals.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TraineeSummary {
    /// The trainee.
    pub trainee: String,
    /// Items answered.
    pub answered: u32,
    /// Automatic points plus the trainer's free-text marks so far.
    pub points: u32,
    /// The most the answered items could give (automatic and free text).
    pub max: u32,
    /// Items whose free text the trainer has yet to mark.
    pub pending: u32,
}

/// One item's totals across trainees.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ItemSummary {
    /// The item.
    pub item_id: String,
    /// Trainees who answered it.
    pub answered: u32,
    /// Of them, how many had the country right.
    pub country_right: u32,
    /// Of them, how many had the place right.
    pub place_right: u32,
    /// Automatic points, summed over trainees.
    pub auto_points: u32,
    /// Automatic maximum, summed over trainees.
    pub auto_max: u32,
}

impl Results {
    /// Empty results of an exercise whose free text scores up to
    /// `free_text_max` per item.
    pub fn new(free_text_max: u32) -> Self {
        Results { free_text_max, ..Default::default() }
    }

    /// Records (or replaces: the last answer counts) a trainee's score on an item.
    pub fn add(&mut self, trainee: &str, item_id: &str, score: ItemScore) {
        self.scores.insert((trainee.to_string(), item_id.to_string()), score);
    }

    /// The trainer's mark for a trainee's free text on an item, capped at
    /// the rubric's maximum.
    pub fn mark_free_text(&mut self, trainee: &str, item_id: &str, points: u32) {
        self.free_text.insert((trainee.to_string(), item_id.to_string()), points.min(self.free_text_max));
    }

    /// Totals per trainee, by name.
    pub fn per_trainee(&self) -> Vec<TraineeSummary> {
        let mut out: BTreeMap<&str, TraineeSummary> = BTreeMap::new();
        for ((trainee, item), score) in &self.scores {
            let row = out.entry(trainee).or_insert_with(|| TraineeSummary {
                trainee: trainee.clone(),
                answered: 0,
                points: 0,
                max: 0,
                pending: 0,
            });
            row.answered += 1;
            row.points = row.points.saturating_add(score.auto_points);
            row.max = row.max.saturating_add(score.auto_max).saturating_add(self.free_text_max);
            match self.free_text.get(&(trainee.clone(), item.clone())) {
                Some(mark) => row.points = row.points.saturating_add(*mark),
                None if score.free_text_pending => row.pending += 1,
                None => {}
            }
        }
        out.into_values().collect()
    }

    /// Totals per item, by id.
    pub fn per_item(&self) -> Vec<ItemSummary> {
        let mut out: BTreeMap<&str, ItemSummary> = BTreeMap::new();
        for ((_, item), score) in &self.scores {
            let row = out.entry(item).or_insert_with(|| ItemSummary {
                item_id: item.clone(),
                answered: 0,
                country_right: 0,
                place_right: 0,
                auto_points: 0,
                auto_max: 0,
            });
            row.answered += 1;
            row.country_right += u32::from(score.country_right);
            row.place_right += u32::from(score.place_right);
            row.auto_points = row.auto_points.saturating_add(score.auto_points);
            row.auto_max = row.auto_max.saturating_add(score.auto_max);
        }
        out.into_values().collect()
    }
}
