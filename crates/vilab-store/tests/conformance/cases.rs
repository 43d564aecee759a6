//! Cases and exhibits: names unique without regard to ASCII case, exhibits
//! opened or created once.

use vilab_store::StoreError;

use super::{Factory, with_case};

pub fn case_names_are_unique(make: Factory) {
    let (lab, case, _) = with_case(make);
    let store = lab.store();
    let err = store.create_case("OP-1").unwrap_err();
    assert_eq!(err.to_string(), "case 'OP-1' already exists");
    let err = store.create_case("op-1").unwrap_err();
    assert!(matches!(err, StoreError::CaseExists { .. }), "{err}");
    assert!(store.create_case("  ").is_err());
    assert!(store.create_case(" padded").is_err());

    let found = store.case_by_name("OP-1").unwrap().unwrap();
    assert_eq!(found.id, case);
    assert_eq!(found.uid.len(), 32);
    assert_eq!(store.case_by_id(case).unwrap().unwrap(), found);
    assert!(store.case_by_name("OP-2").unwrap().is_none());

    store.create_case("Alpha").unwrap();
    let names: Vec<_> = store.list_cases().unwrap().into_iter().map(|s| s.case.name).collect();
    assert_eq!(names, ["Alpha", "OP-1"]);
}

pub fn open_exhibit_gets_or_creates(make: Factory) {
    let (lab, case, exhibit) = with_case(make);
    let store = lab.store();
    let again = store.open_exhibit(case, "laptop", "/media/elsewhere").unwrap();
    assert_eq!(again.id, exhibit);
    assert_eq!(again.source_path, "/mnt/laptop", "the first source path is kept");
    let phone = store.open_exhibit(case, "phone", "/mnt/phone").unwrap();
    assert_ne!(phone.id, exhibit);
    let names: Vec<_> = store.exhibits(case).unwrap().into_iter().map(|e| e.name).collect();
    assert_eq!(names, ["laptop", "phone"]);

    let err = store.open_exhibit(vilab_store::CaseId(999), "x", "/x").unwrap_err();
    assert_eq!(err.to_string(), "case 999 not found");
}
