//! vilab-ingest (being written).
