//! Reading on one thread while the caller stores on another: a hash-set
//! import is parse-bound and insert-bound in about equal parts, so running
//! the two side by side nearly halves its time.

use std::sync::mpsc::sync_channel;

use vilab_core::known::KnownMedia;

use crate::error::{HashsetError, Result};

/// Records per message between the threads (few messages, little memory).
const BATCH: usize = 1024;
/// Batches in flight: the reader runs at most this far ahead.
const IN_FLIGHT: usize = 8;

/// Runs `read` on a second thread, handing what it reads to `consume` on
/// this one, in order, and returns what `read` returned. If `consume`
/// refuses a record the reader is stopped; if the reader fails, its error
/// is returned after the records before it were consumed.
pub fn read_beside<F, T>(read: F, consume: &mut dyn FnMut(KnownMedia) -> Result<(), String>) -> Result<T>
where
    F: FnOnce(&mut dyn FnMut(KnownMedia) -> Result<(), String>) -> Result<T> + Send,
    T: Send,
{
    let (sender, receiver) = sync_channel::<Vec<KnownMedia>>(IN_FLIGHT);
    std::thread::scope(|scope| {
        let reader = std::thread::Builder::new().name("hashset-reader".into()).spawn_scoped(scope, move || {
            let mut batch = Vec::with_capacity(BATCH);
            let result = read(&mut |m| {
                batch.push(m);
                if batch.len() == BATCH {
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                    sender.send(full).map_err(|_| "the store stopped the import".to_string())?;
                }
                Ok(())
            });
            if !batch.is_empty() {
                // A refused last batch means the consumer already failed; its error wins below.
                let _ = sender.send(batch);
            }
            result
        });
        let Ok(reader) = reader else {
            return Err(HashsetError::Sink("could not start the reader thread".into()));
        };
        let mut refused = None;
        for batch in receiver.iter() {
            for m in batch {
                if let Err(e) = consume(m) {
                    refused = Some(e);
                    break;
                }
            }
            if refused.is_some() {
                break;
            }
        }
        drop(receiver);
        let read_result = reader.join().unwrap_or_else(|_| Err(HashsetError::Sink("the reader panicked".into())));
        match refused {
            Some(e) => Err(HashsetError::Sink(e)),
            None => read_result,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbered(n: i64) -> impl FnOnce(&mut dyn FnMut(KnownMedia) -> Result<(), String>) -> Result<i64> + Send {
        move |sink| {
            for i in 0..n {
                sink(KnownMedia { media_id: Some(i), ..KnownMedia::default() }).map_err(HashsetError::Sink)?;
            }
            Ok(n)
        }
    }

    #[test]
    fn every_record_arrives_in_order_and_the_readers_result_comes_back() {
        let mut seen = Vec::new();
        let returned = read_beside(numbered(5000), &mut |m| {
            seen.push(m.media_id.unwrap());
            Ok(())
        })
        .unwrap();
        assert_eq!(seen, (0..5000).collect::<Vec<_>>());
        assert_eq!(returned, 5000);
    }

    #[test]
    fn a_refusal_stops_the_reader_and_is_reported() {
        let mut count = 0;
        let result = read_beside(numbered(1_000_000), &mut |_| {
            count += 1;
            if count == 3000 { Err("full".into()) } else { Ok(()) }
        });
        assert!(matches!(result, Err(HashsetError::Sink(m)) if m == "full"));
        assert_eq!(count, 3000);
    }

    #[test]
    fn a_reader_error_comes_after_the_records_before_it() {
        let mut count = 0;
        let result = read_beside(
            |sink| {
                for i in 0..1500 {
                    sink(KnownMedia { media_id: Some(i), ..KnownMedia::default() }).map_err(HashsetError::Sink)?;
                }
                Err::<(), _>(HashsetError::NotVics("broken".into()))
            },
            &mut |_| {
                count += 1;
                Ok(())
            },
        );
        assert!(matches!(result, Err(HashsetError::NotVics(_))));
        assert_eq!(count, 1500);
    }
}
