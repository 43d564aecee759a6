//! Cases: create, list, and one case's summary.

use serde::Serialize;
use serde_json::json;
use vilab_store::model::{Case, CaseCounts, Exhibit, IngestRun};

use crate::error::Result;
use crate::error_map::store;
use crate::guard::{Done, Target};
use crate::permission::Action;
use crate::shapes::shape;
use crate::{Role, Session};

/// A case as outputs name it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CaseRef {
    /// Its name in this lab.
    pub name: String,
    /// Its id outside this lab (32 hex digits).
    pub uid: String,
    /// When it was created (Unix seconds, UTC).
    pub created_at: i64,
}

impl From<&Case> for CaseRef {
    fn from(c: &Case) -> Self {
        CaseRef { name: c.name.clone(), uid: c.uid.clone(), created_at: c.created_at }
    }
}

/// A case just created.
#[derive(Clone, Debug, Serialize)]
pub struct CaseCreated {
    /// The case.
    pub case: CaseRef,
    /// Whether the creator became a member (analysts do).
    pub creator_is_member: bool,
}
shape!(CaseCreated, "vilab.case-created/1");

/// One line of a list of cases.
#[derive(Clone, Debug, Serialize)]
pub struct CaseLine {
    /// The case.
    pub case: CaseRef,
    /// Its exhibits.
    pub exhibits: u64,
    /// Unique media items.
    pub media: u64,
    /// Occurrences (files, counting duplicates).
    pub occurrences: u64,
    /// Ingest errors.
    pub errors: u64,
}

/// The cases an actor may see.
#[derive(Clone, Debug, Serialize)]
pub struct CaseList {
    /// By name.
    pub cases: Vec<CaseLine>,
}
shape!(CaseList, "vilab.case-list/1");

/// One exhibit with its ingest runs.
#[derive(Clone, Debug, Serialize)]
pub struct ExhibitView {
    /// Its name in the case.
    pub name: String,
    /// Its id outside this lab.
    pub uid: String,
    /// The folder it was first ingested from.
    pub source_path: String,
    /// Its runs, oldest first.
    pub runs: Vec<IngestRun>,
}

/// What a case holds.
#[derive(Clone, Debug, Serialize)]
pub struct CaseView {
    /// The case.
    pub case: CaseRef,
    /// Its counts.
    pub counts: CaseCounts,
    /// Its exhibits.
    pub exhibits: Vec<ExhibitView>,
    /// The user names of its members.
    pub members: Vec<String>,
}
shape!(CaseView, "vilab.case/1");

impl Session<'_> {
    /// Creates a case. An analyst who creates one becomes its member.
    pub fn create_case(&self, name: &str) -> Result<CaseCreated> {
        self.act(Action::CaseCreate, crate::guard::Target::Named { kind: "case", name }, |permit| {
            let case = permit.store().create_case(name).map_err(store)?;
            let actor = permit.actor();
            let member = actor.role == Role::Analyst;
            if member {
                permit.store().add_case_member(actor.account, case.id, permit.now()).map_err(store)?;
            }
            let details = json!({ "case": case.name, "uid": case.uid, "creator_is_member": member });
            Ok(Done::new(CaseCreated { case: CaseRef::from(&case), creator_is_member: member }, details))
        })
    }

    /// The cases the actor may see, by name.
    pub fn list_cases(&self) -> Result<CaseList> {
        self.act(Action::CaseList, Target::Lab, |permit| {
            let cases = permit
                .store()
                .list_cases()
                .map_err(store)?
                .into_iter()
                .filter(|c| permit.visible().contains(c.case.id))
                .map(|c| CaseLine {
                    case: CaseRef::from(&c.case),
                    exhibits: c.exhibits,
                    media: c.media,
                    occurrences: c.occurrences,
                    errors: c.errors,
                })
                .collect::<Vec<_>>();
            let details = json!({ "cases": cases.len() });
            Ok(Done::new(CaseList { cases }, details))
        })
    }

    /// One case's counts, exhibits, runs and members.
    pub fn case_view(&self, name: &str) -> Result<CaseView> {
        self.act(Action::CaseView, Target::Case(name), |permit| {
            let case = permit.case();
            let store = permit.store();
            let counts = store.case_counts(case.id).map_err(store_err)?;
            let exhibits = store
                .exhibits(case.id)
                .map_err(store_err)?
                .into_iter()
                .map(|e: Exhibit| {
                    let runs = store.runs(e.id).map_err(store_err)?;
                    Ok(ExhibitView { name: e.name, uid: e.uid, source_path: e.source_path, runs })
                })
                .collect::<Result<Vec<_>>>()?;
            let mut members = Vec::new();
            for id in store.case_members(case.id).map_err(store_err)? {
                if let Some(a) = store.account_by_id(id).map_err(store_err)? {
                    members.push(a.username);
                }
            }
            Ok(Done::plain(CaseView { case: CaseRef::from(case), counts, exhibits, members }))
        })
    }
}

fn store_err(e: vilab_store::StoreError) -> crate::AppError {
    store(e)
}
