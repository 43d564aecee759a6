//! The PDQ algorithm (being written).

use super::{DihedralHashes, PdqResult};
use crate::CoreError;

/// Placeholder.
pub fn hash_luma(_luma: &[f32], _w: usize, _h: usize) -> Result<PdqResult, CoreError> {
    Err(CoreError::EmptyImage { width: 0, height: 0 })
}
/// Placeholder.
pub fn hash_luma_dihedral(_luma: &[f32], _w: usize, _h: usize) -> Result<DihedralHashes, CoreError> {
    Err(CoreError::EmptyImage { width: 0, height: 0 })
}
/// Placeholder.
pub fn luma_from_rgb8(_rgb: &[u8], _w: usize, _h: usize) -> Result<Vec<f32>, CoreError> {
    Ok(vec![])
}
/// Placeholder.
pub fn resize_for_pdq(_luma: &[f32], _w: usize, _h: usize) -> (Vec<f32>, usize, usize) {
    (vec![], 0, 0)
}
