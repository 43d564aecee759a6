//! Regions drawn on a media item of a case and the renditions made from
//! them for an audience (issue 20). Plain data: kinds, treatments, sources
//! and audiences are stable codes (the same as `vilab_sanitize`'s), never
//! words of a language. Shapes are in pixels of the stored original,
//! origin top left, before EXIF rotation (as leads' rectangles).

use serde::{Deserialize, Serialize};
use vilab_core::Sha256;

use super::records::codes;
use crate::{AccountId, CaseId, MediaRowId};

codes! {
    /// What a region covers.
    RegionKind {
        /// A face.
        Face = "face",
        /// A body or part of one.
        Body = "body",
        /// An identifying mark: tattoo, scar, birthmark.
        Mark = "mark",
        /// Text (a name, an address, a screen).
        Text = "text",
        /// Anything else to redact.
        Other = "other",
        /// An object worth showing widely (a bag, a pattern, a logo).
        Object = "object",
    }
}

impl RegionKind {
    /// A region of a person: face, body or mark. A public crop never
    /// touches one.
    pub fn is_person(self) -> bool {
        matches!(self, RegionKind::Face | RegionKind::Body | RegionKind::Mark)
    }
}

codes! {
    /// How a person region is hidden for partners and trainees.
    Treatment {
        /// Filled solid: the default, and the only one for text and other.
        Fill = "fill",
        /// Pixelated in blocks of at least 1/16 of the shorter side.
        Pixelate = "pixelate",
        /// Blurred.
        Blur = "blur",
    }
}

codes! {
    /// Who put a region there.
    RegionSource {
        /// Drawn by an analyst.
        Drawn = "drawn",
        /// A face detector's suggestion, accepted by an analyst.
        Suggested = "suggested",
    }
}

codes! {
    /// Who a rendition is for, most trusted first.
    Audience {
        /// Analysts and investigators: the original itself (never stored
        /// as a rendition).
        Original = "original",
        /// Partner agencies: every redaction region applied.
        Partner = "partner",
        /// Trainees: every redaction region applied.
        Trainee = "trainee",
        /// The public: approved crops of object regions only.
        Public = "public",
    }
}

/// The most points a polygon may have.
pub const MAX_POLYGON_POINTS: usize = 256;

/// A region's outline in pixels of the stored original.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RegionShape {
    /// A rectangle: its top left corner and size.
    Rect {
        /// Left.
        x: u32,
        /// Top.
        y: u32,
        /// Width (at least 1).
        w: u32,
        /// Height (at least 1).
        h: u32,
    },
    /// A polygon of 3 to [`MAX_POLYGON_POINTS`] points, in order.
    Polygon(Vec<(u32, u32)>),
}

impl RegionShape {
    /// The smallest rectangle holding the shape: (x, y, w, h).
    pub fn bounds(&self) -> (u32, u32, u32, u32) {
        match self {
            RegionShape::Rect { x, y, w, h } => (*x, *y, *w, *h),
            RegionShape::Polygon(points) => {
                let min_x = points.iter().map(|p| p.0).min().unwrap_or(0);
                let min_y = points.iter().map(|p| p.1).min().unwrap_or(0);
                let max_x = points.iter().map(|p| p.0).max().unwrap_or(0);
                let max_y = points.iter().map(|p| p.1).max().unwrap_or(0);
                (min_x, min_y, max_x - min_x + 1, max_y - min_y + 1)
            }
        }
    }

    /// Checks the shape, and that it lies inside `size` (width, height)
    /// where known; else the field (`shape.w`, `shape.polygon[3]`) and why.
    pub fn check(&self, size: Option<(u32, u32)>) -> Result<(), (String, String)> {
        match self {
            RegionShape::Rect { x, y, w, h } => {
                if *w == 0 {
                    return Err(("shape.w".into(), "must be at least 1 pixel".into()));
                }
                if *h == 0 {
                    return Err(("shape.h".into(), "must be at least 1 pixel".into()));
                }
                if let Some((width, height)) = size {
                    if u64::from(*x) + u64::from(*w) > u64::from(width) {
                        return Err(("shape.w".into(), format!("x {x} + w {w} reaches past the width {width}")));
                    }
                    if u64::from(*y) + u64::from(*h) > u64::from(height) {
                        return Err(("shape.h".into(), format!("y {y} + h {h} reaches past the height {height}")));
                    }
                }
            }
            RegionShape::Polygon(points) => {
                if points.len() < 3 || points.len() > MAX_POLYGON_POINTS {
                    return Err((
                        "shape.polygon".into(),
                        format!("{} points; a polygon has 3 to {MAX_POLYGON_POINTS}", points.len()),
                    ));
                }
                if let Some((width, height)) = size {
                    for (i, (px, py)) in points.iter().enumerate() {
                        if *px > width || *py > height {
                            return Err((
                                format!("shape.polygon[{i}]"),
                                format!("({px}, {py}) lies outside the item's {width}x{height} pixels"),
                            ));
                        }
                    }
                }
                let (_, _, w, h) = self.bounds();
                if w < 2 || h < 2 {
                    return Err(("shape.polygon".into(), "the points lie on one line".into()));
                }
            }
        }
        Ok(())
    }
}

/// What a region is: its kind, outline, treatment and source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegionFields {
    /// What it covers.
    pub kind: RegionKind,
    /// Its outline.
    pub shape: RegionShape,
    /// How it is hidden: only a person region may be other than `fill`.
    pub treatment: Treatment,
    /// Drawn or suggested.
    pub source: RegionSource,
}

impl RegionFields {
    /// Checks the fields against an item of `size` (where known); else the
    /// field and why.
    pub fn check(&self, size: Option<(u32, u32)>) -> Result<(), (String, String)> {
        if !self.kind.is_person() && self.treatment != Treatment::Fill {
            return Err((
                "treatment".into(),
                format!("a {} region is always filled, not {}", self.kind.as_str(), self.treatment.as_str()),
            ));
        }
        self.shape.check(size)
    }
}

/// One version of a region: each draw, change and delete appends one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Region {
    /// The region's stable id (32 random hex digits).
    pub uid: String,
    /// The case.
    pub case: CaseId,
    /// The item.
    pub media: MediaRowId,
    /// This version's number, from 1.
    pub version: u32,
    /// What it is at this version.
    #[serde(flatten)]
    pub fields: RegionFields,
    /// Whether this version deleted it.
    pub deleted: bool,
    /// Who made this version.
    pub set_by: AccountId,
    /// When.
    pub set_at: i64,
}

/// A region at one version: what a rendition was made from.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct RegionRef {
    /// The region's uid.
    pub uid: String,
    /// Its version.
    pub version: u32,
}

/// A rendition to record; its bytes are already in the evidence store.
#[derive(Clone, Debug)]
pub struct NewRendition {
    /// The case.
    pub case: CaseId,
    /// The item.
    pub media: MediaRowId,
    /// Partner, trainee or public (never original).
    pub audience: Audience,
    /// For a public crop, the object region it shows.
    pub object_region: Option<String>,
    /// Every current region of the item it was made from: the store
    /// refuses a list that is not the item's current regions.
    pub sources: Vec<RegionRef>,
    /// Its bytes' SHA-256.
    pub sha256: Sha256,
    /// Their size.
    pub size: u64,
    /// Its width in pixels.
    pub width: u32,
    /// Its height.
    pub height: u32,
    /// Who made it.
    pub made_by: AccountId,
    /// When.
    pub made_at: i64,
}

/// A rendition of an item for an audience.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Rendition {
    /// Its random id (32 hex digits).
    pub uid: String,
    /// The case.
    pub case: CaseId,
    /// The item.
    pub media: MediaRowId,
    /// Who it is for.
    pub audience: Audience,
    /// For a public crop, the object region it shows.
    pub object_region: Option<String>,
    /// The regions (uid, version) it was made from.
    pub sources: Vec<RegionRef>,
    /// Its bytes' SHA-256.
    pub sha256: Sha256,
    /// Their size.
    pub size: u64,
    /// Width.
    pub width: u32,
    /// Height.
    pub height: u32,
    /// Who made it.
    pub made_by: AccountId,
    /// When.
    pub made_at: i64,
    /// Whether a region of the item changed after it was made.
    pub stale: bool,
    /// Who approved a public crop (never its maker).
    pub approved_by: Option<AccountId>,
    /// When.
    pub approved_at: Option<i64>,
}
