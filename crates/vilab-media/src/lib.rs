//! vilab-media (being written).
