//! Records beside the media: persons with their identification history,
//! locations and their links to series and items (of their own case only),
//! leads with their status and owner history and rectangles, and the word
//! search that finds Thai, Khmer and Lao words inside sentences written
//! without spaces.

use vilab_store::model::records::*;
use vilab_store::{AccountId, CaseId, IngestBatch, MediaKey, MediaRowId, NewAccount, Role, Store, StoreError};

use super::{Factory, with_case};
use crate::common::*;

const ADMIN: AccountId = AccountId(1);

/// Two decoded items (640 x 480) and a bare one (size unknown) in the exhibit.
fn three_items(store: &dyn Store, exhibit: vilab_store::ExhibitId) -> Vec<MediaRowId> {
    let media = vec![decoded(1), decoded(2), bare(3)];
    let occurrences = media.iter().map(|m| occ(&format!("DCIM/{}.jpg", m.digests.size), m.digests.sha256)).collect();
    store.write_batch(&IngestBatch { media: media.clone(), occurrences, ..IngestBatch::new(exhibit, None) }).unwrap();
    media.iter().map(|m| store.media(&MediaKey::Sha256(m.digests.sha256)).unwrap().unwrap().id).collect()
}

fn second_account(store: &dyn Store) -> AccountId {
    store
        .create_account(&NewAccount {
            username: "dara".into(),
            password: "long enough password".into(),
            role: Role::Investigator,
        })
        .unwrap()
        .id
}

fn not_found(e: StoreError) -> bool {
    matches!(e, StoreError::NotFound { .. })
}

pub fn persons_keep_who_set_each_identification_status(make: Factory) {
    let (lab, case, _) = with_case(make);
    let store = lab.store();
    let dara = second_account(store);
    let victim = store.create_person(case, PersonKind::Victim, "girl in blue dress", "", ADMIN, 10).unwrap();
    assert_eq!((victim.status, victim.status_by, victim.status_at), (IdStatus::Unidentified, ADMIN, 10));
    let offender = store.create_person(case, PersonKind::Offender, "man with tattoo", "left arm", dara, 11).unwrap();

    let victim = store.set_person_status(victim.id, IdStatus::Identified, dara, 20).unwrap();
    assert_eq!((victim.status, victim.status_by, victim.status_at), (IdStatus::Identified, dara, 20));
    store.set_person_status(victim.id, IdStatus::Safeguarded, ADMIN, 30).unwrap();
    let history = store.person_status_history(victim.id).unwrap();
    assert_eq!(
        history.iter().map(|c| (c.status, c.by, c.at)).collect::<Vec<_>>(),
        [(IdStatus::Unidentified, ADMIN, 10), (IdStatus::Identified, dara, 20), (IdStatus::Safeguarded, ADMIN, 30)]
    );
    assert!(matches!(
        store.set_person_status(offender.id, IdStatus::Safeguarded, ADMIN, 31).unwrap_err(),
        StoreError::Invalid { field: "status", .. }
    ));
    assert_eq!(store.person_status_history(offender.id).unwrap().len(), 1, "a refused change leaves no trace");

    let victims = store.list_persons(case, Some(PersonKind::Victim)).unwrap();
    assert_eq!((victims.len(), victims[0].status), (1, IdStatus::Safeguarded));
    assert_eq!(store.list_persons(case, None).unwrap().len(), 2);
    let renamed = store.update_person(offender.id, PersonKind::Offender, "man with dragon tattoo", "left arm").unwrap();
    assert_eq!(renamed.label, "man with dragon tattoo");
    assert_eq!(store.person(offender.id).unwrap().unwrap().label, "man with dragon tattoo");
    // The kind is corrected in place, its status history kept; a
    // safeguarded person stays a victim.
    let victim = victims[0].id;
    assert!(matches!(
        store.update_person(victim, PersonKind::Offender, "x", "").unwrap_err(),
        StoreError::Invalid { field: "kind", .. }
    ));
    assert_eq!(store.person(victim).unwrap().unwrap().kind, PersonKind::Victim, "a refused change leaves no trace");
    let corrected = store.update_person(offender.id, PersonKind::Victim, "man with dragon tattoo", "").unwrap();
    assert_eq!((corrected.kind, corrected.status), (PersonKind::Victim, IdStatus::Unidentified));
    assert_eq!(store.list_persons(case, Some(PersonKind::Offender)).unwrap().len(), 0);
    assert_eq!(store.person_status_history(offender.id).unwrap().len(), 1);

    assert!(matches!(
        store.create_person(case, PersonKind::Victim, "  ", "", ADMIN, 1).unwrap_err(),
        StoreError::Invalid { field: "label", .. }
    ));
    assert!(not_found(store.create_person(CaseId(99), PersonKind::Victim, "x", "", ADMIN, 1).unwrap_err()));
    assert!(not_found(store.set_person_status(PersonId(99), IdStatus::Identified, ADMIN, 1).unwrap_err()));
    assert!(store.person(PersonId(99)).unwrap().is_none());
}

pub fn locations_and_persons_link_to_series_and_items_of_their_case(make: Factory) {
    let (lab, case, exhibit) = with_case(make);
    let store = lab.store();
    let items = three_items(store, exhibit);
    let series = store.create_series(case, "beach", ADMIN, 1).unwrap();
    let fields = LocationFields {
        label: "hotel room".into(),
        lat: Some(13.75),
        lon: Some(100.5),
        description: "green curtains".into(),
    };
    let room = store.create_location(case, &fields, ADMIN, 2).unwrap();
    assert_eq!((room.lat, room.lon), (Some(13.75), Some(100.5)));
    for bad in [
        LocationFields { lat: Some(13.0), lon: None, ..fields.clone() },
        LocationFields { lat: Some(91.0), lon: Some(0.0), ..fields.clone() },
        LocationFields { lat: Some(0.0), lon: Some(-181.0), ..fields.clone() },
    ] {
        assert!(matches!(store.create_location(case, &bad, ADMIN, 2).unwrap_err(), StoreError::Invalid { .. }));
    }
    let victim = store.create_person(case, PersonKind::Victim, "girl", "", ADMIN, 3).unwrap();

    let room_ref = RecordRef::Location(room.id);
    let victim_ref = RecordRef::Person(victim.id);
    assert!(store.link_record(room_ref, LinkTarget::Series(series.id), ADMIN, 4).unwrap());
    assert!(!store.link_record(room_ref, LinkTarget::Series(series.id), ADMIN, 4).unwrap(), "a link is kept once");
    assert!(store.link_record(room_ref, LinkTarget::Media(items[0]), ADMIN, 4).unwrap());
    assert!(store.link_record(victim_ref, LinkTarget::Media(items[0]), ADMIN, 4).unwrap());
    let room = store.location(room.id).unwrap().unwrap();
    assert_eq!(room.links, Links { series: vec![series.id], media: vec![items[0]] });
    assert_eq!(store.person(victim.id).unwrap().unwrap().links.media, [items[0]]);
    assert_eq!(store.records_linked_to(LinkTarget::Media(items[0])).unwrap(), [victim_ref, room_ref]);

    // Another case's series and items are not there to link to.
    let other = store.create_case("OP-2").unwrap().id;
    let other_series = store.create_series(other, "elsewhere", ADMIN, 5).unwrap();
    assert!(not_found(store.link_record(room_ref, LinkTarget::Series(other_series.id), ADMIN, 5).unwrap_err()));
    let other_exhibit = store.open_exhibit(other, "phone", "/mnt/phone").unwrap();
    let outside = {
        let m = decoded(9);
        let o = occ("x.jpg", m.digests.sha256);
        store
            .write_batch(&IngestBatch {
                media: vec![m.clone()],
                occurrences: vec![o],
                ..IngestBatch::new(other_exhibit.id, None)
            })
            .unwrap();
        store.media(&MediaKey::Sha256(m.digests.sha256)).unwrap().unwrap().id
    };
    assert!(not_found(store.link_record(victim_ref, LinkTarget::Media(outside), ADMIN, 5).unwrap_err()));
    assert!(not_found(
        store.link_record(RecordRef::Person(PersonId(99)), LinkTarget::Media(items[0]), ADMIN, 5).unwrap_err()
    ));

    assert!(store.unlink_record(room_ref, LinkTarget::Media(items[0])).unwrap());
    assert!(!store.unlink_record(room_ref, LinkTarget::Media(items[0])).unwrap());
    assert_eq!(store.records_linked_to(LinkTarget::Media(items[0])).unwrap(), [victim_ref]);
    let moved = store.update_location(room.id, &LocationFields { lat: None, lon: None, ..fields.clone() }).unwrap();
    assert_eq!((moved.lat, moved.links.series.len()), (None, 1));
    assert_eq!(store.list_locations(case).unwrap().len(), 1);
    assert!(store.list_locations(other).unwrap().is_empty());
}

pub fn leads_keep_their_status_and_owner_history(make: Factory) {
    let (lab, case, exhibit) = with_case(make);
    let store = lab.store();
    let items = three_items(store, exhibit);
    let dara = second_account(store);
    let rect = Rect { x: 600, y: 400, w: 40, h: 80 };
    let lead = store
        .create_lead(
            &NewLead { case, media: items[0], rect: Some(rect), text: "school logo".into(), owner: None },
            ADMIN,
            10,
        )
        .unwrap();
    assert_eq!((lead.status, lead.owner, lead.rect, lead.created_by), (LeadStatus::Open, None, Some(rect), ADMIN));
    // Past the item's 640 x 480 pixels, or empty.
    for bad in [Rect { x: 601, ..rect }, Rect { h: 81, ..rect }, Rect { w: 0, ..rect }] {
        let new = NewLead { case, media: items[0], rect: Some(bad), text: "x".into(), owner: None };
        assert!(matches!(store.create_lead(&new, ADMIN, 10).unwrap_err(), StoreError::Invalid { field: "rect", .. }));
    }
    // An item of unknown size takes any rectangle; an empty text none.
    let on_bare = NewLead {
        case,
        media: items[2],
        rect: Some(Rect { x: 5000, y: 0, w: 1, h: 1 }),
        text: "t".into(),
        owner: Some(dara),
    };
    let second = store.create_lead(&on_bare, dara, 11).unwrap();
    assert!(matches!(
        store.create_lead(&NewLead { text: " ".into(), ..on_bare.clone() }, dara, 11).unwrap_err(),
        StoreError::Invalid { field: "text", .. }
    ));
    assert!(not_found(
        store.create_lead(&NewLead { owner: Some(AccountId(99)), ..on_bare.clone() }, dara, 11).unwrap_err()
    ));
    assert!(not_found(store.create_lead(&NewLead { case: CaseId(99), ..on_bare.clone() }, dara, 11).unwrap_err()));

    let followed = store.set_lead_state(lead.id, LeadStatus::Followed, Some(dara), ADMIN, 20).unwrap();
    assert_eq!((followed.status, followed.owner, followed.updated_at), (LeadStatus::Followed, Some(dara), 20));
    let same = store.set_lead_state(lead.id, LeadStatus::Followed, Some(dara), ADMIN, 21).unwrap();
    assert_eq!(same.updated_at, 20, "setting what it is changes nothing");
    store.set_lead_state(lead.id, LeadStatus::Closed, Some(dara), dara, 30).unwrap();
    let history = store.lead_history(lead.id).unwrap();
    assert_eq!(
        history.iter().map(|c| (c.status, c.owner, c.by, c.at)).collect::<Vec<_>>(),
        [
            (LeadStatus::Open, None, ADMIN, 10),
            (LeadStatus::Followed, Some(dara), ADMIN, 20),
            (LeadStatus::Closed, Some(dara), dara, 30)
        ]
    );

    let all = store.list_leads(case, &LeadFilter::default()).unwrap();
    assert_eq!(all.iter().map(|l| l.id).collect::<Vec<_>>(), [second.id, lead.id], "newest first");
    let open = store.list_leads(case, &LeadFilter { status: Some(LeadStatus::Open), ..Default::default() }).unwrap();
    assert_eq!(open.iter().map(|l| l.id).collect::<Vec<_>>(), [second.id]);
    let on_first =
        store.list_leads(case, &LeadFilter { media: Some(items[0]), owner: Some(dara), ..Default::default() }).unwrap();
    assert_eq!(on_first.iter().map(|l| l.id).collect::<Vec<_>>(), [lead.id]);

    let edited = store.update_lead(lead.id, "school logo, blue", None, 40).unwrap();
    assert_eq!((edited.text.as_str(), edited.rect, edited.updated_at), ("school logo, blue", None, 40));
    assert!(not_found(store.update_lead(LeadId(99), "x", None, 1).unwrap_err()));
}

pub fn search_finds_words_inside_thai_khmer_and_lao_sentences(make: Factory) {
    let (lab, case, exhibit) = with_case(make);
    let store = lab.store();
    let items = three_items(store, exhibit);
    // "The child wears a red student uniform", written as Thai is: no spaces.
    let thai = "เด็กสวมชุดนักเรียนสีแดง";
    let lead = NewLead { case, media: items[0], rect: None, text: thai.into(), owner: None };
    let lead = store.create_lead(&lead, ADMIN, 1).unwrap();
    // Khmer: "the child is at the school"; Lao: "the child goes to school".
    let victim = store.create_person(case, PersonKind::Victim, "ក្មេងនៅក្នុងសាលារៀន", "", ADMIN, 2).unwrap();
    let fields =
        LocationFields {
            label: "Vientiane".into(), description: "ເດັກນ້ອຍໄປໂຮງຮຽນ".into(), ..Default::default()
        };
    let place = store.create_location(case, &fields, ADMIN, 3).unwrap();
    let series = store.create_series(case, "Nghệ An school", ADMIN, 4).unwrap();

    let hits = |q: &str| store.search_records(case, q, 100).unwrap();
    let lead_hit = SearchHit { kind: RecordKind::Lead, id: lead.id.0 };
    // One inner word finds the sentence; no space-split token equals it.
    assert!(!thai.split_whitespace().any(|t| t == "นักเรียน"));
    assert_eq!(hits("นักเรียน"), [lead_hit]);
    assert_eq!(hits("แดง เด็ก"), [lead_hit], "every word of the query, in any order");
    assert!(hits("นักเรียน ສີຂຽວ").is_empty(), "a word found nowhere leaves nothing");
    assert_eq!(hits("សាលារៀន"), [SearchHit { kind: RecordKind::Person, id: victim.id.0 }]);
    assert_eq!(hits("ໂຮງຮຽນ"), [SearchHit { kind: RecordKind::Location, id: place.id.0 }]);
    assert_eq!(hits("VIENTIANE"), [SearchHit { kind: RecordKind::Location, id: place.id.0 }], "case-folded");
    // Decomposed Vietnamese finds the precomposed name (NFC).
    assert_eq!(hits("nghe\u{0302}\u{0323}"), [SearchHit { kind: RecordKind::Series, id: series.id.0 }]);
    assert!(hits(" ,. ").is_empty());
    let long = (0..=MAX_QUERY_WORDS).map(|i| format!("w{i}")).collect::<Vec<_>>().join(" ");
    assert!(matches!(store.search_records(case, &long, 10).unwrap_err(), StoreError::Invalid { field: "query", .. }));

    // A change re-indexes: the old words no longer find it.
    store.update_lead(lead.id, "logo on the wall", None, 5).unwrap();
    assert!(hits("นักเรียน").is_empty());
    assert_eq!(hits("wall logo"), [lead_hit]);
    store.update_person(victim.id, PersonKind::Victim, "girl", "school uniform").unwrap();
    assert_eq!(
        hits("school"),
        [
            SearchHit { kind: RecordKind::Person, id: victim.id.0 },
            SearchHit { kind: RecordKind::Series, id: series.id.0 }
        ]
    );
    assert_eq!(store.search_records(case, "school", 1).unwrap().len(), 1, "the limit holds");

    // Another case's records are not found from this one.
    let other = store.create_case("OP-2").unwrap().id;
    assert!(store.search_records(other, "wall", 100).unwrap().is_empty());
    assert!(not_found(store.search_records(CaseId(99), "wall", 100).unwrap_err()));
}
