//! The key slots of an encrypted lab: a new passphrase (one slot
//! rewritten, not the data) and a new recovery key. The audit records say
//! which slot changed and its argon2id costs, never a key or passphrase.

use serde::Serialize;
use serde_json::json;
use vilab_store::vilab_crypt::KdfParams;

use crate::Session;
use crate::error::{AppError, Code, Result};
use crate::guard::{Done, Permit, Target};
use crate::keys::{KdfCost, SecretString, slot_error};
use crate::permission::Action;
use crate::shapes::shape;

/// What a key-slot change did (the new recovery key, if one was made, is
/// returned beside this, never inside: shapes are printed and logged).
#[derive(Clone, Debug, Serialize)]
pub struct SlotChanged {
    /// `passphrase` or `recovery_key`.
    pub slot: &'static str,
    /// argon2id memory of the new slot, KiB.
    pub kdf_memory_kib: u32,
    /// argon2id passes.
    pub kdf_passes: u32,
    /// argon2id lanes.
    pub kdf_lanes: u32,
}
shape!(SlotChanged, "vilab.lab-key-slot/1");

fn changed(slot: &'static str, params: KdfParams) -> SlotChanged {
    SlotChanged { slot, kdf_memory_kib: params.m_cost_kib(), kdf_passes: params.t_cost(), kdf_lanes: params.p_cost() }
}

fn details(c: &SlotChanged) -> serde_json::Value {
    json!({ "slot": c.slot, "kdf": { "m_kib": c.kdf_memory_kib, "t": c.kdf_passes, "p": c.kdf_lanes } })
}

/// The lab's key slots and master key; a plain lab is refused.
fn slots(permit: &Permit<'_>) -> Result<(vilab_store::vilab_crypt::SlotFile, std::path::PathBuf)> {
    let lab = permit.store_lab();
    if !lab.encrypted() {
        return Err(AppError::new(Code::LabNotEncrypted).with("path", lab.dir().display().to_string()));
    }
    let path = lab.dir().join(vilab_store::KEY_SLOTS_FILE);
    let file = vilab_store::Lab::key_slots(lab.dir()).map_err(crate::error_map::store)?;
    Ok((file, path))
}

/// What `encrypt_lab` did.
#[derive(Debug)]
pub struct Encrypting {
    /// The new recovery key, to show once (`None` when a stopped run had
    /// made and shown it).
    pub recovery: Option<SecretString>,
    /// Stored files encrypted (or found encrypted by a stopped run).
    pub blobs: u64,
    /// Of them, found encrypted already.
    pub resumed: u64,
}

impl Session<'_> {
    /// The first phase of encrypting this plain lab in place (see
    /// `vilab_store::encrypt`): everything encrypted beside the plain lab,
    /// each blob hashed as it is read. `None` when the lab is encrypted
    /// already. Close the lab, then call [`crate::Lab::finish_encryption`].
    pub fn encrypt_lab(
        &self,
        passphrase: &SecretString,
        cost: KdfCost,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<Option<Encrypting>> {
        self.act(Action::LabEncrypt, Target::Lab, |permit| {
            let lab = permit.store_lab();
            if lab.encrypted() {
                return Ok(Done::new(None, json!({ "already": true })));
            }
            let params = cost.params()?;
            let prepared = lab.prepare_encryption(passphrase, params, progress).map_err(crate::error_map::store)?;
            let details = json!({ "blobs": prepared.blobs, "resumed": prepared.resumed, "bytes": prepared.bytes });
            let done = Encrypting { recovery: prepared.recovery, blobs: prepared.blobs, resumed: prepared.resumed };
            Ok(Done::new(Some(done), details))
        })
    }

    /// Replaces the passphrase slot with one for `passphrase` (costs
    /// `cost`). The data is not touched; the old passphrase no longer opens
    /// the lab once this returns.
    pub fn change_lab_passphrase(&self, passphrase: &SecretString, cost: KdfCost) -> Result<SlotChanged> {
        let params = cost.params()?;
        self.act(Action::LabPassphrase, Target::Lab, |permit| {
            let (mut file, path) = slots(permit)?;
            let master = permit.store_lab().master_key().ok_or_else(|| AppError::new(Code::Internal))?;
            file.replace_passphrase(master, passphrase, params).map_err(slot_error)?;
            file.write_atomic(&path).map_err(slot_error)?;
            let c = changed("passphrase", params);
            let d = details(&c);
            Ok(Done::new(c, d))
        })
    }

    /// Replaces the recovery slot with one for a new recovery key, whose
    /// text is returned to be shown once; the old recovery key no longer
    /// opens the lab.
    pub fn replace_lab_recovery_key(&self, cost: KdfCost) -> Result<(SlotChanged, SecretString)> {
        let params = cost.params()?;
        self.act(Action::LabRecoveryKey, Target::Lab, |permit| {
            let (mut file, path) = slots(permit)?;
            let master = permit.store_lab().master_key().ok_or_else(|| AppError::new(Code::Internal))?;
            let key = file.replace_recovery_key(master, params).map_err(slot_error)?;
            file.write_atomic(&path).map_err(slot_error)?;
            let c = changed("recovery_key", params);
            let d = details(&c);
            Ok(Done::new((c, key.to_text()), d))
        })
    }
}
