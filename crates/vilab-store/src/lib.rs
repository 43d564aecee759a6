//! vilab-store (being written).
