//! The fixed words of the data files' structured fields: the conditions
//! an extraterritorial basis sets ([`Condition`], on `ETJ_*` values), the
//! aggravating circumstances a penalty tier is for ([`Aggravating`]), and
//! where a limitation period runs from ([`RunsFrom`]).
//!
//! Each word is a stable identifier, the same in data files, CSV and JSON
//! in every language; views write its label from the catalogs
//! (`law-condition-*`, `law-aggravating-*`, `law-limitation-from-*`). The
//! lists were drawn from what the research reports of issue 22 found in
//! the five jurisdictions' texts (and the conditions the issue names); a
//! word is added when a text needs it, never renamed, since imported
//! files and exports hold them.

use std::fmt;

use serde::Serialize;

macro_rules! words {
    (
        $(#[$meta:meta])*
        $name:ident {
            $( $(#[$doc:meta])* $variant:ident => $word:literal, $key:literal; )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $( $(#[$doc])* $variant, )*
        }

        impl $name {
            /// Every word, in the order of declaration.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The stable word of data files and machine outputs.
            pub fn word(self) -> &'static str {
                match self { $($name::$variant => $word,)* }
            }

            /// The variant of that word (exact, lower case).
            pub fn from_word(word: &str) -> Option<Self> {
                match word { $($word => Some($name::$variant),)* _ => None }
            }

            /// The catalog key of its label, written out (not derived) so
            /// that the catalog test finds every key in the sources; a
            /// unit test checks that each follows the word.
            pub fn label_key(self) -> &'static str {
                match self { $($name::$variant => $key,)* }
            }

            /// Its label in the reader's language.
            pub fn label(self, msgs: &vilab_i18n::Messages) -> String {
                msgs.get(self.label_key())
            }

            /// The words, for an error that lists what is accepted.
            pub fn words() -> String {
                Self::ALL.iter().map(|w| w.word()).collect::<Vec<_>>().join(", ")
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.word())
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.word())
            }
        }
    };
}

words! {
    /// A condition an extraterritorial basis (`ETJ_ACTIVE`, `ETJ_PASSIVE`,
    /// `ETJ_UNIVERSAL`) sets before the state's law reaches conduct abroad.
    /// A value's conditions all have to hold; several values of one
    /// criterion are alternatives (Australia: a citizen at the time of the
    /// offence, or a resident).
    Condition {
        /// The conduct is an offence where it was committed too.
        DoubleCriminality => "double_criminality", "law-condition-double-criminality";
        /// The offender resides in the state (Lao PDR Penal Code art. 9,
        /// Australia's Criminal Code s.272.6).
        Residence => "residence", "law-condition-residence";
        /// The person whose nationality the basis rests on (the offender;
        /// the victim for `ETJ_PASSIVE`) was a national when the offence was
        /// committed (Australia's s.272.6 "at the time of the offence").
        NationalityAtOffence => "nationality_at_offence", "law-condition-nationality-at-offence";
        /// That person is a national when prosecuted (nationality acquired
        /// after the offence counts).
        NationalityAtProsecution => "nationality_at_prosecution", "law-condition-nationality-at-prosecution";
        /// The offender is found (present) in the state.
        FoundInTerritory => "found_in_territory", "law-condition-found-in-territory";
        /// The victim complained, or the state where it happened asked for
        /// prosecution (Thailand's Computer-Related Crime Act s.17).
        ComplaintOrRequest => "complaint_or_request", "law-condition-complaint-or-request";
        /// The offender was not finally tried abroad for the same conduct
        /// (Cambodia's Criminal Code art. 23; Thailand's Penal Code s.10).
        NotTriedAbroad => "not_tried_abroad", "law-condition-not-tried-abroad";
        /// Only as a treaty the state is party to provides (Viet Nam's Penal
        /// Code art. 6(2)); the question cannot tell, so it stays unknown.
        Treaty => "treaty", "law-condition-treaty";
    }
}

words! {
    /// A circumstance a penalty tier is for: what makes the law's penalty
    /// heavier than the base tier's. The victim's age band is not a word
    /// but the tier's numbers (`victim_age_from`, `victim_age_below`): the
    /// laws draw it at 10, 13, 14, 15, 16 and 18, and "not over 15" (Thai
    /// Penal Code) is under 16, not under 15.
    Aggravating {
        /// The victim was in the offender's care, supervision, education,
        /// treatment or authority, or depended on the offender.
        PositionOfTrust => "position_of_trust", "law-aggravating-position-of-trust";
        /// The offender abused an official position or power.
        AbuseOfOffice => "abuse_of_office", "law-aggravating-abuse-of-office";
        /// The victim has a mental or physical impairment.
        VictimImpairment => "victim_impairment", "law-aggravating-victim-impairment";
        /// Committed two or more times, or persistently, against one child.
        Repeated => "repeated", "law-aggravating-repeated";
        /// A prior conviction: recidivism, a second or later offence.
        Recidivism => "recidivism", "law-aggravating-recidivism";
        /// Against two or more victims.
        MultipleVictims => "multiple_victims", "law-aggravating-multiple-victims";
        /// For trade, gain or a commercial purpose.
        Commercial => "commercial", "law-aggravating-commercial";
        /// As a profession or habitual activity.
        Professional => "professional", "law-aggravating-professional";
        /// By an organised group, a gang or a criminal organisation.
        OrganisedGroup => "organised_group", "law-aggravating-organised-group";
        /// With a weapon or firearm.
        Weapon => "weapon", "law-aggravating-weapon";
        /// By force, threat or coercion.
        Coercion => "coercion", "law-aggravating-coercion";
        /// Using the internet, a computer or telecommunications network.
        Internet => "internet", "law-aggravating-internet";
        /// The act was recorded (filmed, photographed).
        Recorded => "recorded", "law-aggravating-recorded";
        /// A recording of the act was distributed, sent or forwarded.
        Distributed => "distributed", "law-aggravating-distributed";
        /// The victim was taken across a border.
        CrossBorder => "cross_border", "law-aggravating-cross-border";
        /// Grievous bodily or mental harm to the victim.
        SeriousHarm => "serious_harm", "law-aggravating-serious-harm";
        /// Cruel, inhuman or degrading treatment.
        Cruelty => "cruelty", "law-aggravating-cruelty";
        /// The victim's death (or suicide).
        Death => "death", "law-aggravating-death";
    }
}

words! {
    /// Where a limitation period starts to run.
    RunsFrom {
        /// The day the offence was committed.
        Offence => "offence", "law-limitation-from-offence";
        /// The day the victim comes of age.
        VictimMajority => "victim_majority", "law-limitation-from-victim-majority";
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kebab(word: &str) -> String {
        word.replace('_', "-")
    }

    #[test]
    fn words_round_trip_and_keys_follow_them() {
        for &c in Condition::ALL {
            assert_eq!(Condition::from_word(c.word()), Some(c));
            assert_eq!(c.label_key(), format!("law-condition-{}", kebab(c.word())));
        }
        for &a in Aggravating::ALL {
            assert_eq!(Aggravating::from_word(a.word()), Some(a));
            assert_eq!(a.label_key(), format!("law-aggravating-{}", kebab(a.word())));
        }
        for &r in RunsFrom::ALL {
            assert_eq!(RunsFrom::from_word(r.word()), Some(r));
            assert_eq!(r.label_key(), format!("law-limitation-from-{}", kebab(r.word())));
        }
        assert_eq!(Condition::from_word("Residence"), None);
        assert!(Aggravating::words().starts_with("position_of_trust, abuse_of_office"));
    }
}
