//! Signing and checking the audit chain of any [`Store`] with the lab's
//! key: what [`Lab::checkpoint_audit`](crate::Lab::checkpoint_audit) and
//! [`Lab::verify_audit`](crate::Lab::verify_audit) do, written against the
//! trait so that every backend signs and verifies the same way.

use vilab_core::audit::{AuditCheckpoint, ChainReport, ChainVerifier, checkpoint_message};

use crate::identity::LabIdentity;
use crate::{Result, Store, StoreError};

/// Signs the audit log's head with `identity` and stores the checkpoint;
/// `None` when the log is empty or its head is signed already.
pub fn checkpoint(store: &dyn Store, identity: &LabIdentity) -> Result<Option<AuditCheckpoint>> {
    let Some((seq, hash)) = store.audit_head()? else {
        return Ok(None);
    };
    if store.last_audit_checkpoint()?.is_some_and(|last| last.seq >= seq) {
        return Ok(None);
    }
    let lab_id = store.lab_info()?.lab_id;
    let signature = identity.sign(&checkpoint_message(&lab_id, seq, &hash));
    let checkpoint = AuditCheckpoint { seq, hash, signed_at: crate::clock::now_unix(), signature };
    store.add_audit_checkpoint(&checkpoint)?;
    Ok(Some(checkpoint))
}

/// Checks the whole audit chain against the signed checkpoints, with the
/// public key the store recorded (not a key file: a lab whose key file was
/// swapped does not open). Streams the records.
pub fn verify(store: &dyn Store) -> Result<ChainReport> {
    let info = store.lab_info()?;
    let public_key: [u8; 32] = hex::decode(&info.public_key_hex)
        .ok()
        .and_then(|bytes| bytes.try_into().ok())
        .ok_or_else(|| StoreError::invalid("lab_meta", "public_key is not 64 hex digits"))?;
    let verify = |message: &[u8], signature: &[u8; 64]| LabIdentity::verify(&public_key, message, signature);
    // Checkpoints first: the records are read after, from a snapshot that
    // holds every record a checkpoint read here can name.
    let checkpoints = store.audit_checkpoints()?;
    let mut verifier = ChainVerifier::new(&info.lab_id, &checkpoints, &verify);
    store.visit_audit(&mut |record| verifier.push(&record))?;
    Ok(verifier.finish())
}
