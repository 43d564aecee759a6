//! `vilab sanitize`, `vilab region` and `vilab rendition` (issue 20):
//! regions drawn from the command line, renditions made for an audience and
//! written to a folder by uid, and the second analyst's approval of a
//! public crop. TSV headers are stable identifiers, not words.

use std::path::Path;
use std::process::ExitCode;

use vilab_lab::types::{MediaKey, MediaRowId, Region, RegionFields, RegionKind, RegionShape, RegionSource, Rendition};
use vilab_lab::{AppError, Session};

use crate::cli::{RegionCommand, RegionKindArg, RenditionCommand, SanitizeArgs, TreatmentArg};
use crate::{auth, lab_path};

/// The row id of an item named by any key the lab accepts.
fn item(session: &Session<'_>, key: &str) -> anyhow::Result<MediaRowId> {
    let key = MediaKey::parse(key).map_err(|e| AppError::invalid("media", e))?;
    if let MediaKey::RowId(id) = key {
        return Ok(id);
    }
    Ok(session.show_media(&key)?.id)
}

/// Whole numbers separated by commas, for `field`.
fn numbers(field: &str, text: &str) -> Result<Vec<u32>, AppError> {
    text.split(',')
        .enumerate()
        .map(|(i, part)| {
            part.trim().parse::<u32>().map_err(|_| {
                AppError::invalid(field, format!("value {} ('{}') is not a whole number of pixels", i + 1, part))
            })
        })
        .collect()
}

/// The shape of `--rect x,y,w,h` or `--polygon x1,y1,...`.
pub fn parse_shape(rect: Option<&str>, polygon: Option<&str>) -> Result<RegionShape, AppError> {
    match (rect, polygon) {
        (Some(rect), None) => match numbers("rect", rect)?.as_slice() {
            [x, y, w, h] => Ok(RegionShape::Rect { x: *x, y: *y, w: *w, h: *h }),
            other => Err(AppError::invalid("rect", format!("{} values; a rectangle is x,y,w,h", other.len()))),
        },
        (None, Some(polygon)) => {
            let values = numbers("polygon", polygon)?;
            if values.len() % 2 == 1 {
                return Err(AppError::invalid("polygon", "an odd number of values: points are x,y pairs"));
            }
            Ok(RegionShape::Polygon(values.chunks(2).map(|p| (p[0], p[1])).collect()))
        }
        _ => Err(AppError::invalid("rect", "give --rect x,y,w,h or --polygon x1,y1,x2,y2,...")),
    }
}

fn kind(k: RegionKindArg) -> RegionKind {
    match k {
        RegionKindArg::Face => RegionKind::Face,
        RegionKindArg::Body => RegionKind::Body,
        RegionKindArg::Mark => RegionKind::Mark,
        RegionKindArg::Text => RegionKind::Text,
        RegionKindArg::Other => RegionKind::Other,
        RegionKindArg::Object => RegionKind::Object,
    }
}

fn treatment(t: TreatmentArg) -> vilab_lab::types::Treatment {
    match t {
        TreatmentArg::Fill => vilab_lab::types::Treatment::Fill,
        TreatmentArg::Pixelate => vilab_lab::types::Treatment::Pixelate,
        TreatmentArg::Blur => vilab_lab::types::Treatment::Blur,
    }
}

fn shape_text(shape: &RegionShape) -> String {
    match shape {
        RegionShape::Rect { x, y, w, h } => format!("rect:{x},{y},{w},{h}"),
        RegionShape::Polygon(points) => {
            let flat: Vec<String> = points.iter().map(|(x, y)| format!("{x},{y}")).collect();
            format!("polygon:{}", flat.join(","))
        }
    }
}

fn region_header() {
    outln!("uid\tversion\tkind\ttreatment\tsource\tshape\tdeleted\tset_by\tset_at");
}

fn region_row(r: &Region) {
    outln!(
        "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
        r.uid,
        r.version,
        r.fields.kind.as_str(),
        r.fields.treatment.as_str(),
        r.fields.source.as_str(),
        shape_text(&r.fields.shape),
        if r.deleted { "yes" } else { "no" },
        r.set_by.0,
        r.set_at
    );
}

/// `vilab region ...`.
pub fn region(command: RegionCommand, user: Option<&str>) -> anyhow::Result<ExitCode> {
    match command {
        RegionCommand::Add { lab, media, case, rect, polygon, kind: k, treatment: t, json } => {
            let lab = lab_path::open(&lab)?;
            let session = auth::session(&lab, user)?;
            let media = item(&session, &media)?;
            let fields = RegionFields {
                kind: kind(k),
                shape: parse_shape(rect.as_deref(), polygon.as_deref())?,
                treatment: treatment(t),
                source: RegionSource::Drawn,
            };
            let changed = session.add_region(&case, media, &fields)?;
            if json {
                return super::print_shaped(&changed);
            }
            region_header();
            region_row(&changed.region);
        }
        RegionCommand::List { lab, media, case, history, json } => {
            let lab = lab_path::open(&lab)?;
            let session = auth::session(&lab, user)?;
            let media = item(&session, &media)?;
            let list = session.regions(&case, media)?;
            if json {
                return super::print_shaped(&list);
            }
            region_header();
            for r in if history { &list.history } else { &list.regions } {
                region_row(r);
            }
        }
        RegionCommand::Rm { lab, uid, case } => {
            let lab = lab_path::open(&lab)?;
            let changed = auth::session(&lab, user)?.delete_region(&case, &uid)?;
            region_header();
            region_row(&changed.region);
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn rendition_header() {
    outln!("uid\taudience\tobject_region\twidth\theight\tsize\tsha256\tstale\tapproved_by\tfile");
}

fn rendition_row(r: &Rendition, file: &str) {
    outln!(
        "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
        r.uid,
        r.audience.as_str(),
        r.object_region.as_deref().unwrap_or(""),
        r.width,
        r.height,
        r.size,
        r.sha256.to_hex(),
        if r.stale { "yes" } else { "no" },
        r.approved_by.map(|a| a.0.to_string()).unwrap_or_default(),
        crate::tsv::field(file)
    );
}

/// `vilab rendition ...`.
pub fn rendition(command: RenditionCommand, user: Option<&str>) -> anyhow::Result<ExitCode> {
    match command {
        RenditionCommand::Approve { lab, uid, json } => {
            let lab = lab_path::open(&lab)?;
            let approved = auth::session(&lab, user)?.approve_rendition(&uid)?;
            if json {
                return super::print_shaped(&approved);
            }
            rendition_header();
            rendition_row(&approved.rendition, "");
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `vilab sanitize`: makes the renditions, then receives each as the
/// actor's role allows (the same check as the browser's) and writes it to
/// `<out>/<uid>.jpg`; a file of that name is never overwritten.
pub fn sanitize(args: &SanitizeArgs, user: Option<&str>) -> anyhow::Result<ExitCode> {
    let lab = lab_path::open(&args.lab)?;
    let session = auth::session(&lab, user)?;
    let media = item(&session, &args.media)?;
    let made = session.make_renditions(&args.case, media, args.audience.into())?;
    std::fs::create_dir_all(&args.out).map_err(|e| unwritable(&args.out, e))?;
    let mut written = Vec::new();
    for r in &made.renditions {
        let bytes = session.fetch_rendition(&r.uid)?.bytes;
        let path = args.out.join(format!("{}.jpg", r.uid));
        write_new(&path, &bytes)?;
        written.push((r, path.display().to_string()));
    }
    if args.json {
        return super::print_shaped(&made);
    }
    rendition_header();
    for (r, file) in written {
        rendition_row(r, &file);
    }
    Ok(ExitCode::SUCCESS)
}

fn unwritable(path: &Path, e: std::io::Error) -> AppError {
    AppError::new(vilab_lab::Code::FileUnwritable).with("file", path.display().to_string()).detail(e)
}

/// Writes a file that must not exist yet.
fn write_new(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            AppError::new(vilab_lab::Code::FileExists).with("file", path.display().to_string())
        } else {
            unwritable(path, e)
        }
    })?;
    file.write_all(bytes).map_err(|e| unwritable(path, e))?;
    Ok(())
}
