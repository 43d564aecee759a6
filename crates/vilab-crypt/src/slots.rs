//! x
#![allow(missing_docs)]
pub struct KdfParams;
pub struct RecoveryKey;
pub struct RecoveryKeyError;
pub struct SlotError;
pub struct SlotFile;
pub struct SlotKind;
