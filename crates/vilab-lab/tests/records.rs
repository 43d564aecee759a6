//! Records beside the media through the application layer: a person's
//! identification status kept with who set it and audited without its
//! label, leads on an item of the case with an owner who must be a member,
//! records of another case not found, and a Thai word found inside a
//! sentence written without spaces.

mod common;

use common::{ADMIN, Fixture, MEMBER_CASE, OTHER_CASE, SETUP, user_of};
use vilab_lab::{Code, Role};
use vilab_store::model::records::*;

#[test]
fn identification_status_keeps_who_set_it_and_is_audited_without_the_label() {
    let fx = Fixture::new();
    let analyst = fx.session(&user_of(Role::Analyst));
    let investigator = fx.session(&user_of(Role::Investigator));
    let created = analyst.create_person(MEMBER_CASE, PersonKind::Victim, "Sokha P.", "seen in series beach").unwrap();
    let id = created.person.id;
    assert_eq!(created.person.status, IdStatus::Unidentified);
    fx.clock.advance(60);
    let identified = investigator.set_person_status(MEMBER_CASE, id, IdStatus::Identified).unwrap();
    assert_eq!(identified.person.status, IdStatus::Identified);
    fx.clock.advance(60);
    let safe = analyst.set_person_status(MEMBER_CASE, id, IdStatus::Safeguarded).unwrap();
    let who: Vec<&str> = safe.history.iter().map(|h| safe.accounts[&h.by].as_str()).collect();
    let analyst_name = user_of(Role::Analyst);
    let investigator_name = user_of(Role::Investigator);
    assert_eq!(who, [analyst_name.as_str(), investigator_name.as_str(), analyst_name.as_str()]);
    assert_eq!(
        safe.history.iter().map(|h| h.status).collect::<Vec<_>>(),
        [IdStatus::Unidentified, IdStatus::Identified, IdStatus::Safeguarded]
    );
    assert!(safe.history[0].at < safe.history[1].at && safe.history[1].at < safe.history[2].at);

    let (actor, action, outcome, details) = fx.last_audit();
    assert_eq!(
        (actor.as_str(), action.as_str(), outcome.as_str()),
        (analyst_name.as_str(), "person.set_status", "allowed")
    );
    assert!(details.contains("\"to\":\"safeguarded\"") && details.contains("\"from\":\"identified\""), "{details}");
    assert!(!details.contains("Sokha"), "a victim's name stays out of the audit trail: {details}");

    // Offenders are identified, never safeguarded.
    let offender = analyst.create_person(MEMBER_CASE, PersonKind::Offender, "man in red", "").unwrap().person.id;
    let err = analyst.set_person_status(MEMBER_CASE, offender, IdStatus::Safeguarded).unwrap_err();
    assert_eq!(err.code(), Code::InvalidInput);

    // A person of another case is not found from this one.
    let elsewhere = fx.session(SETUP).create_person(OTHER_CASE, PersonKind::Victim, "x", "").unwrap().person.id;
    assert_eq!(
        analyst.set_person_status(MEMBER_CASE, elsewhere, IdStatus::Identified).unwrap_err().code(),
        Code::PersonNotFound
    );
    let records = analyst.case_records(MEMBER_CASE).unwrap();
    assert_eq!((records.victims.len(), records.offenders.len()), (1, 1));
}

#[test]
fn a_lead_round_trips_with_its_rectangle_status_and_owner() {
    let fx = Fixture::new();
    let analyst = fx.session(&user_of(Role::Analyst));
    let item = fx.item(true);
    let rect = Rect { x: 10, y: 8, w: 20, h: 16 };
    let owner = user_of(Role::Investigator);
    let lead = analyst.create_lead(MEMBER_CASE, item, Some(rect), "school badge on the shirt", Some(&owner)).unwrap();
    assert_eq!((lead.lead.rect, lead.lead.status), (Some(rect), LeadStatus::Open));
    assert_eq!(lead.accounts[&lead.lead.owner.unwrap()], owner);

    // The fixture's pictures are 96 x 64: a rectangle past them is refused.
    let past = Rect { x: 90, y: 0, w: 20, h: 10 };
    assert_eq!(analyst.create_lead(MEMBER_CASE, item, Some(past), "x", None).unwrap_err().code(), Code::InvalidInput);
    // The owner must be a member of the case; the item one of its items.
    assert_eq!(
        analyst.create_lead(MEMBER_CASE, item, None, "x", Some(ADMIN)).unwrap_err().code(),
        Code::OwnerNotMember
    );
    assert_eq!(
        analyst.create_lead(MEMBER_CASE, item, None, "x", Some("nobody")).unwrap_err().code(),
        Code::AccountNotFound
    );
    let other_item = fx.item(false);
    assert_eq!(analyst.create_lead(MEMBER_CASE, other_item, None, "x", None).unwrap_err().code(), Code::MediaNotFound);

    let id = lead.lead.id;
    let investigator = fx.session(&owner);
    let followed = investigator.set_lead_state(MEMBER_CASE, id, LeadStatus::Followed, Some(&owner)).unwrap();
    assert_eq!(followed.lead.status, LeadStatus::Followed);
    let closed = analyst.set_lead_state(MEMBER_CASE, id, LeadStatus::Closed, None).unwrap();
    assert_eq!((closed.lead.status, closed.lead.owner), (LeadStatus::Closed, None));
    assert_eq!(closed.history.len(), 3);
    assert_eq!(closed.accounts[&closed.history[1].by], owner, "who followed it is kept");

    let edited = analyst.update_lead(MEMBER_CASE, id, "school badge: blue crest", None).unwrap();
    assert_eq!((edited.lead.text.as_str(), edited.lead.rect), ("school badge: blue crest", None));
    assert_eq!(analyst.leads(MEMBER_CASE, Some(LeadStatus::Closed), None).unwrap().leads.len(), 1);
    assert!(analyst.leads(MEMBER_CASE, Some(LeadStatus::Open), None).unwrap().leads.is_empty());
    assert_eq!(analyst.leads_of_item(MEMBER_CASE, item).unwrap().leads.len(), 1);

    // Not from the other case, nor for those the table does not allow.
    let other = fx.session(SETUP).create_lead(OTHER_CASE, other_item, None, "other", None).unwrap().lead.id;
    assert_eq!(analyst.lead(MEMBER_CASE, other).unwrap_err().code(), Code::LeadNotFound);
    let auditor = fx.session(&user_of(Role::Auditor));
    assert_eq!(auditor.leads(MEMBER_CASE, None, None).unwrap_err().code(), Code::PermissionDenied);
}

#[test]
fn search_finds_a_thai_word_inside_a_sentence_and_audits_no_words() {
    let fx = Fixture::new();
    let analyst = fx.session(&user_of(Role::Analyst));
    let item = fx.item(true);
    // "The child wears a red student uniform": Thai has no spaces between words.
    let lead = analyst.create_lead(MEMBER_CASE, item, None, "เด็กสวมชุดนักเรียนสีแดง", None).unwrap().lead;
    let fields = LocationFields {
        label: "ផ្ទះល្វែង".into(), description: "ក្មេងនៅក្នុងសាលារៀន".into(), ..Default::default()
    };
    let place = analyst.create_location(MEMBER_CASE, &fields).unwrap().location;

    let found = analyst.search_records(MEMBER_CASE, "นักเรียน").unwrap();
    assert_eq!(found.words, ["นักเรียน"]);
    assert_eq!(found.hits.len(), 1);
    assert_eq!((found.hits[0].kind, found.hits[0].id, found.hits[0].media), (RecordKind::Lead, lead.id.0, Some(item)));
    let (_, action, _, details) = fx.last_audit();
    assert_eq!(action, "records.view");
    assert!(!details.contains("นักเรียน"), "queries stay out of the audit trail: {details}");

    let khmer = analyst.search_records(MEMBER_CASE, "សាលារៀន").unwrap();
    assert_eq!((khmer.hits.len(), khmer.hits[0].id, khmer.hits[0].title.as_str()), (1, place.id.0, "ផ្ទះល្វែង"));
    // Another case's search does not see them.
    let setup = fx.session(SETUP);
    assert!(setup.search_records(OTHER_CASE, "นักเรียน").unwrap().hits.is_empty());
}
