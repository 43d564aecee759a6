//! Small typed row ids, so that a case id cannot be passed where an exhibit
//! id is expected. They are database row ids: stable inside one lab, never
//! meaningful in another (cases and exhibits also carry a random `uid` for
//! exchange between labs).

use std::fmt;

macro_rules! row_id {
    ($name:ident, $doc:expr) => {
        #[doc = $doc]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}

row_id!(AccountId, "Row id of an account.");
row_id!(CaseId, "Row id of a case.");
row_id!(ExhibitId, "Row id of an exhibit.");
row_id!(MediaRowId, "Row id of a media item (its id is its SHA-256; this is shorter to type).");
row_id!(RunId, "Row id of an ingest run.");
row_id!(SessionId, "Row id of a log-in session.");
