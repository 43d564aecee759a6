//! Fields of tab-separated output, escaped so that no value can forge a
//! column or a row: `\` as `\\`, tab as `\t`, newline as `\n`, carriage
//! return as `\r`, other control characters as `\xHH` (the convention of
//! PostgreSQL's text `COPY` format). Names are already in their display
//! form ([`vilab_core::name`]), which follows the same convention.

use std::borrow::Cow;

/// `text` as a TSV field.
pub fn field(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c == '\\' || c.is_control()) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(vilab_core::name::escape_utf8(text.as_bytes()))
}

/// A TSV line of `fields`, each escaped.
pub fn line<'a>(fields: impl IntoIterator<Item = &'a str>) -> String {
    fields.into_iter().map(field).collect::<Vec<_>>().join("\t")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_with_a_tab_and_a_newline_stays_one_field_of_one_row() {
        let forged = "a\tb\nc\\d";
        let row = line(["x", forged, "y"]);
        assert_eq!(row.split('\t').count(), 3);
        assert!(!row.contains('\n'));
        assert_eq!(field(forged), "a\\tb\\nc\\\\d");
        assert_eq!(field("plain ข้อความ"), "plain ข้อความ");
    }
}
