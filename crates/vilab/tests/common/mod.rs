//! What the binary's tests share: the binary, isolated from the caller's
//! environment.

use std::path::Path;
use std::process::Command;

/// The binary with no lab or password from outside, and a home folder of
/// its own so that the default lab location is never the user's.
pub fn vilab(home: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_vilab"));
    command
        .env_remove("VILAB_LAB")
        .env_remove("VILAB_ADMIN_PASSWORD")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"));
    command
}
