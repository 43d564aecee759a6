//! The criteria a jurisdiction is compared on, after the ICMEC model
//! legislation review and the World Bank / ICMEC 2015 table, with the few
//! vilab adds for travel-and-tourism cases and those a comparative review
//! of sanctions needs (issue 22: mandatory minimums, limitation,
//! compensation, proceeds for victims, extradition), marked below.

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
    /// A rule or measure beside the offence and its penalty (liability,
    /// mandatory minimums, limitation, confiscation, compensation,
    /// extradition, reporting, entry bans).
    Measure,
}

macro_rules! criteria {
    ($( $(#[$doc:meta])* $variant:ident => $code:literal, $kind:ident, $key:literal; )*) => {
        /// A criterion of comparison. The order of declaration is the order of
        /// the matrix's rows. Its words are in the catalogs (`law.ftl`), under
        /// [`Criterion::label_key`]; the comment on each variant is the
        /// English label, for the reader of this code.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Criterion {
            $(
                $(#[$doc])*
                $variant,
            )*
        }

        impl Criterion {
            /// Every criterion, in matrix order.
            pub const ALL: &'static [Criterion] = &[$(Criterion::$variant),*];

            /// The stable code used in data files, on the command line and
            /// in machine outputs, the same in every language.
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

            /// The catalog key of its label: `criterion-` and the code in
            /// kebab case (`criterion-csam-possess-simple`). Written out
            /// rather than derived so that it is a `&'static str`; a test
            /// checks that each one follows the code.
            pub fn label_key(self) -> &'static str {
                match self { $(Criterion::$variant => $key,)* }
            }
        }
    };
}

criteria! {
    /// Age under which a person is a child.
    ChildAge => "CHILD_AGE", Age, "criterion-child-age";
    /// Age below which sexual activity with a child is an offence regardless of consent.
    AgeThreshold => "AGE_THRESHOLD", Age, "criterion-age-threshold";
    /// Child sexual abuse material is defined in law.
    CsamDefined => "CSAM_DEFINED", Definition, "criterion-csam-defined";
    /// The definition covers every child under 18.
    CsamUnder18 => "CSAM_UNDER18", Definition, "criterion-csam-under18";
    /// Virtual or computer-generated material is covered.
    CsamVirtual => "CSAM_VIRTUAL", Definition, "criterion-csam-virtual";
    /// Sexual activity with a child under the age threshold (vilab addition).
    SexWithChild => "SEX_WITH_CHILD", Offence, "criterion-sex-with-child";
    /// Buying sex from a child.
    BuySexChild => "BUY_SEX_CHILD", Offence, "criterion-buy-sex-child";
    /// Procuring or forcing a child into prostitution (vilab addition).
    ProcureChildProstitution => "PROCURE_CHILD_PROSTITUTION", Offence, "criterion-procure-child-prostitution";
    /// Trafficking in children (vilab addition).
    ChildTrafficking => "CHILD_TRAFFICKING", Offence, "criterion-child-trafficking";
    /// Producing child sexual abuse material.
    CsamProduce => "CSAM_PRODUCE", Offence, "criterion-csam-produce";
    /// Distributing, trading or forwarding child sexual abuse material.
    CsamDistribute => "CSAM_DISTRIBUTE", Offence, "criterion-csam-distribute";
    /// Possessing child sexual abuse material with intent to distribute.
    CsamPossessWithIntent => "CSAM_POSSESS_WITH_INTENT", Offence, "criterion-csam-possess-with-intent";
    /// Simple possession of child sexual abuse material.
    CsamPossessSimple => "CSAM_POSSESS_SIMPLE", Offence, "criterion-csam-possess-simple";
    /// Knowingly accessing child sexual abuse material online.
    CsamAccess => "CSAM_ACCESS", Offence, "criterion-csam-access";
    /// Possessing, making or trading child-like sex dolls (vilab addition:
    /// Australia's Criminal Code s.273A.1, found by the research of issue 22).
    CsamDolls => "CSAM_DOLLS", Offence, "criterion-csam-dolls";
    /// Grooming a child (online or offline).
    Grooming => "GROOMING", Offence, "criterion-grooming";
    /// The child victim is not punished.
    ChildVictimNonpunishment => "CHILD_VICTIM_NONPUNISHMENT", Measure, "criterion-child-victim-nonpunishment";
    /// Legal persons (companies) can be liable.
    LegalPersonLiability => "LEGAL_PERSON_LIABILITY", Measure, "criterion-legal-person-liability";
    /// A mandatory minimum prison sentence for child sexual offences, which
    /// the court must impose beyond the penalty ranges (vilab addition; the
    /// term itself is each tier's `mandatory_minimum`).
    MandatoryMinimum => "MANDATORY_MINIMUM", Measure, "criterion-mandatory-minimum";
    /// Prosecution of child sexual offences is barred after a limitation
    /// period (vilab addition; the periods are the value's `limitation`).
    StatuteOfLimitations => "STATUTE_OF_LIMITATIONS", Measure, "criterion-statute-of-limitations";
    /// Jurisdiction over its nationals' offences abroad (active nationality).
    EtjActive => "ETJ_ACTIVE", Jurisdiction, "criterion-etj-active";
    /// Jurisdiction over offences abroad against its nationals (passive nationality).
    EtjPassive => "ETJ_PASSIVE", Jurisdiction, "criterion-etj-passive";
    /// Jurisdiction over offences abroad whoever commits them (vilab addition).
    EtjUniversal => "ETJ_UNIVERSAL", Jurisdiction, "criterion-etj-universal";
    /// Extraterritorial jurisdiction requires the conduct to be an offence where committed.
    EtjDoubleCriminality => "ETJ_DOUBLE_CRIMINALITY", Jurisdiction, "criterion-etj-double-criminality";
    /// The state extradites its own nationals (vilab addition).
    ExtraditeNationals => "EXTRADITE_NATIONALS", Measure, "criterion-extradite-nationals";
    /// Confiscation of the instruments of the offence.
    ConfiscationInstruments => "CONFISCATION_INSTRUMENTS", Measure, "criterion-confiscation-instruments";
    /// Confiscation of the proceeds of the offence.
    ConfiscationProceeds => "CONFISCATION_PROCEEDS", Measure, "criterion-confiscation-proceeds";
    /// Confiscated proceeds may fund victim care or services (vilab addition).
    ProceedsFundVictims => "PROCEEDS_FUND_VICTIMS", Measure, "criterion-proceeds-fund-victims";
    /// Courts may order compensation or restitution to child victims (vilab addition).
    VictimCompensation => "VICTIM_COMPENSATION", Measure, "criterion-victim-compensation";
    /// Mandatory reporting by professionals.
    MandatoryReporting => "MANDATORY_REPORTING", Measure, "criterion-mandatory-reporting";
    /// Internet service providers must report.
    IspReporting => "ISP_REPORTING", Measure, "criterion-isp-reporting";
    /// Visa cancellation, expulsion or entry bans for offenders in travel and tourism.
    EntryBanTravel => "ENTRY_BAN_TRAVEL", Measure, "criterion-entry-ban-travel";
}

impl Criterion {
    /// Its label in the reader's language: "Simple possession of child
    /// sexual abuse material" in English.
    pub fn label(self, msgs: &vilab_i18n::Messages) -> String {
        msgs.get(self.label_key())
    }

    /// Whether it is a basis of extraterritorial jurisdiction, whose
    /// values may carry `conditions` (`ETJ_DOUBLE_CRIMINALITY` is a
    /// condition itself, not a basis).
    pub fn is_basis(self) -> bool {
        matches!(self, Criterion::EtjActive | Criterion::EtjPassive | Criterion::EtjUniversal)
    }

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

    #[test]
    fn label_keys_are_the_codes_in_kebab_case() {
        for &c in Criterion::ALL {
            let expected = format!("criterion-{}", c.code().to_ascii_lowercase().replace('_', "-"));
            assert_eq!(c.label_key(), expected);
        }
        assert_eq!(Criterion::CsamPossessSimple.label_key(), "criterion-csam-possess-simple");
    }
}
