//! Penalties as the law states them, and their normalisation to months and
//! (for display only) to US dollars; in words from the catalogs.

use std::fmt;

use serde::{Deserialize, Serialize};
use vilab_i18n::{Messages, t};

use crate::date::PartialDate;
use crate::error::quoted;

/// A prison term in months, written `18m` or `4y` in data files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Months(pub u32);

impl Months {
    /// Parses `6m`, `36m`, `4y`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let bad = || format!("{} is not a term (write months as \"18m\" or years as \"4y\")", quoted(text));
        let term = text.trim();
        // The unit is the last character, whatever its width in bytes (a
        // byte split would cut `1\u{346}` inside its combining mark).
        let Some(unit) = term.chars().next_back() else {
            return Err(bad());
        };
        let n: u32 = term[..term.len() - unit.len_utf8()].parse().map_err(|_| bad())?;
        match unit {
            'm' => Ok(Self(n)),
            'y' => n.checked_mul(12).map(Self).ok_or_else(bad),
            _ => Err(bad()),
        }
    }
}

impl Months {
    /// The term in the reader's words: `1y6m` in English, `1 ปี 6 เดือน`
    /// in Thai. (`Display` writes the data files' own notation, for
    /// messages about those files.)
    pub fn text(self, msgs: &Messages) -> String {
        t!(msgs, "law-term", years = self.0 / 12, months = self.0 % 12)
    }
}

impl fmt::Display for Months {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.0 / 12, self.0 % 12) {
            (0, m) => write!(f, "{m}m"),
            (y, 0) => write!(f, "{y}y"),
            (y, m) => write!(f, "{y}y{m}m"),
        }
    }
}

/// How prison and fine combine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Combine {
    /// Both.
    And,
    /// One or the other.
    Or,
    /// Either or both.
    AndOr,
}

impl Combine {
    /// The catalog key of its word.
    pub fn label_key(self) -> &'static str {
        match self {
            Combine::And => "law-combine-and",
            Combine::Or => "law-combine-or",
            Combine::AndOr => "law-combine-and-or",
        }
    }
}

/// One tier of a penalty as the law states it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Penalty {
    /// The provision that states it, when recorded.
    pub provision: Option<String>,
    /// Which case the tier is for (basic, aggravated, a victim's age...).
    pub tier: String,
    /// The victim's age band, when the tier depends on it, in the law's
    /// words (the data's: "not over 15").
    pub victim_age: Option<String>,
    /// The band as numbers: the victim is at least this old (full years)...
    pub victim_age_from: Option<u32>,
    /// ...and younger than this.
    pub victim_age_below: Option<u32>,
    /// The aggravating circumstances the tier is for (empty: none recorded).
    pub aggravating: Vec<crate::vocab::Aggravating>,
    /// A prison term the court must impose at least (Australia's Crimes Act
    /// ss.16AAA–16AAB), where the law sets one beyond the tier's range.
    pub mandatory_minimum: Option<Months>,
    /// Least prison term.
    pub prison_min: Option<Months>,
    /// Greatest prison term.
    pub prison_max: Option<Months>,
    /// Life imprisonment is possible.
    pub life: bool,
    /// The death penalty is possible.
    pub death: bool,
    /// Least fine, in `currency`.
    pub fine_min: Option<f64>,
    /// Greatest fine, in `currency`.
    pub fine_max: Option<f64>,
    /// ISO 4217 code of the fine.
    pub currency: Option<String>,
    /// How prison and fine combine.
    pub combine: Option<Combine>,
    /// Anything the figures do not say.
    pub note: Option<String>,
    /// When this tier was the law.
    #[serde(flatten)]
    pub period: crate::period::Period,
}

impl Penalty {
    /// The tier's name (the data's) with the victim's age band (the
    /// data's) where the tier depends on it: `child not over 15 (victim not
    /// over 15)` in English.
    pub fn tier_text(&self, msgs: &Messages) -> String {
        match &self.victim_age {
            Some(age) => t!(msgs, "law-tier-victim", tier = &self.tier, age = age),
            None => self.tier.clone(),
        }
    }

    /// What the tier is for beyond its name, in the reader's words: the
    /// victim's age band (from the numbers), the aggravating circumstances
    /// and the mandatory minimum: `victim under 13; aggravating: position
    /// of trust, repeated; mandatory minimum 6y` in English. `None` when
    /// none is recorded.
    pub fn circumstances_text(&self, msgs: &Messages) -> Option<String> {
        let mut parts = Vec::new();
        // Ages as plain digits, as everywhere in the matrix.
        match (self.victim_age_from, self.victim_age_below) {
            (Some(from), Some(below)) => {
                parts.push(t!(msgs, "law-tier-victim-band", from = from.to_string(), below = below.to_string()));
            }
            (Some(from), None) => parts.push(t!(msgs, "law-tier-victim-from", age = from.to_string())),
            (None, Some(below)) => parts.push(t!(msgs, "law-tier-victim-below", age = below.to_string())),
            (None, None) => {}
        }
        if !self.aggravating.is_empty() {
            let labels: Vec<String> = self.aggravating.iter().map(|a| a.label(msgs)).collect();
            parts.push(t!(msgs, "law-tier-aggravating", circumstances = labels.join(", ")));
        }
        if let Some(term) = self.mandatory_minimum {
            parts.push(t!(msgs, "law-tier-mandatory-minimum", term = term.text(msgs)));
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }

    /// The tier in one line, original figures only: `4y–20y and THB
    /// 80,000–400,000` in English.
    pub fn describe(&self, msgs: &Messages) -> String {
        let mut text = custodial_text(self.prison_min, self.prison_max, self.life, self.death, msgs);
        if let Some(fine) = fine_text(self.fine_min, self.fine_max, self.currency.as_deref(), msgs) {
            if text.is_empty() {
                text = fine;
            } else {
                // The data did not say how they combine: a sign, not a word that would claim to know.
                let word = self.combine.map_or_else(|| "+".to_string(), |c| msgs.get(c.label_key()));
                text = format!("{text} {word} {fine}");
            }
        }
        if text.is_empty() {
            text = msgs.get("law-penalty-no-figures");
        }
        text
    }
}

/// The custodial part in words: `4y–20y, life, death` (empty when none).
fn custodial_text(min: Option<Months>, max: Option<Months>, life: bool, death: bool, msgs: &Messages) -> String {
    let mut parts: Vec<String> = prison_text(min, max, msgs).into_iter().collect();
    if life {
        parts.push(msgs.get("law-penalty-life"));
    }
    if death {
        parts.push(msgs.get("law-penalty-death"));
    }
    parts.join(", ")
}

fn prison_text(min: Option<Months>, max: Option<Months>, msgs: &Messages) -> Option<String> {
    match (min, max) {
        (Some(a), Some(b)) => Some(t!(msgs, "law-prison-range", min = a.text(msgs), max = b.text(msgs))),
        (None, Some(b)) => Some(t!(msgs, "law-prison-up-to", max = b.text(msgs))),
        (Some(a), None) => Some(t!(msgs, "law-prison-at-least", min = a.text(msgs))),
        (None, None) => None,
    }
}

/// A sum of money, to the unit, in the locale's grouping. The cast
/// saturates, and no fine or conversion comes near `i64`'s bounds.
fn amount(value: f64, msgs: &Messages) -> String {
    msgs.integer(value.round() as i64)
}

fn fine_text(min: Option<f64>, max: Option<f64>, currency: Option<&str>, msgs: &Messages) -> Option<String> {
    let currency = currency.unwrap_or("?");
    let (min, max) = (min.map(|v| amount(v, msgs)), max.map(|v| amount(v, msgs)));
    match (min, max) {
        (Some(min), Some(max)) => Some(t!(msgs, "law-fine-range", currency = currency, min = min, max = max)),
        (None, Some(max)) => Some(t!(msgs, "law-fine-up-to", currency = currency, max = max)),
        (Some(min), None) => Some(t!(msgs, "law-fine-from", currency = currency, min = min)),
        (None, None) => None,
    }
}

/// An exchange rate, with its date and source, used only to display fines
/// of several currencies side by side.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rate {
    /// ISO 4217 code.
    pub currency: String,
    /// Units of `currency` per US dollar.
    pub per_usd: f64,
    /// When the rate held.
    pub date: PartialDate,
    /// Id of the source.
    pub source: String,
    /// How far the source can be trusted.
    pub confidence: crate::model::Confidence,
    /// The passage it rests on.
    pub quote: Option<String>,
}

/// The span of all tiers of a criterion's penalties, in months and, where a
/// rate is known, in US dollars.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PenaltyRange {
    /// Least prison term of any tier (`None` when a tier has no least term).
    pub prison_min: Option<Months>,
    /// Greatest prison term of any tier.
    pub prison_max: Option<Months>,
    /// Some tier allows life imprisonment.
    pub life: bool,
    /// Some tier allows the death penalty.
    pub death: bool,
    /// Fines per currency: (currency, least, greatest) in the original currency.
    pub fines: Vec<(String, Option<f64>, Option<f64>)>,
}

impl PenaltyRange {
    /// The span of `penalties`. A tier with a greatest term but no least
    /// one makes the range open below ("up to"); likewise for fines.
    pub fn of<'a>(penalties: impl IntoIterator<Item = &'a Penalty>) -> Self {
        let mut range = Self::default();
        let mut open_below = false;
        let mut fines_open_below: Vec<String> = Vec::new();
        for p in penalties {
            if p.prison_min.is_some() || p.prison_max.is_some() {
                open_below |= p.prison_min.is_none();
                range.prison_min = min_opt(range.prison_min, p.prison_min);
                range.prison_max = range.prison_max.max(p.prison_max.or(p.prison_min));
            }
            range.life |= p.life;
            range.death |= p.death;
            if let Some(currency) = &p.currency {
                let index = match range.fines.iter().position(|(c, ..)| c == currency) {
                    Some(i) => i,
                    None => {
                        range.fines.push((currency.clone(), None, None));
                        range.fines.len() - 1
                    }
                };
                if p.fine_min.is_none() {
                    fines_open_below.push(currency.clone());
                }
                let entry = &mut range.fines[index];
                entry.1 = min_f(entry.1, p.fine_min);
                entry.2 = max_f(entry.2, p.fine_max.or(p.fine_min));
            }
        }
        if open_below {
            range.prison_min = None;
        }
        for (currency, min, _) in &mut range.fines {
            if fines_open_below.contains(currency) {
                *min = None;
            }
        }
        range
    }

    /// Whether no tier had any figure.
    pub fn is_empty(&self) -> bool {
        self.prison_min.is_none() && self.prison_max.is_none() && !self.life && !self.death && self.fines.is_empty()
    }

    /// One line: `6m–20y, life, death; VND 10,000,000–50,000,000 (≈ USD
    /// 435–2,174 at 23000 VND/USD, 2023-03)` in English. The conversion is
    /// marked as one (≈, the rate and its date) and always follows the
    /// original figures: it is a display aid, not the law's figure.
    pub fn describe(&self, rates: &[Rate], msgs: &Messages) -> String {
        let mut text = custodial_text(self.prison_min, self.prison_max, self.life, self.death, msgs);
        for (currency, min, max) in &self.fines {
            let mut fine = fine_text(*min, *max, Some(currency), msgs).unwrap_or_default();
            if let Some(rate) = rates.iter().find(|r| &r.currency == currency) {
                let usd = match (min.map(|v| v / rate.per_usd), max.map(|v| v / rate.per_usd)) {
                    (Some(a), Some(b)) if a != b => Some(format!("USD {}–{}", amount(a, msgs), amount(b, msgs))),
                    (_, Some(v)) | (Some(v), None) => Some(format!("USD {}", amount(v, msgs))),
                    (None, None) => None,
                };
                if let Some(usd) = usd {
                    fine = t!(
                        msgs,
                        "law-fine-converted",
                        fine = fine,
                        usd = usd,
                        rate = msgs.figure(rate.per_usd),
                        currency = currency,
                        date = rate.date.to_string()
                    );
                }
            }
            text = if text.is_empty() { fine } else { format!("{text}; {fine}") };
        }
        text
    }
}

fn min_opt(a: Option<Months>, b: Option<Months>) -> Option<Months> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn min_f(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn max_f(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vilab_i18n::Lang;

    fn tier(min: Option<&str>, max: Option<&str>) -> Penalty {
        Penalty {
            provision: None,
            tier: "t".into(),
            victim_age: None,
            victim_age_from: None,
            victim_age_below: None,
            aggravating: vec![],
            mandatory_minimum: None,
            prison_min: min.map(|m| Months::parse(m).unwrap()),
            prison_max: max.map(|m| Months::parse(m).unwrap()),
            life: false,
            death: false,
            fine_min: None,
            fine_max: None,
            currency: None,
            combine: None,
            note: None,
            period: Default::default(),
        }
    }

    #[test]
    fn terms_parse_to_months() {
        assert_eq!(Months::parse("4y"), Ok(Months(48)));
        assert_eq!(Months::parse("36m"), Ok(Months(36)));
        assert!(Months::parse("4").is_err());
        assert!(Months::parse("y").is_err());
        assert!(Months::parse("4 years").is_err());
        // Found by the law_import fuzz target: a term ending in a character
        // of more than one byte panicked where it must be refused.
        assert!(Months::parse("1\u{346}").is_err());
        assert!(Months::parse("\u{e9}").is_err());
        assert!(Months::parse("").is_err());
        assert_eq!(Months(18).to_string(), "1y6m");
        assert_eq!(Months(6).to_string(), "6m");
    }

    #[test]
    fn range_spans_tiers_and_converts_fines_for_display_only() {
        let mut a = tier(Some("6m"), Some("3y"));
        a.fine_min = Some(10_000_000.0);
        a.fine_max = Some(50_000_000.0);
        a.currency = Some("VND".into());
        let mut b = tier(None, Some("20y"));
        b.death = true;
        let range = PenaltyRange::of([&a, &b]);
        // The 20-year tier has no least term, so the range is open below.
        assert_eq!(range.prison_min, None);
        assert_eq!(range.prison_max, Some(Months(240)));
        let rates = [Rate {
            currency: "VND".into(),
            per_usd: 25_000.0,
            date: PartialDate::parse("2024-01").unwrap(),
            source: "s".into(),
            confidence: crate::model::Confidence::Secondary,
            quote: None,
        }];
        let en = Messages::new(Lang::En);
        assert_eq!(
            range.describe(&rates, &en),
            "up to 20y, death; VND 10,000,000–50,000,000 (≈ USD 400–2,000 at 25000 VND/USD, 2024-01)"
        );
        assert_eq!(a.describe(&en), "6m–3y + VND 10,000,000–50,000,000");
        // Vietnamese groups with dots: the figures are Messages', the currency codes the data's.
        let vi = Messages::new(Lang::Vi);
        let text = range.describe(&rates, &vi);
        assert!(text.contains("VND 10.000.000") && text.contains("USD 400–2.000") && text.contains("25000"), "{text}");
        assert!(!text.contains("up to") && !text.contains("death"), "{text}");
        assert_eq!(Months(18).text(&en), "1y6m");
        assert_eq!(Months(18).text(&Messages::new(Lang::Th)), "1 ปี 6 เดือน");
    }
}
