//! Appending a hash set's entries to `known_hashes`, many rows per
//! statement: at millions of entries the cost of running one statement per
//! row (bind, step, reset) is a large part of an import.

use rusqlite::{Statement, Transaction};
use vilab_core::known::KnownMedia;

use super::Ctx as _;
use super::hashsets::{LOOKUPS, lookup_of};
use crate::Result;

/// Columns of one entry, in the order of [`COLUMNS`].
const WIDTH: usize = 17;
const COLUMNS: &str = "hashset_id, media_id, md5, sha1, sha256, pdq, photodna, category, series, victim_identified, \
     offender_identified, is_distributed, is_precategorized, comments, tags, size, case_index";
/// Rows per multi-row statement (17 × 32 = 544 parameters, far below
/// SQLite's limit of 32,766).
const ROWS: usize = 32;

/// What has been stored.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Tally {
    /// Entries stored.
    pub(super) entries: u64,
    /// Entries by the lookup table of their strongest digest, in the order
    /// of [`LOOKUPS`].
    pub(super) by_strongest: [u64; LOOKUPS.len()],
}

impl Tally {
    fn count(&mut self, entry: &KnownMedia) {
        self.entries += 1;
        if let Some(lookup) = lookup_of(entry) {
            self.by_strongest[lookup] += 1;
        }
    }
}

/// Appends entries of one set, buffering up to [`ROWS`] of them.
pub(super) struct EntryWriter<'t> {
    set: i64,
    one: Statement<'t>,
    many: Statement<'t>,
    pending: Vec<KnownMedia>,
    /// What is stored so far.
    pub(super) tally: Tally,
}

impl<'t> EntryWriter<'t> {
    /// Prepares the statements for entries of `set`.
    pub(super) fn new(tx: &'t Transaction<'_>, set: i64) -> Result<Self> {
        let row = |r: usize| {
            let params: Vec<String> = (1..=WIDTH).map(|c| format!("?{}", r * WIDTH + c)).collect();
            format!("({})", params.join(", "))
        };
        let one = format!("INSERT INTO known_hashes ({COLUMNS}) VALUES {}", row(0));
        let many = format!(
            "INSERT INTO known_hashes ({COLUMNS}) VALUES {}",
            (0..ROWS).map(row).collect::<Vec<_>>().join(", ")
        );
        Ok(EntryWriter {
            set,
            one: tx.prepare(&one).ctx("preparing the entry insert")?,
            many: tx.prepare(&many).ctx("preparing the entry insert")?,
            pending: Vec::with_capacity(ROWS),
            tally: Tally::default(),
        })
    }

    /// Takes an entry; it is stored with the next full batch or at
    /// [`Self::finish`]. The error names the entry that failed.
    pub(super) fn push(&mut self, entry: KnownMedia) -> std::result::Result<(), String> {
        self.pending.push(entry);
        if self.pending.len() < ROWS {
            return Ok(());
        }
        let stored = (|| {
            for (row, entry) in self.pending.iter().enumerate() {
                bind(&mut self.many, row * WIDTH, self.set, entry)?;
            }
            self.many.raw_execute()
        })();
        match stored {
            Ok(_) => {
                for entry in &self.pending {
                    self.tally.count(entry);
                }
                self.pending.clear();
                Ok(())
            }
            // The failed statement changed nothing; one row at a time names the culprit.
            Err(_) => self.finish(),
        }
    }

    /// Stores what is buffered, one row per statement.
    pub(super) fn finish(&mut self) -> std::result::Result<(), String> {
        for entry in std::mem::take(&mut self.pending) {
            let stored = bind(&mut self.one, 0, self.set, &entry).and_then(|()| self.one.raw_execute());
            if let Err(e) = stored {
                return Err(match (&e, entry.media_id) {
                    (rusqlite::Error::SqliteFailure(f, _), Some(media_id))
                        if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE =>
                    {
                        format!("entry {}: MediaID {media_id} appears twice in the set", self.tally.entries)
                    }
                    _ => format!("storing entry {}: {e}", self.tally.entries),
                });
            }
            self.tally.count(&entry);
        }
        Ok(())
    }
}

/// Binds one entry's columns from parameter `offset + 1` on.
fn bind(stmt: &mut Statement<'_>, offset: usize, set: i64, m: &KnownMedia) -> rusqlite::Result<()> {
    let at = |column: usize| offset + column;
    stmt.raw_bind_parameter(at(1), set)?;
    stmt.raw_bind_parameter(at(2), m.media_id)?;
    stmt.raw_bind_parameter(at(3), m.md5.as_ref().map(|h| h.0.as_slice()))?;
    stmt.raw_bind_parameter(at(4), m.sha1.as_ref().map(|h| h.0.as_slice()))?;
    stmt.raw_bind_parameter(at(5), m.sha256.as_ref().map(|h| h.0.as_slice()))?;
    stmt.raw_bind_parameter(at(6), m.pdq.as_ref().map(|h| h.0.as_slice()))?;
    stmt.raw_bind_parameter(at(7), m.photodna.as_deref())?;
    stmt.raw_bind_parameter(at(8), m.category)?;
    stmt.raw_bind_parameter(at(9), m.series.as_deref())?;
    stmt.raw_bind_parameter(at(10), m.victim_identified)?;
    stmt.raw_bind_parameter(at(11), m.offender_identified)?;
    stmt.raw_bind_parameter(at(12), m.is_distributed)?;
    stmt.raw_bind_parameter(at(13), m.is_precategorized)?;
    stmt.raw_bind_parameter(at(14), m.comments.as_deref())?;
    stmt.raw_bind_parameter(at(15), m.tags.as_deref())?;
    stmt.raw_bind_parameter(at(16), m.size)?;
    stmt.raw_bind_parameter(at(17), m.case_index)
}
