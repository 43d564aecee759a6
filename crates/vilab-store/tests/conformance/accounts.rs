//! Accounts, roles, case membership, log-in sessions and failed-log-in
//! counters as the store keeps them (what they mean is the application
//! layer's: these tests check only that the store keeps them faithfully).

use vilab_store::model::NewSession;
use vilab_store::{NewAccount, Role, Store, StoreError};

use super::Factory;
use crate::common::admin;

fn account(store: &dyn Store, name: &str, role: Role) -> vilab_store::Account {
    store.create_account(&NewAccount { username: name.into(), password: "a long password".into(), role }).unwrap()
}

pub fn every_role_is_stored_and_read_back(make: Factory) {
    let lab = make();
    let store = lab.store();
    for role in Role::ALL {
        let name = format!("user-{}", role.as_str());
        let made = account(store, &name, role);
        assert_eq!(store.account_by_id(made.id).unwrap().unwrap().role, role);
        assert_eq!(store.account_by_name(&name.to_uppercase()).unwrap().unwrap().id, made.id);
    }
    let changed = store.account_by_name("user-trainee").unwrap().unwrap();
    store.set_account_role(changed.id, Role::Trainer).unwrap();
    assert_eq!(store.account_by_id(changed.id).unwrap().unwrap().role, Role::Trainer);
    assert!(matches!(
        store.set_account_role(vilab_store::AccountId(999), Role::Admin),
        Err(StoreError::NotFound { what: "account", id: 999 })
    ));
}

pub fn passwords_verify_and_accounts_are_unique(make: Factory) {
    let lab = make();
    let store = lab.store();
    assert!(store.check_password("admin", "correct horse battery").unwrap().is_some());
    assert!(store.check_password("admin", "wrong horse battery").unwrap().is_none());
    assert!(store.check_password("nobody", "correct horse battery").unwrap().is_none());

    let analyst = NewAccount { username: "somchai".into(), password: "another long one".into(), role: Role::Analyst };
    let created = store.create_account(&analyst).unwrap();
    assert_eq!(created.role, Role::Analyst);
    assert!(store.check_password("somchai", "another long one").unwrap().is_some());
    assert!(store.check_password("somchai", "correct horse battery").unwrap().is_none());

    let err = store.create_account(&NewAccount { username: "SOMCHAI".into(), ..analyst.clone() }).unwrap_err();
    assert_eq!(err.to_string(), "account 'somchai' already exists".replace("somchai", "SOMCHAI"));
    let err = store.create_account(&NewAccount { username: "has space".into(), ..analyst }).unwrap_err();
    assert!(err.to_string().starts_with("invalid username"), "{err}");

    let names: Vec<_> = store.list_accounts().unwrap().into_iter().map(|a| a.username).collect();
    assert_eq!(names, ["admin", "somchai"]);
    // The debug form never shows a password.
    assert!(!format!("{:?}", admin()).contains("horse"));
}

pub fn disabling_an_account_revokes_its_sessions_and_enabling_does_not_reopen_them(make: Factory) {
    let lab = make();
    let store = lab.store();
    let somchai = account(store, "somchai", Role::Analyst);
    let session = |token: u8| NewSession {
        token_sha256: [token; 32],
        account: somchai.id,
        created_at: 100,
        expires_at: 200,
        source: "cli uid=1000".into(),
    };
    let first = store.open_session(&session(1)).unwrap();
    let second = store.open_session(&session(2)).unwrap();
    assert_eq!(store.session_by_token(&[1; 32]).unwrap().unwrap().id, first);
    assert!(store.session_by_token(&[3; 32]).unwrap().is_none());

    store.touch_session(first, 150).unwrap();
    store.touch_session(first, 120).unwrap(); // never goes back
    assert_eq!(store.session_by_token(&[1; 32]).unwrap().unwrap().last_seen_at, 150);

    assert!(store.revoke_session(first, 160).unwrap());
    assert!(!store.revoke_session(first, 170).unwrap(), "a revoked session stays revoked at its first time");
    assert_eq!(store.session_by_token(&[1; 32]).unwrap().unwrap().revoked_at, Some(160));

    store.set_account_disabled(somchai.id, Some(180)).unwrap();
    assert_eq!(store.account_by_id(somchai.id).unwrap().unwrap().disabled_at, Some(180));
    assert_eq!(store.session_by_token(&[2; 32]).unwrap().unwrap().revoked_at, Some(180));
    let _ = second;

    store.set_account_disabled(somchai.id, None).unwrap();
    assert_eq!(store.account_by_id(somchai.id).unwrap().unwrap().disabled_at, None);
    assert_eq!(store.session_by_token(&[2; 32]).unwrap().unwrap().revoked_at, Some(180));
}

pub fn a_disabled_account_still_checks_its_password_so_the_caller_decides(make: Factory) {
    let lab = make();
    let store = lab.store();
    let somchai = account(store, "somchai", Role::Analyst);
    store.set_account_disabled(somchai.id, Some(1)).unwrap();
    let found = store.check_password("somchai", "a long password").unwrap().unwrap();
    assert_eq!(found.disabled_at, Some(1));
    store.set_password(somchai.id, "another long password").unwrap();
    assert!(store.check_password("somchai", "a long password").unwrap().is_none());
    assert!(store.check_password("somchai", "another long password").unwrap().is_some());
    assert!(matches!(store.set_password(somchai.id, "short"), Err(StoreError::Invalid { field: "password", .. })));
}

pub fn membership_is_kept_once_per_account_and_case(make: Factory) {
    let lab = make();
    let store = lab.store();
    let somchai = account(store, "somchai", Role::Analyst);
    let lan = account(store, "lan", Role::Investigator);
    let a = store.create_case("OP-A").unwrap();
    let b = store.create_case("OP-B").unwrap();
    assert!(store.add_case_member(somchai.id, a.id, 10).unwrap());
    assert!(!store.add_case_member(somchai.id, a.id, 11).unwrap());
    assert!(store.add_case_member(somchai.id, b.id, 12).unwrap());
    assert!(store.add_case_member(lan.id, b.id, 13).unwrap());
    assert_eq!(store.account_cases(somchai.id).unwrap(), vec![a.id, b.id]);
    assert_eq!(store.case_members(b.id).unwrap(), vec![somchai.id, lan.id]);
    assert!(store.remove_case_member(somchai.id, b.id).unwrap());
    assert!(!store.remove_case_member(somchai.id, b.id).unwrap());
    assert_eq!(store.account_cases(somchai.id).unwrap(), vec![a.id]);
    assert!(store.add_case_member(somchai.id, vilab_store::CaseId(999), 14).is_err(), "a case that does not exist");
}

pub fn failed_log_ins_count_per_key_until_cleared(make: Factory) {
    let lab = make();
    let store = lab.store();
    let keys = ["account:somchai".to_string(), "source:cli uid=1000".to_string()];
    assert!(store.login_failures(&keys).unwrap().is_empty());
    store.record_login_failure(&keys, 100).unwrap();
    store.record_login_failure(&keys[..1], 105).unwrap();
    let counted = store.login_failures(&keys).unwrap();
    assert_eq!((counted[0].failures, counted[0].last_failure_at), (2, 105));
    assert_eq!((counted[1].failures, counted[1].last_failure_at), (1, 100));
    store.clear_login_failures(&keys[..1]).unwrap();
    let counted = store.login_failures(&keys).unwrap();
    assert_eq!(counted.len(), 1);
    assert_eq!(counted[0].key, keys[1]);
}
