//! The JSON shapes of the application layer's outputs. Every output type
//! implements [`Shape`]: its JSON carries `"shape": "vilab.<name>/<version>"`
//! first, so that a script or the browser lab knows what it reads, and a
//! change that removes or renames a field bumps the version. Adding a field
//! keeps it. The fields of each shape are documented on its type; the
//! tests pin them (`tests/shapes.rs`).

use serde::Serialize;
use serde::ser::SerializeMap as _;

/// An output with a documented, versioned JSON shape.
pub trait Shape: Serialize {
    /// `vilab.<name>/<version>`.
    const SHAPE: &'static str;
}

/// An output with its shape's name first; what the edges serialize.
pub struct Shaped<'a, T: Shape>(pub &'a T);

impl<T: Shape> Serialize for Shaped<'_, T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let value = serde_json::to_value(self.0).map_err(serde::ser::Error::custom)?;
        let serde_json::Value::Object(fields) = value else {
            return Err(serde::ser::Error::custom(format!("{} does not serialize as an object", T::SHAPE)));
        };
        let mut map = serializer.serialize_map(Some(fields.len() + 1))?;
        map.serialize_entry("shape", T::SHAPE)?;
        for (k, v) in &fields {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// Declares the shape of an output type.
macro_rules! shape {
    ($type:ty, $name:literal) => {
        impl $crate::shapes::Shape for $type {
            const SHAPE: &'static str = $name;
        }
    };
}
pub(crate) use shape;
