//! Imported files of legal facts: kept whole, in order, each id given once.

use super::Factory;

pub fn law_imports_are_kept_whole_and_in_order(make: Factory) {
    let lab = make();
    assert!(lab.store().law_imports().unwrap().is_empty());
    let first = lab.store().add_law_import("kh-fix.toml", "[jurisdiction]\ncode = \"KH\"\n").unwrap();
    let second = lab.store().add_law_import("th-fix.toml", "# ភាសាខ្មែរ, ไทย\n").unwrap();
    assert!(second.id > first.id);
    let lab = lab.reopen();
    let imports = lab.store().law_imports().unwrap();
    assert_eq!(imports, vec![first, second]);
    assert_eq!(imports[1].content, "# ភាសាខ្មែរ, ไทย\n");
    assert_eq!(imports[0].sha256.len(), 64);
}

pub fn removing_a_law_import_keeps_the_others_in_order(make: Factory) {
    let lab = make();
    let imports: Vec<_> = ["a.toml", "b.toml", "c.toml"]
        .iter()
        .map(|n| lab.store().add_law_import(n, &format!("# {n}\n")).unwrap())
        .collect();
    assert!(lab.store().remove_law_import(imports[1].id).unwrap());
    assert!(!lab.store().remove_law_import(imports[1].id).unwrap(), "a second removal finds nothing");
    assert!(!lab.store().remove_law_import(9999).unwrap());
    let lab = lab.reopen();
    assert_eq!(lab.store().law_imports().unwrap(), vec![imports[0].clone(), imports[2].clone()]);
    // The newest removed, its id is never given again: "import 3" names one file for good.
    assert!(lab.store().remove_law_import(imports[2].id).unwrap());
    let next = lab.store().add_law_import("d.toml", "# d\n").unwrap();
    assert!(next.id > imports[2].id, "{} reused", next.id);
}
