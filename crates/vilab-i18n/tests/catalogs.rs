//! The catalogs are complete and consistent in five languages, and numbers,
//! dates and language choice come out as each locale expects.
//!
//! Fluent is forgiving at run time (a parse error drops a message, a missing
//! one falls back to English), so these tests are where a broken or
//! incomplete catalog is caught.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use vilab_i18n::{AREAS, Arg, Lang, Messages, Source, sources, t};

/// A message's id (`key` or `key.attribute`) and the variables it uses.
type Variables = BTreeMap<String, BTreeSet<String>>;

/// Called on each select expression with its selector and variants.
type OnSelect<'a> = dyn FnMut(&InlineExpression<&str>, &[ast::Variant<&str>]) + 'a;

fn parse(source: &Source) -> ast::Resource<&'static str> {
    match fluent_syntax::parser::parse(source.text) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{}: parse errors: {errors:?}", source.path),
    }
}

/// The messages of one file with their variables; attributes as `key.attr`.
fn messages(source: &Source) -> Variables {
    let mut out = Variables::new();
    for entry in parse(source).body {
        let Entry::Message(message) = entry else { continue };
        let id = message.id.name.to_string();
        if let Some(value) = &message.value {
            out.insert(id.clone(), pattern_variables(value));
        }
        for attribute in &message.attributes {
            out.insert(format!("{id}.{}", attribute.id.name), pattern_variables(&attribute.value));
        }
    }
    out
}

fn pattern_variables(pattern: &Pattern<&str>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    walk_pattern(pattern, &mut out, &mut |_, _| {});
    out
}

/// Walks a pattern, collecting variables and calling `on_select` on each
/// select expression.
fn walk_pattern(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>, on_select: &mut OnSelect) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, vars, on_select);
        }
    }
}

fn walk_expression(expression: &Expression<&str>, vars: &mut BTreeSet<String>, on_select: &mut OnSelect) {
    match expression {
        Expression::Select { selector, variants } => {
            on_select(selector, variants);
            walk_inline(selector, vars, on_select);
            for variant in variants {
                walk_pattern(&variant.value, vars, on_select);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, vars, on_select),
    }
}

fn walk_inline(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>, on_select: &mut OnSelect) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => walk_arguments(arguments, vars, on_select),
        InlineExpression::TermReference { arguments: Some(arguments), .. } => {
            walk_arguments(arguments, vars, on_select)
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, vars, on_select),
        _ => {}
    }
}

fn walk_arguments(arguments: &ast::CallArguments<&str>, vars: &mut BTreeSet<String>, on_select: &mut OnSelect) {
    for positional in &arguments.positional {
        walk_inline(positional, vars, on_select);
    }
    for named in &arguments.named {
        walk_inline(&named.value, vars, on_select);
    }
}

/// Every message of `lang`, by file area.
fn catalog(lang: Lang) -> BTreeMap<&'static str, Variables> {
    sources(lang).iter().map(|s| (s.area, messages(s))).collect()
}

#[test]
fn every_catalog_parses_without_errors() {
    for lang in Lang::ALL {
        let mut seen = BTreeMap::new();
        for source in sources(lang) {
            let resource = parse(source);
            for entry in &resource.body {
                if let Entry::Junk { content } = entry {
                    panic!("{}: unparsable text: {content:?}", source.path);
                }
            }
            // Keys are unique across a language's files: the bundle would
            // keep the first and drop the other without a word.
            for key in messages(source).into_keys().filter(|k| !k.contains('.')) {
                if let Some(other) = seen.insert(key.clone(), source.path) {
                    panic!("{key} is in both {other} and {}", source.path);
                }
            }
            // And the bundle accepts it.
            let mut bundle = fluent_bundle::FluentBundle::new(vec![lang.code().parse().unwrap()]);
            let resource = fluent_bundle::FluentResource::try_new(source.text.to_string()).unwrap();
            bundle.add_resource(resource).unwrap_or_else(|e| panic!("{}: {e:?}", source.path));
        }
    }
}

#[test]
fn no_ftl_file_is_left_out_of_the_build() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut dirs: Vec<String> =
        std::fs::read_dir(&root).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    dirs.sort();
    let mut codes: Vec<String> = Lang::ALL.iter().map(|l| l.code().to_string()).collect();
    codes.sort();
    assert_eq!(dirs, codes, "locales/ holds a folder per language, no more");
    for lang in Lang::ALL {
        let mut files: Vec<String> = std::fs::read_dir(root.join(lang.code()))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        files.sort();
        let mut expected: Vec<String> = AREAS.iter().map(|a| format!("{a}.ftl")).collect();
        expected.sort();
        assert_eq!(files, expected, "locales/{}: every file must be listed in catalog.rs", lang.code());
    }
}

#[test]
fn every_language_has_exactly_englishs_keys_in_the_same_files() {
    let english = catalog(Lang::En);
    let mut problems = Vec::new();
    for lang in &Lang::ALL[1..] {
        let other = catalog(*lang);
        for area in AREAS {
            let en_keys: BTreeSet<_> = english[area].keys().collect();
            let keys: BTreeSet<_> = other[area].keys().collect();
            for missing in en_keys.difference(&keys) {
                problems.push(format!("locales/{}/{area}.ftl lacks {missing}", lang.code()));
            }
            for orphan in keys.difference(&en_keys) {
                problems.push(format!("locales/{}/{area}.ftl has {orphan}, which English lacks", lang.code()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_uses_englishs_variables() {
    let english = catalog(Lang::En);
    let mut problems = Vec::new();
    for lang in &Lang::ALL[1..] {
        for (area, messages) in catalog(*lang) {
            for (key, vars) in messages {
                if let Some(en_vars) = english[area].get(&key)
                    && *en_vars != vars
                {
                    problems.push(format!("{}: {key} uses {vars:?}, English {en_vars:?}", lang.code()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn selects_default_to_other_and_use_only_the_languages_plural_forms() {
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        for source in sources(lang) {
            for entry in parse(source).body {
                let Entry::Message(message) = entry else { continue };
                let patterns = message.value.iter().chain(message.attributes.iter().map(|a| &a.value));
                for pattern in patterns {
                    walk_pattern(pattern, &mut BTreeSet::new(), &mut |_, variants| {
                        let default = variants.iter().find(|v| v.default).map(|v| &v.key);
                        if !matches!(default, Some(VariantKey::Identifier { name: "other" })) {
                            problems.push(format!(
                                "{}: {}: the default variant must be *[other]",
                                source.path, message.id.name
                            ));
                        }
                        // Khmer, Lao, Thai and Vietnamese have only CLDR's
                        // "other" cardinal category: a [one] there is never
                        // chosen, a sign of English's structure copied over.
                        if lang != Lang::En {
                            for variant in variants {
                                if let VariantKey::Identifier { name } = &variant.key
                                    && *name != "other"
                                {
                                    problems.push(format!(
                                        "{}: {}: [{name}] is never chosen in this language",
                                        source.path, message.id.name
                                    ));
                                }
                            }
                        }
                    });
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_formats_in_full_in_every_language() {
    for lang in Lang::ALL {
        let msgs = Messages::new(lang);
        for (_, messages) in catalog(lang) {
            for (key, vars) in messages {
                // Each variable as a number: every select of the catalogs is
                // numeric, and a number also prints where text is expected.
                let args: Vec<(&str, Arg)> = vars.iter().map(|v| (v.as_str(), Arg::Int(2))).collect();
                let text = msgs.format(&key, &args);
                assert!(!text.is_empty() && !text.starts_with('<'), "{lang}: {key} gave {text:?}");
                assert!(!text.contains("{$") && !text.contains("{-"), "{lang}: {key} left a reference: {text:?}");
                assert!(
                    !text.contains(['\u{2068}', '\u{2069}']),
                    "{lang}: {key} has Unicode isolation marks: {text:?}"
                );
            }
        }
    }
}

#[test]
fn non_english_files_say_what_awaits_a_native_speakers_review() {
    let mut problems = Vec::new();
    for lang in &Lang::ALL[1..] {
        for source in sources(*lang) {
            if !source.text.starts_with("### Native review status:") {
                problems.push(format!("{}: must start with '### Native review status:'", source.path));
                continue;
            }
            let mut listed = BTreeMap::new();
            for line in source.text.lines().take_while(|l| l.starts_with("###")) {
                for (label, prefix) in [("needs-review", "### needs-review:"), ("reviewed", "### reviewed:")] {
                    if let Some(keys) = line.strip_prefix(prefix) {
                        for key in keys.split_whitespace() {
                            if let Some(first) = listed.insert(key.to_string(), label) {
                                problems.push(format!("{}: {key} listed as {first} and {label}", source.path));
                            }
                        }
                    }
                }
            }
            let keys: BTreeSet<String> = messages(source).into_keys().filter(|k| !k.contains('.')).collect();
            for key in &keys {
                if !listed.contains_key(key) {
                    problems.push(format!("{}: {key} is in neither needs-review nor reviewed", source.path));
                }
            }
            for key in listed.keys() {
                if !keys.contains(key) {
                    problems.push(format!("{}: the header lists {key}, which the file lacks", source.path));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

const GLOSSARY: &str = include_str!("../GLOSSARY.md");

/// The deny-list of GLOSSARY.md: (language, term).
fn deny_list() -> Vec<(String, String)> {
    let start = GLOSSARY.find("```deny-list\n").expect("GLOSSARY.md has a ```deny-list block");
    let block = &GLOSSARY[start + "```deny-list\n".len()..];
    let block = &block[..block.find("```").expect("the deny-list block is closed")];
    block
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (lang, term) = l.split_once(':').expect("deny-list lines are 'lang: term'");
            assert!(Lang::parse(lang.trim()).is_some(), "deny-list: unknown language {lang}");
            (lang.trim().to_string(), term.trim().to_lowercase())
        })
        .collect()
}

#[test]
fn no_catalog_says_child_pornography_in_any_language() {
    let denied = deny_list();
    for lang in ["en", "km", "lo", "th", "vi"] {
        assert!(denied.iter().any(|(l, _)| l == lang), "the deny-list has no term for {lang}");
    }
    assert!(denied.iter().any(|(_, t)| t == "child pornography"));
    for lang in Lang::ALL {
        for source in sources(lang) {
            // Comments too: a catalog is no place for the term at all.
            let text = source.text.to_lowercase();
            for (term_lang, term) in &denied {
                assert!(!text.contains(term.as_str()), "{} contains the {term_lang} term \"{term}\"", source.path);
            }
        }
    }
}

#[test]
fn terms_are_the_glossarys() {
    let cells: BTreeSet<&str> =
        GLOSSARY.lines().filter(|l| l.starts_with('|')).flat_map(|l| l.split('|').map(str::trim)).collect();
    for lang in Lang::ALL {
        let msgs = Messages::new(lang);
        for key in messages(sources(lang).iter().find(|s| s.area == "terms").unwrap()).into_keys() {
            let text = msgs.get(&key);
            let found = if lang == Lang::En { GLOSSARY.contains(&text) } else { cells.contains(text.as_str()) };
            assert!(found, "{lang}: {key} = {text:?} is not a rendering of GLOSSARY.md");
        }
    }
}

#[test]
fn vietnamese_and_all_text_is_precomposed() {
    // Vietnamese in decomposed form (a base letter and combining marks)
    // looks the same but matches neither the deny-list nor a search typed
    // on a Vietnamese keyboard.
    for lang in Lang::ALL {
        for source in sources(lang) {
            let combining = source.text.chars().find(|c| matches!(*c as u32, 0x0300..=0x036F | 0x1DC0..=0x1DFF));
            assert!(combining.is_none(), "{}: combining mark {combining:?}: write it precomposed (NFC)", source.path);
        }
    }
}

#[test]
fn messages_are_shared_across_threads() {
    fn shareable<T: Send + Sync + Copy>() {}
    shareable::<Messages>();
    let msgs = Messages::new(Lang::Th);
    let texts: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..4).map(|n| scope.spawn(move || t!(msgs, "ingest-files-found", count = n))).collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(texts[3], "พบ 3 ไฟล์");
}

#[test]
fn counts_take_the_locales_separators_and_plurals() {
    let cases = [
        (Lang::En, "Found 12,345 files"),
        (Lang::Km, "បានរកឃើញឯកសារចំនួន 12,345"),
        (Lang::Lo, "ພົບ 12.345 ໄຟລ໌"),
        (Lang::Th, "พบ 12,345 ไฟล์"),
        (Lang::Vi, "Đã tìm thấy 12.345 tệp"),
    ];
    for (lang, expected) in cases {
        assert_eq!(t!(Messages::new(lang), "ingest-files-found", count = 12345), expected);
    }
    let en = Messages::new(Lang::En);
    assert_eq!(t!(en, "ingest-files-found", count = 1), "Found 1 file");
    assert_eq!(t!(en, "ingest-files-found", count = 0u64), "Found 0 files");
    assert_eq!(t!(en, "error-login-throttled", seconds = 1), "Too many failed logins. Try again in 1 second.");
    // Numeric variants: [0] and [1] before *[other].
    assert_eq!(
        t!(en, "law-import-removed", id = "3", name = "x.toml", remaining = 0, ids = ""),
        "removed import 3 (x.toml); the matrix is now the bundled facts alone"
    );
    assert_eq!(
        t!(en, "law-import-removed", id = "3", name = "x.toml", remaining = 2usize, ids = "1, 2"),
        "removed import 3 (x.toml); the matrix now applies imports 1, 2 in that order"
    );
    // Text is written as it is: an id given as text is never grouped.
    assert_eq!(t!(en, "ingest-resolved-by", run = "12345"), "(resolved by run 12345)");
    // Measures keep up to three decimals, in the locale's separator.
    let vi = Messages::new(Lang::Vi);
    assert_eq!(
        t!(vi, "error-login-throttled", seconds = 2.5),
        "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 2,5 giây."
    );
}

#[test]
fn numbers_follow_cldr() {
    let cases = [
        (Lang::En, "1,234,567.891", "-1,234,567", "0.5"),
        (Lang::Km, "1,234,567.891", "-1,234,567", "0.5"),
        (Lang::Lo, "1.234.567,891", "-1.234.567", "0,5"),
        (Lang::Th, "1,234,567.891", "-1,234,567", "0.5"),
        (Lang::Vi, "1.234.567,891", "-1.234.567", "0,5"),
    ];
    for (lang, number, integer, half) in cases {
        let msgs = Messages::new(lang);
        assert_eq!(msgs.number(1_234_567.891_2), number, "{lang}");
        assert_eq!(msgs.integer(-1_234_567), integer, "{lang}");
        assert_eq!(msgs.number(0.5), half, "{lang}");
        assert_eq!(msgs.integer(999), "999", "{lang}");
    }
    let en = Messages::new(Lang::En);
    assert_eq!(en.number_fixed(12.5, 2), "12.50");
    assert_eq!(en.number_fixed(1234.5678, 1), "1,234.6");
    assert_eq!(en.number(f64::NAN), "NaN");
    assert_eq!(Messages::new(Lang::Vi).number_fixed(7.0, 1), "7,0");
}

#[test]
fn dates_are_iso_for_records_and_the_locales_for_people() {
    // 2026-12-07 14:03:05 UTC.
    let instant = 1_796_652_185;
    let people = [
        (Lang::En, "7 Dec 2026"),
        (Lang::Km, "7 ធ្នូ 2026"),
        (Lang::Lo, "7 ທ.ວ. 2026"),
        (Lang::Th, "7 ธ.ค. พ.ศ. 2569"),
        (Lang::Vi, "7 thg 12, 2026"),
    ];
    for (lang, date) in people {
        let msgs = Messages::new(lang);
        assert_eq!(msgs.date_time(instant), "2026-12-07 14:03 UTC", "{lang}");
        assert_eq!(msgs.date_time_seconds(instant), "2026-12-07 14:03:05 UTC", "{lang}");
        assert_eq!(msgs.date(instant), date, "{lang}");
    }
    let en = Messages::new(Lang::En);
    assert_eq!(en.date_time(0), "1970-01-01 00:00 UTC");
    // 1 September 2026 (a long month abbreviation).
    assert_eq!(en.date(1_788_220_800), "1 Sept 2026");
    assert_eq!(Messages::new(Lang::Th).date(1_788_220_800), "1 ก.ย. พ.ศ. 2569");
}

#[test]
fn lang_parses_codes_and_posix_locale_names() {
    let cases = [
        ("th", Some(Lang::Th)),
        ("TH", Some(Lang::Th)),
        ("th-TH", Some(Lang::Th)),
        ("th_TH.UTF-8", Some(Lang::Th)),
        ("km_KH", Some(Lang::Km)),
        ("km-Khmr-KH", Some(Lang::Km)),
        ("lo_LA.utf8", Some(Lang::Lo)),
        ("vi_VN.UTF-8@euro", Some(Lang::Vi)),
        ("vie", Some(Lang::Vi)),
        ("en_US.UTF-8", Some(Lang::En)),
        (" en ", Some(Lang::En)),
        ("C", Some(Lang::En)),
        ("C.UTF-8", Some(Lang::En)),
        ("POSIX", Some(Lang::En)),
        ("de_DE.UTF-8", None),
        ("kh", None),
        ("", None),
        ("thai", None),
    ];
    for (text, expected) in cases {
        assert_eq!(Lang::parse(text), expected, "{text:?}");
    }
    for lang in Lang::ALL {
        assert_eq!(Lang::parse(lang.code()), Some(lang));
        assert!(!lang.name().is_empty());
    }
    assert_eq!(Lang::Th.name(), "ภาษาไทย");
    // Serialized as its code, the same as Display.
    assert_eq!(serde_json::to_string(&Lang::Km).unwrap(), "\"km\"");
    assert_eq!(serde_json::from_str::<Lang>("\"th\"").unwrap(), Lang::Th);
    assert_eq!(Lang::Vi.to_string(), "vi");
}

#[test]
fn detection_order_is_flag_vilab_lang_then_posix() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
    };
    assert_eq!(Lang::detect_with(Some("vi"), env(&[("VILAB_LANG", "th"), ("LANG", "km_KH")])), Lang::Vi);
    assert_eq!(Lang::detect_with(None, env(&[("VILAB_LANG", "th"), ("LANG", "km_KH")])), Lang::Th);
    // An unknown flag or $VILAB_LANG is passed over.
    assert_eq!(Lang::detect_with(Some("xx"), env(&[("VILAB_LANG", "zz"), ("LANG", "lo_LA")])), Lang::Lo);
    // POSIX: LC_ALL, then LC_MESSAGES, then LANG; empty means unset.
    let all = env(&[("LC_ALL", "th_TH.UTF-8"), ("LC_MESSAGES", "vi_VN"), ("LANG", "km_KH")]);
    assert_eq!(Lang::detect_with(None, all), Lang::Th);
    let messages = env(&[("LC_ALL", ""), ("LC_MESSAGES", "vi_VN"), ("LANG", "km_KH")]);
    assert_eq!(Lang::detect_with(None, messages), Lang::Vi);
    assert_eq!(Lang::detect_with(None, env(&[("LANG", "km_KH.UTF-8")])), Lang::Km);
    // A locale vilab has no catalog for means English; POSIX does not look
    // past LC_ALL either.
    assert_eq!(Lang::detect_with(None, env(&[("LC_ALL", "de_DE.UTF-8"), ("LANG", "th_TH")])), Lang::En);
    assert_eq!(Lang::detect_with(None, env(&[("LANG", "C")])), Lang::En);
    assert_eq!(Lang::detect_with(None, env(&[])), Lang::En);
}

/// The one test that touches the process's environment, so that no other
/// test races with it.
#[test]
#[allow(unsafe_code)]
fn detection_reads_the_process_environment() {
    let names = ["VILAB_LANG", "LC_ALL", "LC_MESSAGES", "LANG"];
    let saved: Vec<_> = names.iter().map(|n| (n, std::env::var_os(n))).collect();
    // SAFETY: no other test of this binary reads or writes the environment
    // (the others use `Lang::detect_with`), and no other thread of this
    // test calls getenv/setenv meanwhile.
    unsafe {
        for name in names {
            std::env::remove_var(name);
        }
        std::env::set_var("LANG", "lo_LA.UTF-8");
        assert_eq!(Lang::detect(None), Lang::Lo);
        std::env::set_var("LC_MESSAGES", "th_TH.UTF-8");
        assert_eq!(Lang::detect(None), Lang::Th);
        std::env::set_var("VILAB_LANG", "vi");
        assert_eq!(Lang::detect(None), Lang::Vi);
        assert_eq!(Lang::detect(Some("km")), Lang::Km);
        std::env::set_var("LC_ALL", "C");
        std::env::remove_var("VILAB_LANG");
        assert_eq!(Lang::detect(None), Lang::En);
        for (name, value) in saved {
            match value {
                Some(value) => std::env::set_var(name, value),
                None => std::env::remove_var(name),
            }
        }
    }
}
