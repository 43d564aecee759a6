//! vilab-synth (being written).
