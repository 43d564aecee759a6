//! `vilab case`: create and list cases.

use std::process::ExitCode;

use crate::cli::LabArg;
use crate::lab_path;

pub fn create(lab: &LabArg, name: &str) -> anyhow::Result<ExitCode> {
    let lab = lab_path::open(lab)?;
    let case = lab.store().create_case(name)?;
    outln!("Case '{}' created (id {}, uid {})", case.name, case.id, case.uid);
    Ok(ExitCode::SUCCESS)
}

pub fn list(lab: &LabArg, json: bool) -> anyhow::Result<ExitCode> {
    let lab = lab_path::open(lab)?;
    let cases = lab.store().list_cases()?;
    if json {
        super::print_json(&cases)?;
        return Ok(ExitCode::SUCCESS);
    }
    outln!("name\texhibits\tmedia\toccurrences\terrors");
    for c in &cases {
        outln!("{}\t{}\t{}\t{}\t{}", crate::tsv::field(&c.case.name), c.exhibits, c.media, c.occurrences, c.errors);
    }
    Ok(ExitCode::SUCCESS)
}
