//! Category profiles: how a source's raw category numbers read. The raw
//! number is always stored as it came; a profile only names it.

use serde::Serialize;

/// A named reading of category numbers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Profile {
    /// The name used on the command line (`vic-us`).
    pub name: &'static str,
    /// What it is.
    pub description: &'static str,
    /// (raw number, label).
    pub categories: &'static [(u8, &'static str)],
}

impl Profile {
    /// The label of a raw number; `None` for a number the profile does not name.
    pub fn label(&self, category: Option<u8>) -> Option<&'static str> {
        match category {
            None => Some("uncategorized"),
            Some(n) => self.categories.iter().find(|(c, _)| *c == n).map(|(_, l)| *l),
        }
    }
}

/// The built-in profiles (see `shared/docs/formats.md`, "Category numbers").
pub const PROFILES: &[Profile] = &[
    Profile {
        name: "vic-us",
        description: "Project VIC US",
        categories: &[
            (0, "non-pertinent"),
            (1, "child abuse material (CAM)"),
            (2, "child exploitive (non-CAM) / age difficult"),
            (3, "CGI / animation"),
            (4, "comparison images"),
        ],
    },
    Profile {
        name: "dhs",
        description: "older DHS scheme CAT-0..5",
        categories: &[
            (0, "CAT-0 uncategorized"),
            (1, "CAT-1"),
            (2, "CAT-2"),
            (3, "CAT-3"),
            (4, "CAT-4"),
            (5, "CAT-5 non-pertinent"),
        ],
    },
    Profile { name: "caid", description: "UK CAID grades", categories: &[(1, "A"), (2, "B"), (3, "C")] },
    Profile { name: "lab", description: "the lab's own numbers, unnamed", categories: &[] },
];

/// The profile of that name.
pub fn profile(name: &str) -> Option<&'static Profile> {
    PROFILES.iter().find(|p| p.name.eq_ignore_ascii_case(name))
}
