//! `vilab hashset ...`: import, list, show and remove hash sets.

use std::io::Read;
use std::process::ExitCode;

use anyhow::{Context, bail};
use sha2::{Digest, Sha256};
use vilab_hashset::vics::read_vics;
use vilab_hashset::{HashsetError, profiles};
use vilab_store::model::{Hashset, NewHashset};

use crate::cli::HashsetCommand;
use crate::commands::print_json;
use crate::{lab_path, messages};

/// Runs one `hashset` subcommand.
pub fn run(command: HashsetCommand) -> anyhow::Result<ExitCode> {
    match command {
        HashsetCommand::Import { lab, name, profile, file, json } => {
            let lab = lab_path::open(&lab)?;
            let Some(profile) = profiles::profile(&profile) else {
                let known: Vec<&str> = profiles::PROFILES.iter().map(|p| p.name).collect();
                bail!("unknown profile {profile:?} (known: {})", known.join(", "));
            };
            let source_sha256 = file_sha256(&file)?;
            let format = sniff_format(&file)?;
            let new = NewHashset { name, profile: profile.name.into(), format, source_sha256 };
            let mut read_error: Option<HashsetError> = None;
            let path = file.clone();
            let stored = lab.store().import_hashset(&new, &mut |sink| {
                let reader = std::fs::File::open(&path).map_err(|e| format!("opening {}: {e}", path.display()))?;
                match read_vics(reader, &mut |m| sink(m)) {
                    Ok(_) => Ok(()),
                    Err(e) => {
                        let message = e.to_string();
                        read_error = Some(e);
                        Err(message)
                    }
                }
            });
            let set = match (stored, read_error) {
                (Ok(set), _) => set,
                (Err(_), Some(e)) => return Err(e).with_context(|| format!("{}: nothing imported", file.display())),
                (Err(e), None) => return Err(e.into()),
            };
            if json {
                print_json(&set)?;
            } else {
                println!("{}", messages::hashset_imported(&set));
            }
        }
        HashsetCommand::List { lab, json } => {
            let sets = lab_path::open(&lab)?.store().list_hashsets()?;
            if json {
                print_json(&sets)?;
            } else {
                for set in &sets {
                    println!("{}", summary_line(set));
                }
            }
        }
        HashsetCommand::Show { lab, name, json } => {
            let Some(set) = lab_path::open(&lab)?.store().hashset_by_name(&name)? else {
                bail!("no hash set named {name:?}");
            };
            if json {
                print_json(&set)?;
            } else {
                println!("{}", summary_line(&set));
                println!("  uid {}  source sha256 {}  imported at {}", set.uid, set.source_sha256, set.imported_at);
            }
        }
        HashsetCommand::Remove { lab, name } => {
            if !lab_path::open(&lab)?.store().remove_hashset(&name)? {
                bail!("no hash set named {name:?}");
            }
            println!("removed hash set {name}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn summary_line(set: &Hashset) -> String {
    format!("{:<32} {:>10} entries  profile {:<7} format {}", set.name, set.entries, set.profile, set.format)
}

fn file_sha256(path: &std::path::Path) -> anyhow::Result<[u8; 32]> {
    let mut file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 1 << 20];
    loop {
        let n = file.read(&mut buffer).with_context(|| format!("reading {}", path.display()))?;
        if n == 0 {
            break;
        }
        hasher.update(&buffer[..n]);
    }
    Ok(hasher.finalize().into())
}

/// VICS is the only format read so far; the first bytes tell 1.x from 2.0.
fn sniff_format(path: &std::path::Path) -> anyhow::Result<String> {
    let mut head = vec![0u8; 4096];
    let n = std::fs::File::open(path)?.read(&mut head)?;
    let head = String::from_utf8_lossy(&head[..n]);
    match head.trim_start_matches('\u{feff}').trim_start().chars().next() {
        Some('{') if head.contains("@odata.context") => Ok("vics2".into()),
        Some('{') => Ok("vics1".into()),
        _ => bail!("{}: not a VICS JSON file (plain hash lists and CSV are not read yet)", path.display()),
    }
}
