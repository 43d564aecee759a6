//! vilab's offline map: the world's country borders drawn as SVG paths,
//! from Natural Earth's 1:50m countries (the `world-atlas` package, ISC,
//! embedded; `assets/README.md`), so that a case's GPS positions can be
//! shown without a tile server or any request leaving the machine.
//!
//! The projection is equirectangular (x = longitude, y = -latitude, in
//! degrees): a position and a border line up by construction, and a
//! rectangle of the view is a rectangle of latitudes and longitudes, which
//! is what the grid's `within` filter takes.
//!
//! ```
//! let world = vilab_geo::world().unwrap();
//! assert!(world.countries.iter().any(|c| c.id == "116")); // Cambodia
//! let svg = world.svg_paths();
//! assert!(svg.contains("<path"));
//! ```

use std::fmt::Write as _;
use std::sync::OnceLock;

use serde::Deserialize;

/// The embedded TopoJSON.
const COUNTRIES_50M: &str = include_str!("../assets/countries-50m.json");

/// What went wrong reading a TopoJSON.
#[derive(Debug, thiserror::Error)]
pub enum GeoError {
    /// Not the JSON of a topology.
    #[error("topology: {0}")]
    Json(#[from] serde_json::Error),
    /// A geometry names an arc the topology does not have.
    #[error("country {country}: arc {arc} does not exist ({arcs} arcs)")]
    MissingArc {
        /// The country's id.
        country: String,
        /// The arc index as written.
        arc: i64,
        /// How many arcs there are.
        arcs: usize,
    },
}

/// A country's outline: rings of (longitude, latitude) points.
#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    /// ISO 3166-1 numeric code, as the data gives it (`"116"` Cambodia,
    /// `"418"` Lao PDR, `"764"` Thailand, `"704"` Viet Nam).
    pub id: String,
    /// Its English name in Natural Earth.
    pub name: String,
    /// Closed rings, each a list of (longitude, latitude).
    pub rings: Vec<Vec<(f64, f64)>>,
}

/// Every country.
#[derive(Debug, Clone, PartialEq)]
pub struct World {
    /// Countries in the data's order.
    pub countries: Vec<Country>,
}

#[derive(Deserialize)]
struct Topology {
    transform: Transform,
    arcs: Vec<Vec<[i64; 2]>>,
    objects: Objects,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Objects {
    countries: Collection,
}

#[derive(Deserialize)]
struct Collection {
    geometries: Vec<Geometry>,
}

#[derive(Deserialize)]
struct Geometry {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    arcs: serde_json::Value,
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    properties: Option<Properties>,
}

#[derive(Deserialize)]
struct Properties {
    #[serde(default)]
    name: String,
}

/// The world of the embedded data, decoded once.
pub fn world() -> Result<&'static World, &'static GeoError> {
    static WORLD: OnceLock<Result<World, GeoError>> = OnceLock::new();
    WORLD.get_or_init(|| decode(COUNTRIES_50M)).as_ref()
}

/// Decodes a quantized TopoJSON topology with a `countries` collection.
pub fn decode(text: &str) -> Result<World, GeoError> {
    let topology: Topology = serde_json::from_str(text)?;
    // Arcs are delta-encoded in quantized units: absolute positions first.
    let [sx, sy] = topology.transform.scale;
    let [tx, ty] = topology.transform.translate;
    let arcs: Vec<Vec<(f64, f64)>> = topology
        .arcs
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0i64, 0i64);
            arc.iter()
                .map(|[dx, dy]| {
                    x += dx;
                    y += dy;
                    (x as f64 * sx + tx, y as f64 * sy + ty)
                })
                .collect()
        })
        .collect();
    let mut countries = Vec::new();
    for g in &topology.objects.countries.geometries {
        let id = g.id.clone().unwrap_or_default();
        let polygons: Vec<&serde_json::Value> = match g.kind.as_str() {
            "Polygon" => vec![&g.arcs],
            "MultiPolygon" => g.arcs.as_array().map(|a| a.iter().collect()).unwrap_or_default(),
            _ => Vec::new(),
        };
        let mut rings = Vec::new();
        for polygon in polygons {
            for ring in polygon.as_array().into_iter().flatten() {
                let mut points = Vec::new();
                for index in ring.as_array().into_iter().flatten().filter_map(serde_json::Value::as_i64) {
                    // A negative index is the arc ~index, reversed.
                    let (i, reversed) = if index < 0 { (!index, true) } else { (index, false) };
                    let arc = usize::try_from(i)
                        .ok()
                        .and_then(|i| arcs.get(i))
                        .ok_or_else(|| GeoError::MissingArc { country: id.clone(), arc: index, arcs: arcs.len() })?;
                    let mut part = arc.clone();
                    if reversed {
                        part.reverse();
                    }
                    // Consecutive arcs share their joining point.
                    let skip = usize::from(!points.is_empty());
                    points.extend(part.into_iter().skip(skip));
                }
                if points.len() >= 3 {
                    rings.push(points);
                }
            }
        }
        let name = g.properties.as_ref().map(|p| p.name.clone()).unwrap_or_default();
        countries.push(Country { id, name, rings });
    }
    Ok(World { countries })
}

impl World {
    /// One `<path>` per country, in the equirectangular projection of
    /// degrees (`viewBox="-180 -90 360 180"`), coordinates to 0.01 degree;
    /// each path carries the country's id in `data-id`.
    pub fn svg_paths(&self) -> String {
        let mut out = String::new();
        for country in &self.countries {
            let _ = write!(out, "<path data-id=\"{}\" d=\"", country.id);
            for ring in &country.rings {
                for (i, (lon, lat)) in ring.iter().enumerate() {
                    let _ = write!(out, "{}{:.2} {:.2}", if i == 0 { "M" } else { "L" }, lon, -lat);
                }
                out.push('Z');
            }
            out.push_str("\"/>");
        }
        out
    }
}

/// A view of the map around some positions: the smallest box holding them
/// with a margin, at least `min_span` degrees wide and high, within the world.
pub fn view_around(points: &[(f64, f64)], min_span: f64) -> (f64, f64, f64, f64) {
    let finite: Vec<_> = points.iter().filter(|(lat, lon)| lat.is_finite() && lon.is_finite()).collect();
    if finite.is_empty() {
        return (-90.0, 90.0, -180.0, 180.0);
    }
    let (mut lat_min, mut lat_max, mut lon_min, mut lon_max) = (90.0f64, -90.0f64, 180.0f64, -180.0f64);
    for (lat, lon) in finite {
        lat_min = lat_min.min(*lat);
        lat_max = lat_max.max(*lat);
        lon_min = lon_min.min(*lon);
        lon_max = lon_max.max(*lon);
    }
    let grow = |lo: f64, hi: f64| {
        let span = ((hi - lo) * 1.2).max(min_span);
        let mid = (lo + hi) / 2.0;
        (mid - span / 2.0, mid + span / 2.0)
    };
    let (lat_min, lat_max) = grow(lat_min, lat_max);
    let (lon_min, lon_max) = grow(lon_min, lon_max);
    (lat_min.max(-90.0), lat_max.min(90.0), lon_min.max(-180.0), lon_max.min(180.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A point-in-ring test, to check that decoded outlines are where the
    /// countries are.
    fn inside(ring: &[(f64, f64)], lon: f64, lat: f64) -> bool {
        let mut inside = false;
        let mut j = ring.len() - 1;
        for i in 0..ring.len() {
            let (xi, yi) = ring[i];
            let (xj, yj) = ring[j];
            if (yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi {
                inside = !inside;
            }
            j = i;
        }
        inside
    }

    fn country(id: &str) -> &'static Country {
        world().unwrap().countries.iter().find(|c| c.id == id).unwrap()
    }

    #[test]
    fn the_capitals_lie_in_their_countries() {
        let capitals = [
            ("116", "Cambodia", 104.92, 11.56),   // Phnom Penh
            ("418", "Laos", 102.63, 17.97),       // Vientiane
            ("764", "Thailand", 100.50, 13.75),   // Bangkok
            ("704", "Vietnam", 105.85, 21.03),    // Hanoi
            ("036", "Australia", 149.13, -35.28), // Canberra
        ];
        for (id, name, lon, lat) in capitals {
            let c = country(id);
            assert_eq!(c.name, name);
            assert!(c.rings.iter().any(|r| inside(r, lon, lat)), "{name}'s capital is inside it");
        }
        // Bangkok is not in Cambodia.
        assert!(!country("116").rings.iter().any(|r| inside(r, 100.50, 13.75)));
    }

    #[test]
    fn every_country_decodes_with_closed_outlines() {
        let world = world().unwrap();
        assert!(world.countries.len() > 200, "{}", world.countries.len());
        let svg = world.svg_paths();
        assert_eq!(svg.matches("<path").count(), world.countries.len());
        assert!(svg.contains("data-id=\"764\""));
    }

    #[test]
    fn a_topology_naming_a_missing_arc_is_an_error() {
        let text = r#"{"type":"Topology","transform":{"scale":[1,1],"translate":[0,0]},"arcs":[[[0,0],[1,0],[0,1]]],
            "objects":{"countries":{"type":"GeometryCollection","geometries":[
            {"type":"Polygon","arcs":[[0,5]],"id":"999","properties":{"name":"Nowhere"}}]}}}"#;
        let err = decode(text).unwrap_err();
        assert!(err.to_string().contains("country 999: arc 5 does not exist (1 arcs)"), "{err}");
        assert!(decode("not json").is_err());
    }

    #[test]
    fn a_view_holds_its_points_with_a_margin() {
        let (lat_min, lat_max, lon_min, lon_max) = view_around(&[(11.5, 104.9), (13.7, 100.5)], 1.0);
        assert!(lat_min < 11.5 && lat_max > 13.7 && lon_min < 100.5 && lon_max > 104.9);
        assert_eq!(view_around(&[], 1.0), (-90.0, 90.0, -180.0, 180.0));
        let (a, b, c, d) = view_around(&[(10.0, 100.0)], 2.0);
        assert!((b - a - 2.0).abs() < 1e-9 && (d - c - 2.0).abs() < 1e-9);
    }
}
