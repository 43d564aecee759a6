//! The records of a case beside its media: victims and offenders with their
//! identification status (who set it, kept as a history), locations, their
//! links to series and items, leads (a note pinned to an item, optionally
//! to a rectangle on it) with status and owner, and the word search over
//! them and the series' names (Khmer, Lao and Thai cut into words by
//! `vilab_words`).
//!
//! Audit records name ids, kinds, statuses and counts, never the texts
//! users write (labels, notes, search queries): those can hold a victim's
//! name, and the audit trail is read by auditors, who are not allowed the
//! records themselves.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::json;
use vilab_store::model::records::{
    IdStatus, Lead, LeadChange, LeadFilter, LeadId, LeadStatus, LinkTarget, Location, LocationFields, LocationId,
    NewLead, Person, PersonId, PersonKind, RecordKind, RecordRef, Rect, StatusChange,
};
use vilab_store::model::review::SeriesId;
use vilab_store::{AccountId, MediaRowId};

use crate::Session;
use crate::error::{AppError, Code, Result};
use crate::error_map::store;
use crate::guard::{Done, Permit, Target};
use crate::permission::Action;
use crate::shapes::shape;

/// The most hits a search returns.
pub const SEARCH_LIMIT: u32 = 200;

/// How much of a lead's text a search hit shows.
const TITLE_CHARS: usize = 120;

/// User names of the accounts an output names, by id.
pub type AccountNames = BTreeMap<AccountId, String>;

/// A case's persons and locations: the records page.
#[derive(Clone, Debug, Serialize)]
pub struct CaseRecords {
    /// The case.
    pub case: String,
    /// Its victims, by id.
    pub victims: Vec<Person>,
    /// Its offenders, by id.
    pub offenders: Vec<Person>,
    /// Its locations, by id.
    pub locations: Vec<Location>,
    /// Who set the statuses and made the records.
    pub accounts: AccountNames,
}
shape!(CaseRecords, "vilab.case-records/1");

/// One person with its status history.
#[derive(Clone, Debug, Serialize)]
pub struct PersonView {
    /// The case.
    pub case: String,
    /// The person.
    pub person: Person,
    /// Every identification status it had, oldest first.
    pub history: Vec<StatusChange<IdStatus>>,
    /// Who set them.
    pub accounts: AccountNames,
}
shape!(PersonView, "vilab.person/1");

/// One location.
#[derive(Clone, Debug, Serialize)]
pub struct LocationView {
    /// The case.
    pub case: String,
    /// The location.
    pub location: Location,
}
shape!(LocationView, "vilab.location/1");

/// What a link or unlink did.
#[derive(Clone, Debug, Serialize)]
pub struct LinkChanged {
    /// The case.
    pub case: String,
    /// The person or location.
    pub record: RecordRef,
    /// The series or item.
    pub target: LinkTarget,
    /// Whether anything changed (a link already there, or already gone, is not).
    pub changed: bool,
}
shape!(LinkChanged, "vilab.record-link/1");

/// A case's leads under a filter.
#[derive(Clone, Debug, Serialize)]
pub struct LeadList {
    /// The case.
    pub case: String,
    /// The leads, newest first.
    pub leads: Vec<Lead>,
    /// Owners and writers.
    pub accounts: AccountNames,
}
shape!(LeadList, "vilab.lead-list/1");

/// One lead with its history.
#[derive(Clone, Debug, Serialize)]
pub struct LeadView {
    /// The case.
    pub case: String,
    /// The lead.
    pub lead: Lead,
    /// Every status and owner it had, oldest first.
    pub history: Vec<LeadChange>,
    /// Owners and who changed them.
    pub accounts: AccountNames,
}
shape!(LeadView, "vilab.lead/1");

/// A record a search found, with what to show of it.
#[derive(Clone, Debug, Serialize)]
pub struct Found {
    /// What it is.
    pub kind: RecordKind,
    /// Its id.
    pub id: i64,
    /// A person's or location's label, a series' name, a lead's text (cut).
    pub title: String,
    /// A lead's item.
    pub media: Option<MediaRowId>,
    /// A person's kind.
    pub person_kind: Option<PersonKind>,
}

/// What a search found.
#[derive(Clone, Debug, Serialize)]
pub struct SearchResults {
    /// The case.
    pub case: String,
    /// The words searched for, as cut (every one must be in a hit).
    pub words: Vec<String>,
    /// The hits, by kind and id.
    pub hits: Vec<Found>,
}
shape!(SearchResults, "vilab.record-search/1");

impl Session<'_> {
    /// A case's victims, offenders and locations.
    pub fn case_records(&self, case: &str) -> Result<CaseRecords> {
        self.act(Action::RecordsView, Target::Case(case), |permit| {
            let c = permit.case();
            let persons = permit.store().list_persons(c.id, None).map_err(store)?;
            let locations = permit.store().list_locations(c.id).map_err(store)?;
            let ids =
                persons.iter().flat_map(|p| [p.status_by, p.created_by]).chain(locations.iter().map(|l| l.created_by));
            let accounts = names(permit, ids)?;
            let (victims, offenders) = persons.into_iter().partition(|p| p.kind == PersonKind::Victim);
            let out = CaseRecords { case: c.name.clone(), victims, offenders, locations, accounts };
            let details =
                json!({ "persons": out.victims.len() + out.offenders.len(), "locations": out.locations.len() });
            Ok(Done::new(out, details))
        })
    }

    /// One person of a case with its status history.
    pub fn person(&self, case: &str, id: PersonId) -> Result<PersonView> {
        self.act(Action::RecordsView, Target::Case(case), |permit| {
            let view = person_view(permit, id)?;
            Ok(Done::new(view, json!({ "person": id })))
        })
    }

    /// Creates a victim or offender in a case, unidentified.
    pub fn create_person(&self, case: &str, kind: PersonKind, label: &str, notes: &str) -> Result<PersonView> {
        self.act(Action::RecordsEdit, Target::Case(case), |permit| {
            let (by, now) = (permit.actor().account, permit.now());
            let p = permit.store().create_person(permit.case().id, kind, label, notes, by, now).map_err(store)?;
            let view = person_view(permit, p.id)?;
            Ok(Done::new(view, json!({ "person": p.id, "kind": kind })))
        })
    }

    /// Replaces a person's label and notes, and its kind where `kind` is
    /// given (a record made as the wrong kind is corrected, not re-made:
    /// its links and status history stay with it).
    pub fn update_person(
        &self,
        case: &str,
        id: PersonId,
        kind: Option<PersonKind>,
        label: &str,
        notes: &str,
    ) -> Result<PersonView> {
        self.act(Action::RecordsEdit, Target::Case(case), |permit| {
            let before = person_of_case(permit, id)?;
            let kind = kind.unwrap_or(before.kind);
            permit.store().update_person(id, kind, label, notes).map_err(store)?;
            let details = if kind == before.kind {
                json!({ "person": id })
            } else {
                json!({ "person": id, "kind_from": before.kind, "kind": kind })
            };
            Ok(Done::new(person_view(permit, id)?, details))
        })
    }

    /// Sets a person's identification status; the history keeps who set
    /// each and when.
    pub fn set_person_status(&self, case: &str, id: PersonId, status: IdStatus) -> Result<PersonView> {
        self.act(Action::PersonSetStatus, Target::Case(case), |permit| {
            let before = person_of_case(permit, id)?;
            permit.store().set_person_status(id, status, permit.actor().account, permit.now()).map_err(store)?;
            let details = json!({ "person": id, "kind": before.kind, "from": before.status, "to": status });
            Ok(Done::new(person_view(permit, id)?, details))
        })
    }

    /// One location of a case.
    pub fn location(&self, case: &str, id: LocationId) -> Result<LocationView> {
        self.act(Action::RecordsView, Target::Case(case), |permit| {
            let location = location_of_case(permit, id)?;
            Ok(Done::new(LocationView { case: permit.case().name.clone(), location }, json!({ "location": id })))
        })
    }

    /// Creates a location in a case.
    pub fn create_location(&self, case: &str, fields: &LocationFields) -> Result<LocationView> {
        self.act(Action::RecordsEdit, Target::Case(case), |permit| {
            let (by, now) = (permit.actor().account, permit.now());
            let location = permit.store().create_location(permit.case().id, fields, by, now).map_err(store)?;
            let details = json!({ "location": location.id });
            Ok(Done::new(LocationView { case: permit.case().name.clone(), location }, details))
        })
    }

    /// Replaces a location's fields.
    pub fn update_location(&self, case: &str, id: LocationId, fields: &LocationFields) -> Result<LocationView> {
        self.act(Action::RecordsEdit, Target::Case(case), |permit| {
            location_of_case(permit, id)?;
            let location = permit.store().update_location(id, fields).map_err(store)?;
            Ok(Done::new(LocationView { case: permit.case().name.clone(), location }, json!({ "location": id })))
        })
    }

    /// Links a person or location to a series or item of its case
    /// (`link`), or removes the link (`!link`).
    pub fn link_record(&self, case: &str, record: RecordRef, target: LinkTarget, link: bool) -> Result<LinkChanged> {
        self.act(Action::RecordsEdit, Target::Case(case), |permit| {
            match record {
                RecordRef::Person(p) => drop(person_of_case(permit, p)?),
                RecordRef::Location(l) => drop(location_of_case(permit, l)?),
            }
            let changed = if link {
                permit.store().link_record(record, target, permit.actor().account, permit.now()).map_err(store)?
            } else {
                permit.store().unlink_record(record, target).map_err(store)?
            };
            let details = json!({ "record": record, "target": target, "link": link, "changed": changed });
            Ok(Done::new(LinkChanged { case: permit.case().name.clone(), record, target, changed }, details))
        })
    }

    /// A case's leads under a filter; `owner` by user name.
    pub fn leads(&self, case: &str, status: Option<LeadStatus>, owner: Option<&str>) -> Result<LeadList> {
        self.act(Action::RecordsView, Target::Case(case), |permit| {
            let owner = owner.map(|name| account_named(permit, name)).transpose()?;
            let filter = LeadFilter { status, owner, media: None };
            let leads = permit.store().list_leads(permit.case().id, &filter).map_err(store)?;
            let accounts = names(permit, leads.iter().flat_map(|l| l.owner.into_iter().chain([l.created_by])))?;
            let details = json!({ "status": status, "owner": owner, "leads": leads.len() });
            Ok(Done::new(LeadList { case: permit.case().name.clone(), leads, accounts }, details))
        })
    }

    /// The leads pinned to one item of a case.
    pub fn leads_of_item(&self, case: &str, media: MediaRowId) -> Result<LeadList> {
        self.act(Action::RecordsView, Target::Case(case), |permit| {
            require_item(permit, media)?;
            let filter = LeadFilter { media: Some(media), ..Default::default() };
            let leads = permit.store().list_leads(permit.case().id, &filter).map_err(store)?;
            let accounts = names(permit, leads.iter().flat_map(|l| l.owner.into_iter().chain([l.created_by])))?;
            let details = json!({ "media": media, "leads": leads.len() });
            Ok(Done::new(LeadList { case: permit.case().name.clone(), leads, accounts }, details))
        })
    }

    /// One lead of a case with its history.
    pub fn lead(&self, case: &str, id: LeadId) -> Result<LeadView> {
        self.act(Action::RecordsView, Target::Case(case), |permit| {
            Ok(Done::new(lead_view(permit, id)?, json!({ "lead": id })))
        })
    }

    /// Pins a lead to an item of a case; `owner` (a member of the case, by
    /// user name) follows it up.
    pub fn create_lead(
        &self,
        case: &str,
        media: MediaRowId,
        rect: Option<Rect>,
        text: &str,
        owner: Option<&str>,
    ) -> Result<LeadView> {
        self.act(Action::RecordsEdit, Target::Case(case), |permit| {
            require_item(permit, media)?;
            let owner = owner.map(|name| owner_named(permit, name)).transpose()?;
            let new = NewLead { case: permit.case().id, media, rect, text: text.to_string(), owner };
            let lead = permit.store().create_lead(&new, permit.actor().account, permit.now()).map_err(store)?;
            let details = json!({ "lead": lead.id, "media": media, "rect": rect.is_some(), "owner": owner });
            Ok(Done::new(lead_view(permit, lead.id)?, details))
        })
    }

    /// Replaces a lead's text and rectangle.
    pub fn update_lead(&self, case: &str, id: LeadId, text: &str, rect: Option<Rect>) -> Result<LeadView> {
        self.act(Action::RecordsEdit, Target::Case(case), |permit| {
            lead_of_case(permit, id)?;
            permit.store().update_lead(id, text, rect, permit.now()).map_err(store)?;
            Ok(Done::new(lead_view(permit, id)?, json!({ "lead": id, "rect": rect.is_some() })))
        })
    }

    /// Sets a lead's status and owner (`None`: nobody); the history keeps
    /// each change.
    pub fn set_lead_state(&self, case: &str, id: LeadId, status: LeadStatus, owner: Option<&str>) -> Result<LeadView> {
        self.act(Action::RecordsEdit, Target::Case(case), |permit| {
            let before = lead_of_case(permit, id)?;
            let owner = owner.map(|name| owner_named(permit, name)).transpose()?;
            let (by, now) = (permit.actor().account, permit.now());
            permit.store().set_lead_state(id, status, owner, by, now).map_err(store)?;
            let details = json!({
                "lead": id, "from": before.status, "to": status, "owner_before": before.owner, "owner": owner,
            });
            Ok(Done::new(lead_view(permit, id)?, details))
        })
    }

    /// The records of a case (persons, locations, leads, series) holding
    /// every word of `query`.
    pub fn search_records(&self, case: &str, query: &str) -> Result<SearchResults> {
        self.act(Action::RecordsView, Target::Case(case), |permit| {
            let c = permit.case();
            let words = vilab_words::words(query);
            let hits = permit.store().search_records(c.id, query, SEARCH_LIMIT).map_err(store)?;
            let mut found = Vec::with_capacity(hits.len());
            for hit in hits {
                found.push(describe(permit, hit.kind, hit.id)?);
            }
            let details = json!({ "words": words.len(), "hits": found.len() });
            Ok(Done::new(SearchResults { case: c.name.clone(), words, hits: found }, details))
        })
    }
}

/// What a search shows of one hit.
fn describe(permit: &Permit<'_>, kind: RecordKind, id: i64) -> Result<Found> {
    let s = permit.store();
    let mut found = Found { kind, id, title: String::new(), media: None, person_kind: None };
    match kind {
        RecordKind::Person => {
            if let Some(p) = s.person(PersonId(id)).map_err(store)? {
                found.title = p.label;
                found.person_kind = Some(p.kind);
            }
        }
        RecordKind::Location => {
            if let Some(l) = s.location(LocationId(id)).map_err(store)? {
                found.title = l.label;
            }
        }
        RecordKind::Lead => {
            if let Some(l) = s.lead(LeadId(id)).map_err(store)? {
                found.title = l.text.chars().take(TITLE_CHARS).collect();
                found.media = Some(l.media);
            }
        }
        RecordKind::Series => {
            if let Some(series) = s.series(SeriesId(id)).map_err(store)? {
                found.title = series.name;
            }
        }
    }
    Ok(found)
}

/// User names of accounts, by id (an account gone since shows as `#id`).
pub(crate) fn names(permit: &Permit<'_>, ids: impl IntoIterator<Item = AccountId>) -> Result<AccountNames> {
    let mut out = AccountNames::new();
    for id in ids {
        if out.contains_key(&id) {
            continue;
        }
        let name = permit.store().account_by_id(id).map_err(store)?.map(|a| a.username);
        out.insert(id, name.unwrap_or_else(|| format!("#{id}")));
    }
    Ok(out)
}

/// The account of a user name.
fn account_named(permit: &Permit<'_>, name: &str) -> Result<AccountId> {
    permit
        .store()
        .account_by_name(name)
        .map_err(store)?
        .map(|a| a.id)
        .ok_or_else(|| AppError::new(Code::AccountNotFound).with("user", name))
}

/// An owner for a lead: an account that is a member of the case, so that
/// it can see what it is to follow up.
fn owner_named(permit: &Permit<'_>, name: &str) -> Result<AccountId> {
    let id = account_named(permit, name)?;
    let members = permit.store().case_members(permit.case().id).map_err(store)?;
    if members.contains(&id) {
        Ok(id)
    } else {
        Err(AppError::new(Code::OwnerNotMember).with("user", name).with("case", permit.case().name.as_str()))
    }
}

/// The item must be one of the permit's case.
fn require_item(permit: &Permit<'_>, media: MediaRowId) -> Result<()> {
    if permit.store().review_item_in_case(permit.case().id, media).map_err(store)? {
        Ok(())
    } else {
        Err(AppError::new(Code::MediaNotFound).with("key", format!("#{}", media.0)))
    }
}

/// A person of the permit's case (another case's is not found: its
/// existence is not leaked).
fn person_of_case(permit: &Permit<'_>, id: PersonId) -> Result<Person> {
    match permit.store().person(id).map_err(store)? {
        Some(p) if p.case == permit.case().id => Ok(p),
        _ => Err(AppError::new(Code::PersonNotFound).with("id", id.0)),
    }
}

/// A location of the permit's case.
fn location_of_case(permit: &Permit<'_>, id: LocationId) -> Result<Location> {
    match permit.store().location(id).map_err(store)? {
        Some(l) if l.case == permit.case().id => Ok(l),
        _ => Err(AppError::new(Code::LocationNotFound).with("id", id.0)),
    }
}

/// A lead of the permit's case.
fn lead_of_case(permit: &Permit<'_>, id: LeadId) -> Result<Lead> {
    match permit.store().lead(id).map_err(store)? {
        Some(l) if l.case == permit.case().id => Ok(l),
        _ => Err(AppError::new(Code::LeadNotFound).with("id", id.0)),
    }
}

fn person_view(permit: &Permit<'_>, id: PersonId) -> Result<PersonView> {
    let person = person_of_case(permit, id)?;
    let history = permit.store().person_status_history(id).map_err(store)?;
    let accounts = names(permit, history.iter().map(|h| h.by).chain([person.created_by]))?;
    Ok(PersonView { case: permit.case().name.clone(), person, history, accounts })
}

fn lead_view(permit: &Permit<'_>, id: LeadId) -> Result<LeadView> {
    let lead = lead_of_case(permit, id)?;
    let history = permit.store().lead_history(id).map_err(store)?;
    let ids = history.iter().flat_map(|h| h.owner.into_iter().chain([h.by])).chain([lead.created_by]);
    let accounts = names(permit, ids)?;
    Ok(LeadView { case: permit.case().name.clone(), lead, history, accounts })
}
