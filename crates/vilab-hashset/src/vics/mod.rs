//! Project VIC's VICS JSON: versions 1.1–1.3 (OData v3, `odata.metadata`)
//! and 2.0 (OData v4, `@odata.context`), hash-set shape (`value: [Media]`)
//! and case shape (`value: [Case { Media: [...] }]`).

mod raw;
mod read;
mod write;

pub use read::{VicsShape, VicsSummary, VicsVersion, read_vics};
pub use write::{CaseHeader, write_vics2};
