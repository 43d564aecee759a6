//! The criteria a jurisdiction is compared on, after the ICMEC model
//! legislation review and the World Bank / ICMEC 2015 table, with the few
//! vilab adds for travel-and-tourism cases (marked below).

use std::fmt;

use serde::Serialize;

/// What a criterion describes; only offences can be asked about in
/// `who-can-prosecute`, only jurisdiction criteria carry `covers`, only age
/// criteria carry an age.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CriterionKind {
    /// An age the law draws a line at.
    Age,
    /// How the law defines something.
    Definition,
    /// Conduct that is (or is not) an offence.
    Offence,
    /// A basis of jurisdiction over conduct abroad.
    Jurisdiction,
    /// A measure beside the penalty (confiscation, reporting, entry bans).
    Measure,
}

macro_rules! criteria {
    ($( $variant:ident => $code:literal, $kind:ident, $label:literal; )*) => {
        /// A criterion of comparison. The order of declaration is the order of
        /// the matrix's rows.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Criterion {
            $(
                #[doc = $label]
                $variant,
            )*
        }

        impl Criterion {
            /// Every criterion, in matrix order.
            pub const ALL: &'static [Criterion] = &[$(Criterion::$variant),*];

            /// The stable code used in data files and on the command line.
            pub fn code(self) -> &'static str {
                match self { $(Criterion::$variant => $code,)* }
            }

            /// The criterion of that code.
            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some(Criterion::$variant),)* _ => None }
            }

            /// What kind of fact it is.
            pub fn kind(self) -> CriterionKind {
                match self { $(Criterion::$variant => CriterionKind::$kind,)* }
            }

            /// A short English label (user-facing text; translations will key on
            /// [`Criterion::code`]).
            pub fn label(self) -> &'static str {
                match self { $(Criterion::$variant => $label,)* }
            }
        }
    };
}

criteria! {
    ChildAge => "CHILD_AGE", Age, "Age under which a person is a child";
    AgeThreshold => "AGE_THRESHOLD", Age, "Age below which sexual activity with a child is an offence regardless of consent";
    CsamDefined => "CSAM_DEFINED", Definition, "Child sexual abuse material is defined in law";
    CsamUnder18 => "CSAM_UNDER18", Definition, "The definition covers every child under 18";
    CsamVirtual => "CSAM_VIRTUAL", Definition, "Virtual or computer-generated material is covered";
    SexWithChild => "SEX_WITH_CHILD", Offence, "Sexual activity with a child under the age threshold (vilab addition)";
    BuySexChild => "BUY_SEX_CHILD", Offence, "Buying sex from a child";
    ProcureChildProstitution => "PROCURE_CHILD_PROSTITUTION", Offence, "Procuring or forcing a child into prostitution (vilab addition)";
    ChildTrafficking => "CHILD_TRAFFICKING", Offence, "Trafficking in children (vilab addition)";
    CsamProduce => "CSAM_PRODUCE", Offence, "Producing child sexual abuse material";
    CsamDistribute => "CSAM_DISTRIBUTE", Offence, "Distributing, trading or forwarding child sexual abuse material";
    CsamPossessWithIntent => "CSAM_POSSESS_WITH_INTENT", Offence, "Possessing child sexual abuse material with intent to distribute";
    CsamPossessSimple => "CSAM_POSSESS_SIMPLE", Offence, "Simple possession of child sexual abuse material";
    CsamAccess => "CSAM_ACCESS", Offence, "Knowingly accessing child sexual abuse material online";
    Grooming => "GROOMING", Offence, "Grooming a child (online or offline)";
    ChildVictimNonpunishment => "CHILD_VICTIM_NONPUNISHMENT", Measure, "The child victim is not punished";
    LegalPersonLiability => "LEGAL_PERSON_LIABILITY", Measure, "Legal persons (companies) can be liable";
    EtjActive => "ETJ_ACTIVE", Jurisdiction, "Jurisdiction over its nationals' offences abroad (active nationality)";
    EtjPassive => "ETJ_PASSIVE", Jurisdiction, "Jurisdiction over offences abroad against its nationals (passive nationality)";
    EtjUniversal => "ETJ_UNIVERSAL", Jurisdiction, "Jurisdiction over offences abroad whoever commits them (vilab addition)";
    EtjDoubleCriminality => "ETJ_DOUBLE_CRIMINALITY", Jurisdiction, "Extraterritorial jurisdiction requires the conduct to be an offence where committed";
    ConfiscationInstruments => "CONFISCATION_INSTRUMENTS", Measure, "Confiscation of the instruments of the offence";
    ConfiscationProceeds => "CONFISCATION_PROCEEDS", Measure, "Confiscation of the proceeds of the offence";
    MandatoryReporting => "MANDATORY_REPORTING", Measure, "Mandatory reporting by professionals";
    IspReporting => "ISP_REPORTING", Measure, "Internet service providers must report";
    EntryBanTravel => "ENTRY_BAN_TRAVEL", Measure, "Visa cancellation, expulsion or entry bans for offenders in travel and tourism";
}

impl Criterion {
    /// The criterion of a code as a user typed it (any ASCII case).
    pub fn parse(code: &str) -> crate::Result<Self> {
        Self::from_code(&code.to_ascii_uppercase()).ok_or_else(|| crate::LawError::UnknownCriterion(code.to_string()))
    }
}

impl fmt::Display for Criterion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Criterion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::Criterion;

    #[test]
    fn codes_round_trip_and_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for &c in Criterion::ALL {
            assert!(seen.insert(c.code()));
            assert_eq!(Criterion::from_code(c.code()), Some(c));
        }
        assert_eq!(Criterion::from_code("CSAM_POSESS"), None);
    }
}
