//! Fuzzes the legal-data loader: any text given as a research group's
//! import must give a dataset or a located error, never a panic, and never
//! change the data it was applied to.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use vilab_law::{DataFile, Dataset};

fn base() -> &'static Dataset {
    static BASE: OnceLock<Dataset> = OnceLock::new();
    BASE.get_or_init(|| vilab_law::bundled().expect("bundled data validates"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let before = base().values.len();
    if let Ok((dataset, _)) = base().with_import(DataFile { name: "fuzz.toml", text }, "t") {
        let _ = vilab_law::compare::matrix(&dataset, &vilab_law::compare::Selection::all(&dataset));
    }
    assert_eq!(base().values.len(), before);
});
