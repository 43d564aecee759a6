//! `vilab gallery create|list|show|add|add-series|rm-item|member|clues|post|export|import-clues`
//! (issue 20): ViLab galleries from the command line. Every call goes
//! through `vilab-lab`; this module parses arguments, prints, and writes
//! an exported bundle's files (`export`, as `vilab sanitize --out` does).
//! TSV headers are stable identifiers, not words.

use std::path::Path;
use std::process::ExitCode;

use vilab_lab::ops::galleries::{ClueView, GalleryPart};
use vilab_lab::types::{ClueId, GalleryAudience, GalleryItemId, MediaKey, SeriesId};
use vilab_lab::{AppError, Code, Lab};

use crate::cli::{AudienceArg, GalleryCommand, GalleryPartArg};
use crate::ui::labelled;
use crate::{auth, lab_path};

const DAY: i64 = 86_400;

/// The gallery audience of `--audience`.
fn audience(a: AudienceArg) -> GalleryAudience {
    match a {
        AudienceArg::Partner => GalleryAudience::Partner,
        AudienceArg::Trainee => GalleryAudience::Trainee,
        AudienceArg::Public => GalleryAudience::Public,
    }
}

/// The end of `--until YYYY-MM-DD` (its last second, UTC), else `days`
/// from now.
pub fn until(lab: &Lab, field: &str, until: Option<&str>, days: u32) -> Result<i64, AppError> {
    match until {
        None => Ok(lab.now() + i64::from(days) * DAY),
        Some(day) => vilab_gallery::parse_time(&format!("{}T23:59:59Z", day.trim()))
            .filter(|_| day.trim().len() == 10)
            .ok_or_else(|| AppError::invalid(field, format!("'{day}' is not a day written YYYY-MM-DD"))),
    }
}

fn read_file(path: &Path) -> Result<Vec<u8>, AppError> {
    std::fs::read(path)
        .map_err(|e| AppError::new(Code::FileUnreadable).with("file", path.display().to_string()).detail(e))
}

/// `--pin x,y`: two fractions.
fn pin(text: &str) -> Result<(f64, f64), AppError> {
    let parts: Vec<&str> = text.split(',').map(str::trim).collect();
    match parts.as_slice() {
        [x, y] => match (x.parse::<f64>(), y.parse::<f64>()) {
            (Ok(x), Ok(y)) => Ok((x, y)),
            _ => Err(AppError::invalid("pin", format!("'{text}': x and y are numbers from 0 to 1"))),
        },
        _ => Err(AppError::invalid("pin", format!("'{text}': give x,y"))),
    }
}

fn clue_header() {
    outln!("id\tuid\titem\tauthor\tsource\tposted_at\tpin\ttext");
}

fn clue_row(c: &ClueView) {
    let pin = c.pin.map(|(x, y)| format!("{x},{y}")).unwrap_or_default();
    outln!(
        "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
        c.id.0,
        c.uid,
        c.item.0,
        crate::tsv::field(&c.author),
        c.source.as_str(),
        c.posted_at,
        pin,
        crate::tsv::field(&c.text)
    );
}

/// `vilab gallery ...` (but `verify`, which needs no lab).
pub fn run(command: GalleryCommand, user: Option<&str>) -> anyhow::Result<ExitCode> {
    match command {
        GalleryCommand::Verify(args) => return super::gallery::verify(&args),
        GalleryCommand::Create { lab, title, audience: a, days, until: last, json } => {
            let lab = lab_path::open(&lab)?;
            let session = auth::session(&lab, user)?;
            let closes = until(&lab, "until", last.as_deref(), days)?;
            let g = session.create_gallery(&title, audience(a), lab.now(), closes)?;
            if json {
                return super::print_shaped(&g);
            }
            outln!("uid\ttitle\taudience\topens_at\tcloses_at");
            outln!(
                "{}\t{}\t{}\t{}\t{}",
                g.uid,
                crate::tsv::field(&g.title),
                g.audience.as_str(),
                g.opens_at,
                g.closes_at
            );
        }
        GalleryCommand::List { lab, json } => {
            let lab = lab_path::open(&lab)?;
            let list = auth::session(&lab, user)?.galleries()?;
            if json {
                return super::print_shaped(&list);
            }
            outln!("uid\ttitle\taudience\topens_at\tcloses_at\topen\teditor");
            for g in &list.galleries {
                outln!(
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    g.uid,
                    crate::tsv::field(&g.title),
                    g.audience.as_str(),
                    g.opens_at,
                    g.closes_at,
                    yes(g.open),
                    yes(g.editor)
                );
            }
        }
        GalleryCommand::Show { lab, gallery, json } => {
            let lab = lab_path::open(&lab)?;
            let view = auth::session(&lab, user)?.gallery(&gallery)?;
            if json {
                return super::print_shaped(&view);
            }
            outln!("item\tposition\tcase\tsha256\tseries");
            for i in &view.items {
                outln!(
                    "{}\t{}\t{}\t{}\t{}",
                    i.id.0,
                    i.position,
                    crate::tsv::field(i.case.as_deref().unwrap_or("")),
                    i.media.as_deref().unwrap_or(""),
                    i.series.as_deref().unwrap_or("")
                );
            }
            if view.editor {
                outln!();
                outln!("member\trole\teditor\tadded_at");
                for m in &view.members {
                    outln!("{}\t{}\t{}\t{}", crate::tsv::field(&m.user), m.role.as_str(), yes(m.editor), m.added_at);
                }
                outln!();
                outln!("bundle\trecipient\texpires_at\tmade_at");
                for b in &view.bundles {
                    outln!("{}\t{}\t{}\t{}", b.uid, crate::tsv::field(&b.recipient), b.expires_at, b.made_at);
                }
            }
        }
        GalleryCommand::Add { lab, gallery, case, media, json } => {
            let lab = lab_path::open(&lab)?;
            let keys = media
                .iter()
                .map(|m| MediaKey::parse(m).map_err(|e| AppError::invalid("media", e)))
                .collect::<Result<Vec<_>, _>>()?;
            let added = auth::session(&lab, user)?.add_gallery_items(&gallery, &case, &keys)?;
            return added_out(&added, json);
        }
        GalleryCommand::AddSeries { lab, gallery, case, series, json } => {
            let lab = lab_path::open(&lab)?;
            let added = auth::session(&lab, user)?.add_gallery_series(&gallery, &case, SeriesId(series))?;
            return added_out(&added, json);
        }
        GalleryCommand::RmItem { lab, gallery, item } => {
            let lab = lab_path::open(&lab)?;
            let removed = auth::session(&lab, user)?.remove_gallery_item(&gallery, GalleryItemId(item))?;
            outln!("item\tremoved");
            outln!("{item}\t{}", yes(removed));
        }
        GalleryCommand::Member { lab, gallery, account, part } => {
            let lab = lab_path::open(&lab)?;
            let part = match part {
                GalleryPartArg::Editor => GalleryPart::Editor,
                GalleryPartArg::Participant => GalleryPart::Participant,
                GalleryPartArg::None => GalleryPart::None,
            };
            let changed = auth::session(&lab, user)?.set_gallery_member(&gallery, &account, part)?;
            outln!("user\tpart\tchanged");
            outln!("{}\t{}\t{}", crate::tsv::field(&account), part_code(part), yes(changed));
        }
        GalleryCommand::Clues { lab, gallery, item, after, json } => {
            let lab = lab_path::open(&lab)?;
            let board =
                auth::session(&lab, user)?.gallery_clues(&gallery, item.map(GalleryItemId), after.map(ClueId))?;
            if json {
                return super::print_shaped(&board);
            }
            clue_header();
            for c in &board.clues {
                clue_row(c);
            }
        }
        GalleryCommand::Post { lab, gallery, item, text, pin: at, json } => {
            let lab = lab_path::open(&lab)?;
            let at = at.as_deref().map(pin).transpose()?;
            let clue = auth::session(&lab, user)?.post_clue(&gallery, GalleryItemId(item), &text, at)?;
            if json {
                return super::print_shaped(&clue);
            }
            clue_header();
            clue_row(&clue);
        }
        GalleryCommand::Export { lab, gallery, recipient, out, days, until: last, skip_missing, json } => {
            let lab = lab_path::open(&lab)?;
            let session = auth::session(&lab, user)?;
            let expires = until(&lab, "until", last.as_deref(), days)?;
            let export = session.export_bundle(&gallery, &recipient, expires, skip_missing)?;
            // The lab recorded the bundle already: a folder that cannot be
            // written leaves a recorded bundle nobody received, which the
            // gallery's bundle list shows (harmless: its clue files would
            // never come).
            vilab_gallery::write_dir(&out, &export.files).map_err(|e| {
                AppError::new(Code::FileUnwritable)
                    .with("file", e.bundle_path().map(str::to_string).unwrap_or_else(|| out.display().to_string()))
                    .detail(e)
            })?;
            let s = &export.summary;
            if json {
                return super::print_shaped(s);
            }
            outln!("{}", labelled("gallery-label-bundle", &s.bundle.uid));
            outln!("{}", labelled("gallery-label-recipient", &s.bundle.recipient));
            outln!("{}", labelled("gallery-label-expires", expires_day(s.bundle.expires_at)));
            outln!("{}", labelled("gallery-label-fingerprint", &s.fingerprint));
            outln!("{}", labelled("gallery-label-public-key", &s.public_key));
            outln!("{}", labelled("gallery-label-files", s.files));
            if !s.skipped.is_empty() {
                let ids: Vec<String> = s.skipped.iter().map(|i| i.0.to_string()).collect();
                outln!("{}", labelled("gallery-label-skipped", ids.join(", ")));
            }
            let path = out.display().to_string();
            outln!("{}", tr!("gallery-export-written", path = path.as_str(), items = s.items.len()));
        }
        GalleryCommand::ImportClues { lab, gallery, file, json } => {
            let lab = lab_path::open(&lab)?;
            let bytes = read_file(&file)?;
            let report = auth::session(&lab, user)?.import_clue_file(&gallery, &bytes)?;
            if json {
                return super::print_shaped(&report);
            }
            outln!("bundle\trecorded\talready\tskipped");
            outln!("{}\t{}\t{}\t{}", report.bundle, report.recorded, report.already, report.skipped.len());
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn added_out(added: &vilab_lab::ops::galleries::GalleryItemsAdded, json: bool) -> anyhow::Result<ExitCode> {
    if json {
        return super::print_shaped(added);
    }
    outln!("item\tadded");
    for id in &added.added {
        outln!("{}\tyes", id.0);
    }
    outln!("already\t{}", added.already);
    Ok(ExitCode::SUCCESS)
}

fn yes(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

fn part_code(p: GalleryPart) -> &'static str {
    match p {
        GalleryPart::Editor => "editor",
        GalleryPart::Participant => "participant",
        GalleryPart::None => "none",
    }
}

/// `YYYY-MM-DD` (UTC) of Unix seconds.
fn expires_day(at: i64) -> String {
    let at = std::time::UNIX_EPOCH + std::time::Duration::from_secs(at.max(0) as u64);
    humantime::format_rfc3339_seconds(at).to_string()[..10].to_string()
}
