//! Category profiles: how a source's raw category numbers read. The raw
//! number is always stored as it came; a profile only names it. Four are
//! built in; a lab adds its own in `profiles.toml` in the lab directory:
//!
//! ```toml
//! [[profile]]
//! name = "kh-police"
//! description = "Cambodian national police grading"
//! categories = { 1 = "grade 1", 2 = "grade 2" }
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::{HashsetError, Result, not_utf8, quoted};

/// A named reading of category numbers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Profile {
    /// The name used on the command line (`vic-us`).
    pub name: String,
    /// What it is.
    pub description: String,
    /// Raw number to label.
    pub categories: BTreeMap<u8, String>,
}

impl Profile {
    /// The label of a raw number; `None` for a number the profile does not name.
    pub fn label(&self, category: Option<u8>) -> Option<&str> {
        match category {
            None => Some("uncategorized"),
            Some(n) => self.categories.get(&n).map(String::as_str),
        }
    }
}

fn builtin(name: &str, description: &str, categories: &[(u8, &str)]) -> Profile {
    Profile {
        name: name.into(),
        description: description.into(),
        categories: categories.iter().map(|(n, l)| (*n, l.to_string())).collect(),
    }
}

/// The built-in profiles (see `shared/docs/formats.md`, "Category numbers").
pub fn builtins() -> Vec<Profile> {
    vec![
        builtin(
            "vic-us",
            "Project VIC US",
            &[
                (0, "non-pertinent"),
                (1, "child abuse material (CAM)"),
                (2, "child exploitive (non-CAM) / age difficult"),
                (3, "CGI / animation"),
                (4, "comparison images"),
            ],
        ),
        builtin(
            "dhs",
            "older DHS scheme CAT-0..5",
            &[
                (0, "CAT-0 uncategorized"),
                (1, "CAT-1"),
                (2, "CAT-2"),
                (3, "CAT-3"),
                (4, "CAT-4"),
                (5, "CAT-5 non-pertinent"),
            ],
        ),
        builtin("caid", "UK CAID grades", &[(1, "A"), (2, "B"), (3, "C")]),
        builtin("lab", "the lab's own numbers, unnamed", &[]),
    ]
}

/// The profiles a lab reads categories through: the built-in ones, then
/// its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Profiles {
    /// In lookup order.
    pub all: Vec<Profile>,
}

impl Default for Profiles {
    fn default() -> Self {
        Self { all: builtins() }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    profile: Vec<RawProfile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProfile {
    name: toml::Spanned<String>,
    #[serde(default)]
    description: String,
    #[serde(default)]
    categories: BTreeMap<toml::Spanned<String>, String>,
}

impl Profiles {
    /// [`Profiles::with_lab_file`] of a `profiles.toml` as read from disk:
    /// text that is not UTF-8 is refused with the line and byte offset of
    /// its first bad byte.
    pub fn with_lab_bytes(bytes: &[u8]) -> Result<Self> {
        let text = std::str::from_utf8(bytes).map_err(|e| not_utf8(bytes, e.valid_up_to()))?;
        Self::with_lab_file(text)
    }

    /// The built-in profiles and those of a lab's `profiles.toml` text.
    /// A name may not repeat a built-in one; keys must be numbers 0–255.
    pub fn with_lab_file(text: &str) -> Result<Self> {
        // 1-based line and column of a byte offset.
        let place = |offset: usize| {
            let before = &text[..offset.min(text.len())];
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            (before.matches('\n').count() + 1, before[line_start..].chars().count() + 1)
        };
        let bad = |offset: usize, field: String, message: String| {
            let (line, column) = place(offset);
            HashsetError::Syntax { line, column, field, message }
        };
        let file: File = toml::from_str(text).map_err(|e| {
            bad(e.span().map_or(0, |s| s.start), "profiles.toml".into(), e.message().trim().to_string())
        })?;
        let mut profiles = Self::default();
        for (i, raw) in file.profile.into_iter().enumerate() {
            let name_at = raw.name.span().start;
            let name = raw.name.into_inner();
            if profiles.get(&name).is_some() {
                return Err(bad(
                    name_at,
                    format!("profile[{i}].name"),
                    format!("{} is already a profile", quoted(&name)),
                ));
            }
            let mut categories = BTreeMap::new();
            for (key, label) in raw.categories {
                let key_at = key.span().start;
                let key = key.into_inner();
                let n: u8 = key.parse().map_err(|_| {
                    bad(
                        key_at,
                        format!("profile[{i}].categories.{key}"),
                        format!("{} is not a category number 0..=255", quoted(&key)),
                    )
                })?;
                categories.insert(n, label);
            }
            profiles.all.push(Profile { name, description: raw.description, categories });
        }
        Ok(profiles)
    }

    /// The profile of that name (ignoring ASCII case).
    pub fn get(&self, name: &str) -> Option<&Profile> {
        self.all.iter().find(|p| p.name.eq_ignore_ascii_case(name))
    }

    /// The label of a raw number in a profile: its name there, or
    /// `category N` when the profile (or the profile itself) is unknown.
    pub fn label(&self, profile: &str, category: Option<u8>) -> String {
        self.get(profile)
            .and_then(|p| p.label(category))
            .map(str::to_string)
            .unwrap_or_else(|| category.map_or("uncategorized".into(), |c| format!("category {c}")))
    }
}

#[cfg(test)]
mod tests {
    use super::Profiles;
    use crate::HashsetError;

    #[test]
    fn lab_profiles_add_to_the_builtins() {
        let profiles = Profiles::with_lab_file(
            "[[profile]]\nname = \"kh-police\"\ncategories = { 1 = \"grade 1\", 7 = \"grade 7\" }\n",
        )
        .unwrap();
        assert_eq!(profiles.label("kh-police", Some(7)), "grade 7");
        assert_eq!(profiles.label("kh-police", Some(2)), "category 2");
        assert_eq!(profiles.label("vic-us", Some(1)), "child abuse material (CAM)");
        assert_eq!(profiles.label("vic-us", None), "uncategorized");
    }

    #[test]
    fn bad_lab_profiles_are_refused_with_their_line_column_and_field() {
        let cases = [
            ("[[profile]]\nname = \"vic-us\"\n", (2, 8, "profile[0].name"), "already a profile"),
            (
                "[[profile]]\nname = \"a\"\n\n[[profile]]\nname = \"A\"\n",
                (5, 8, "profile[1].name"),
                "already a profile",
            ),
            (
                "[[profile]]\nname = \"x\"\ncategories = { 1 = \"a\", one = \"b\" }\n",
                (3, 25, "profile[0].categories.one"),
                "not a category number",
            ),
            ("[[profile]]\nname = \"x\"\ncolour = 1\n", (3, 1, "profiles.toml"), "unknown field"),
            ("[[profile]]\nname = 3\n", (2, 8, "profiles.toml"), "invalid type"),
        ];
        for (text, (line, column, field), message) in cases {
            match Profiles::with_lab_file(text) {
                Err(HashsetError::Syntax { line: l, column: c, field: f, message: m }) => {
                    assert_eq!((l, c, f.as_str()), (line, column, field), "{text:?}");
                    assert!(m.contains(message), "{text:?}: {m}");
                }
                other => panic!("{text:?}: {other:?}"),
            }
        }
    }

    #[test]
    fn a_profiles_file_that_is_not_utf8_names_the_line_and_byte_offset() {
        let bytes = b"[[profile]]\nname = \"kh\"\ndescription = \"caf\xe9\"\n";
        match Profiles::with_lab_bytes(bytes) {
            Err(e @ HashsetError::NotUtf8 { line: 3, offset: 42 }) => {
                assert_eq!(e.to_string(), "line 3, byte offset 42: not valid UTF-8 (save the file as UTF-8)");
            }
            other => panic!("{other:?}"),
        }
        assert!(Profiles::with_lab_bytes("[[profile]]\nname = \"café\"\n".as_bytes()).is_ok());
    }

    #[test]
    fn a_huge_profile_key_is_quoted_cut() {
        let text = format!("[[profile]]\nname = \"x\"\ncategories = {{ {} = \"a\" }}\n", "k".repeat(300_000));
        let message = Profiles::with_lab_file(&text).unwrap_err().to_string();
        assert!(message.len() < 1000 && message.contains("k…") && message.ends_with("not a category number 0..=255"));
    }
}
