//! Regions an analyst draws on an original (kind, shape, treatment) and
//! the audiences renditions are made for, with their stable codes.
//!
//! Coordinates are pixels of the stored original, origin top left, before
//! EXIF rotation. A rectangle covers the pixels `x..x+w` by `y..y+h`; a
//! polygon's vertices lie on pixel corners (`0..=width`, `0..=height`) and
//! it covers the pixels whose centres it encloses.

use crate::SanitizeError;

/// Most vertices a polygon may have: far more than a hand-drawn outline,
/// few enough that rasterising one costs milliseconds.
pub const MAX_POLYGON_POINTS: usize = 10_000;

/// What a region marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegionKind {
    /// A face (person region).
    Face,
    /// A body or part of one (person region).
    Body,
    /// An identifying mark: tattoo, scar, birthmark (person region).
    Mark,
    /// Text that identifies (always filled).
    Text,
    /// Anything else to redact (always filled).
    Other,
    /// An object worth showing widely (the public sees crops of these).
    Object,
}

impl RegionKind {
    /// Every kind, in code order.
    pub const ALL: [RegionKind; 6] =
        [RegionKind::Face, RegionKind::Body, RegionKind::Mark, RegionKind::Text, RegionKind::Other, RegionKind::Object];

    /// The stable code.
    pub fn as_str(self) -> &'static str {
        match self {
            RegionKind::Face => "face",
            RegionKind::Body => "body",
            RegionKind::Mark => "mark",
            RegionKind::Text => "text",
            RegionKind::Other => "other",
            RegionKind::Object => "object",
        }
    }

    /// The kind of a stable code.
    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == code)
    }

    /// Face, body and mark: what a public crop must never show.
    pub fn is_person(self) -> bool {
        matches!(self, RegionKind::Face | RegionKind::Body | RegionKind::Mark)
    }

    /// Every kind but `object`: what partner and trainee renditions hide.
    pub fn is_redaction(self) -> bool {
        self != RegionKind::Object
    }
}

/// How a person region is hidden. Text and other regions are always
/// filled, whatever their treatment says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Treatment {
    /// Solid black: the pixels keep nothing of the original (the default).
    #[default]
    Fill,
    /// Blocks of their mean colour, at least 1/16 of the shorter side:
    /// weaker than a fill (the lab warns).
    Pixelate,
    /// A box blur of radius at least 1/16 of the shorter side: weaker than
    /// a fill (the lab warns).
    Blur,
}

impl Treatment {
    /// Every treatment, in code order.
    pub const ALL: [Treatment; 3] = [Treatment::Fill, Treatment::Pixelate, Treatment::Blur];

    /// The stable code.
    pub fn as_str(self) -> &'static str {
        match self {
            Treatment::Fill => "fill",
            Treatment::Pixelate => "pixelate",
            Treatment::Blur => "blur",
        }
    }

    /// The treatment of a stable code.
    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == code)
    }
}

/// The outline of a region.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Shape {
    /// Pixels `x..x+w` by `y..y+h`; the part past the right or bottom
    /// edge is clipped.
    Rect {
        /// Left column.
        x: u32,
        /// Top row.
        y: u32,
        /// Width in pixels (at least 1).
        w: u32,
        /// Height in pixels (at least 1).
        h: u32,
    },
    /// Vertices on pixel corners, closed implicitly; pixels whose centres
    /// it encloses by the even-odd rule belong to it.
    Polygon(Vec<(u32, u32)>),
}

impl Shape {
    /// Whether the shape is usable on a `width` x `height` image; the
    /// error names the field (`shape.w`, `shape.points[3].x`).
    pub fn validate(&self, width: u32, height: u32) -> Result<(), SanitizeError> {
        match self {
            Shape::Rect { x, y, w, h } => {
                if *w == 0 {
                    return Err(SanitizeError::region("shape.w", "must be at least 1"));
                }
                if *h == 0 {
                    return Err(SanitizeError::region("shape.h", "must be at least 1"));
                }
                if *x >= width {
                    return Err(SanitizeError::region("shape.x", format!("{x} is outside the image ({width} wide)")));
                }
                if *y >= height {
                    return Err(SanitizeError::region("shape.y", format!("{y} is outside the image ({height} high)")));
                }
                Ok(())
            }
            Shape::Polygon(points) => {
                if points.len() < 3 {
                    return Err(SanitizeError::region(
                        "shape.points",
                        format!("a polygon needs at least 3 points, not {}", points.len()),
                    ));
                }
                if points.len() > MAX_POLYGON_POINTS {
                    return Err(SanitizeError::region(
                        "shape.points",
                        format!("{} points, more than {MAX_POLYGON_POINTS}", points.len()),
                    ));
                }
                for (i, &(px, py)) in points.iter().enumerate() {
                    if px > width {
                        return Err(SanitizeError::region(
                            format!("shape.points[{i}].x"),
                            format!("{px} is outside the image ({width} wide)"),
                        ));
                    }
                    if py > height {
                        return Err(SanitizeError::region(
                            format!("shape.points[{i}].y"),
                            format!("{py} is outside the image ({height} high)"),
                        ));
                    }
                }
                if twice_area(points) == 0 {
                    return Err(SanitizeError::region("shape.points", "the polygon encloses no area"));
                }
                Ok(())
            }
        }
    }

    /// The smallest box holding the shape's pixels, clipped to the image:
    /// `(x0, y0, x1, y1)`, ends exclusive. Call after [`Shape::validate`].
    pub fn bounds(&self, width: u32, height: u32) -> (u32, u32, u32, u32) {
        match self {
            Shape::Rect { x, y, w, h } => {
                let x1 = u64::from(*x).saturating_add(u64::from(*w)).min(u64::from(width)) as u32;
                let y1 = u64::from(*y).saturating_add(u64::from(*h)).min(u64::from(height)) as u32;
                ((*x).min(width), (*y).min(height), x1, y1)
            }
            Shape::Polygon(points) => {
                let (mut x0, mut y0, mut x1, mut y1) = (u32::MAX, u32::MAX, 0, 0);
                for &(px, py) in points {
                    x0 = x0.min(px);
                    y0 = y0.min(py);
                    x1 = x1.max(px);
                    y1 = y1.max(py);
                }
                if x0 > x1 {
                    return (0, 0, 0, 0);
                }
                (x0.min(width), y0.min(height), x1.min(width), y1.min(height))
            }
        }
    }
}

/// Twice the signed area (shoelace), in i128 so that no coordinate
/// overflows it.
fn twice_area(points: &[(u32, u32)]) -> i128 {
    let n = points.len();
    (0..n)
        .map(|i| {
            let (ax, ay) = points[i];
            let (bx, by) = points[(i + 1) % n];
            i128::from(ax) * i128::from(by) - i128::from(bx) * i128::from(ay)
        })
        .sum()
}

/// A region as the lab stores it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Region {
    /// What it marks.
    pub kind: RegionKind,
    /// Where.
    pub shape: Shape,
    /// How a person region is hidden (text and other: always filled).
    pub treatment: Treatment,
}

/// Who a rendition is for, most trusted first (`Original < Partner`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Audience {
    /// Analysts and investigators: the original itself.
    Original,
    /// Partner agencies: every redaction region applied.
    Partner,
    /// Trainees: every redaction region applied.
    Trainee,
    /// The public: crops of object regions only.
    Public,
}

impl Audience {
    /// Every audience, most trusted first.
    pub const ALL: [Audience; 4] = [Audience::Original, Audience::Partner, Audience::Trainee, Audience::Public];

    /// The stable code.
    pub fn as_str(self) -> &'static str {
        match self {
            Audience::Original => "original",
            Audience::Partner => "partner",
            Audience::Trainee => "trainee",
            Audience::Public => "public",
        }
    }

    /// The audience of a stable code.
    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for k in RegionKind::ALL {
            assert_eq!(RegionKind::parse(k.as_str()), Some(k));
        }
        for t in Treatment::ALL {
            assert_eq!(Treatment::parse(t.as_str()), Some(t));
        }
        for a in Audience::ALL {
            assert_eq!(Audience::parse(a.as_str()), Some(a));
        }
        assert_eq!(RegionKind::parse("Face"), None);
        assert!(Audience::Original < Audience::Partner && Audience::Trainee < Audience::Public);
    }

    #[test]
    fn validation_names_the_field() {
        let cases: Vec<(Shape, &str)> = vec![
            (Shape::Rect { x: 0, y: 0, w: 0, h: 5 }, "shape.w"),
            (Shape::Rect { x: 0, y: 0, w: 5, h: 0 }, "shape.h"),
            (Shape::Rect { x: 100, y: 0, w: 5, h: 5 }, "shape.x"),
            (Shape::Rect { x: 0, y: u32::MAX, w: 5, h: 5 }, "shape.y"),
            (Shape::Polygon(vec![]), "shape.points"),
            (Shape::Polygon(vec![(0, 0), (5, 5)]), "shape.points"),
            (Shape::Polygon(vec![(0, 0), (5, 5), (10, 10)]), "shape.points"),
            (Shape::Polygon(vec![(0, 0), (5, 5), (101, 10)]), "shape.points[2].x"),
            (Shape::Polygon(vec![(0, 0), (5, u32::MAX), (10, 10)]), "shape.points[1].y"),
            (Shape::Polygon(vec![(0, 0); MAX_POLYGON_POINTS + 1]), "shape.points"),
        ];
        for (shape, field) in cases {
            match shape.validate(100, 80) {
                Err(SanitizeError::InvalidRegion { field: f, .. }) => assert_eq!(f, field, "{shape:?}"),
                other => panic!("{shape:?}: {other:?}"),
            }
        }
        assert!(Shape::Rect { x: 90, y: 70, w: u32::MAX, h: u32::MAX }.validate(100, 80).is_ok());
        assert_eq!(Shape::Rect { x: 90, y: 70, w: u32::MAX, h: u32::MAX }.bounds(100, 80), (90, 70, 100, 80));
        assert!(Shape::Polygon(vec![(0, 0), (100, 0), (100, 80)]).validate(100, 80).is_ok());
    }
}
