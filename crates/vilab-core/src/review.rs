//! The review's rules: what reviewers' decisions on one item settle to.
//!
//! A decision is appended, never changed: a reviewer categorizes, flags for
//! follow-up, or retracts an earlier decision of theirs (the undo). Each
//! reviewer's **current** category is their latest category decision that
//! is not retracted, and likewise their follow-up flag. The item is
//! decided when at least one reviewer has a current category; it is a
//! **conflict** when two reviewers' current categories differ (profile or
//! number), and then it shows the latest of them, flagged, until the
//! reviewers agree. It is flagged for follow-up while any reviewer's
//! current flag is set. Every store backend applies this same function, so
//! that the rule lives in one place and is tested here.

use std::collections::{BTreeMap, BTreeSet};

/// What one stored decision says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecisionKind {
    /// A category of a profile.
    Category {
        /// The profile that reads the number.
        profile: String,
        /// The category's number.
        category: u8,
    },
    /// The follow-up flag set or cleared.
    FollowUp(bool),
    /// Retracts the decision with this id (the same reviewer's).
    Retract(i64),
}

/// One stored decision on an item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// Its id: later decisions have greater ids.
    pub id: i64,
    /// The reviewer's account id.
    pub reviewer: i64,
    /// What it says.
    pub kind: DecisionKind,
}

/// What an item's decisions settle to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settled {
    /// The category shown: the agreed one, or the latest when they differ.
    pub decided: Option<(String, u8)>,
    /// Reviewers' current categories differ.
    pub conflict: bool,
    /// A reviewer's current follow-up flag is set.
    pub follow_up: bool,
}

/// Settles an item's decisions (in any order). A retraction counts only
/// for the reviewer who made the decision it names.
pub fn settle(decisions: &[Decision]) -> Settled {
    let mut sorted: Vec<&Decision> = decisions.iter().collect();
    sorted.sort_by_key(|d| d.id);
    let owner: BTreeMap<i64, i64> = sorted.iter().map(|d| (d.id, d.reviewer)).collect();
    let retracted: BTreeSet<i64> = sorted
        .iter()
        .filter_map(|d| match d.kind {
            DecisionKind::Retract(target) if owner.get(&target) == Some(&d.reviewer) => Some(target),
            _ => None,
        })
        .collect();
    // Each reviewer's latest live category and flag, with the id that set it.
    let mut categories: BTreeMap<i64, (i64, &str, u8)> = BTreeMap::new();
    let mut flags: BTreeMap<i64, bool> = BTreeMap::new();
    for d in sorted.iter().filter(|d| !retracted.contains(&d.id)) {
        match &d.kind {
            DecisionKind::Category { profile, category } => {
                categories.insert(d.reviewer, (d.id, profile, *category));
            }
            DecisionKind::FollowUp(on) => {
                flags.insert(d.reviewer, *on);
            }
            DecisionKind::Retract(_) => {}
        }
    }
    let latest = categories.values().max_by_key(|(id, _, _)| *id);
    let distinct: BTreeSet<(&str, u8)> = categories.values().map(|(_, p, c)| (*p, *c)).collect();
    Settled {
        decided: latest.map(|(_, p, c)| ((*p).to_string(), *c)),
        conflict: distinct.len() > 1,
        follow_up: flags.values().any(|on| *on),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cat(id: i64, reviewer: i64, category: u8) -> Decision {
        Decision { id, reviewer, kind: DecisionKind::Category { profile: "projectvic".into(), category } }
    }

    fn retract(id: i64, reviewer: i64, target: i64) -> Decision {
        Decision { id, reviewer, kind: DecisionKind::Retract(target) }
    }

    #[test]
    fn no_decision_is_undecided() {
        assert_eq!(settle(&[]), Settled::default());
    }

    #[test]
    fn a_reviewers_latest_category_counts() {
        let s = settle(&[cat(2, 7, 3), cat(1, 7, 1)]);
        assert_eq!(s.decided, Some(("projectvic".into(), 3)));
        assert!(!s.conflict, "one reviewer changing their mind is no conflict");
    }

    #[test]
    fn two_reviewers_who_disagree_are_a_conflict_showing_the_latest() {
        let s = settle(&[cat(1, 7, 1), cat(2, 8, 2)]);
        assert_eq!((s.decided, s.conflict), (Some(("projectvic".into(), 2)), true));
        let agreed = settle(&[cat(1, 7, 2), cat(2, 8, 2)]);
        assert!(!agreed.conflict);
    }

    #[test]
    fn the_same_number_in_another_profile_is_a_conflict() {
        let other =
            Decision { id: 2, reviewer: 8, kind: DecisionKind::Category { profile: "caid".into(), category: 1 } };
        assert!(settle(&[cat(1, 7, 1), other]).conflict);
    }

    #[test]
    fn a_retraction_restores_the_decision_before_it() {
        let s = settle(&[cat(1, 7, 1), cat(2, 7, 3), retract(3, 7, 2)]);
        assert_eq!(s.decided, Some(("projectvic".into(), 1)));
        let undone = settle(&[cat(1, 7, 1), retract(2, 7, 1)]);
        assert_eq!(undone.decided, None);
    }

    #[test]
    fn a_retraction_by_another_reviewer_counts_for_nothing() {
        let s = settle(&[cat(1, 7, 1), retract(2, 8, 1)]);
        assert_eq!(s.decided, Some(("projectvic".into(), 1)));
    }

    #[test]
    fn retracting_one_side_of_a_conflict_ends_it() {
        let s = settle(&[cat(1, 7, 1), cat(2, 8, 2), retract(3, 8, 2)]);
        assert_eq!((s.decided, s.conflict), (Some(("projectvic".into(), 1)), false));
    }

    #[test]
    fn follow_up_holds_while_any_reviewer_flags_it() {
        let flag = |id, reviewer, on| Decision { id, reviewer, kind: DecisionKind::FollowUp(on) };
        assert!(settle(&[flag(1, 7, true), flag(2, 8, false)]).follow_up);
        assert!(!settle(&[flag(1, 7, true), flag(2, 7, false)]).follow_up);
        assert!(!settle(&[flag(1, 7, true), retract(2, 7, 1)]).follow_up);
        assert_eq!(settle(&[flag(1, 7, true)]).decided, None, "a flag is not a category");
    }
}
