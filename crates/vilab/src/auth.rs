//! Who runs a command. Every command that reads or changes a lab acts as
//! one of its accounts, checked and audited like a browser request:
//!
//! 1. `--user NAME` (or `$VILAB_USER`): the password from the first line of
//!    `$VILAB_PASSWORD_FILE`, else asked on the terminal; good for this
//!    command only (scripts, tests).
//! 2. Otherwise the session `vilab login` opened: its token is kept in a
//!    file only its owner can read, `$VILAB_SESSION_FILE` or
//!    `$XDG_RUNTIME_DIR/vilab/sessions/<lab id>` (a memory file system that
//!    the operating system empties at log-out), else
//!    `~/.local/state/vilab/sessions/<lab id>`. The lab keeps only the
//!    token's hash; `vilab logout` revokes it and removes the file.

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::Context;
use vilab_lab::{AppError, Code, Lab, Session};

/// Names the account to run a command as.
pub const USER_ENV: &str = "VILAB_USER";
/// A file whose first line is the password.
pub const PASSWORD_FILE_ENV: &str = "VILAB_PASSWORD_FILE";
/// Where the session token is kept, instead of the default place.
pub const SESSION_FILE_ENV: &str = "VILAB_SESSION_FILE";

/// Where a command comes from, as the audit chain records it.
pub fn source() -> String {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let Ok(meta) = std::fs::metadata("/proc/self") {
            return format!("cli uid={}", meta.uid());
        }
    }
    match std::env::var("USER") {
        Ok(user) => format!("cli user={user}"),
        Err(_) => "cli".to_string(),
    }
}

/// The account named by `--user` or `$VILAB_USER`.
pub fn named_user(flag: Option<&str>) -> Option<String> {
    flag.map(str::to_string).or_else(|| std::env::var(USER_ENV).ok().filter(|u| !u.is_empty()))
}

/// The password of `user`: `$VILAB_PASSWORD_FILE`'s first line, else asked
/// on the terminal without echo.
pub fn password(user: &str) -> anyhow::Result<String> {
    if let Some(path) = std::env::var_os(PASSWORD_FILE_ENV).filter(|p| !p.is_empty()) {
        let path = PathBuf::from(path);
        let text = std::fs::read_to_string(&path)
            .with_context(|| tr!("auth-password-file-unreadable", file = path.display().to_string()))?;
        let first = text.lines().next().unwrap_or("").to_string();
        anyhow::ensure!(!first.is_empty(), tr!("auth-password-file-empty", file = path.display().to_string()));
        return Ok(first);
    }
    if !std::io::stdin().is_terminal() && !std::io::stderr().is_terminal() {
        return Err(AppError::new(Code::NotLoggedIn).into());
    }
    let prompt = tr!("auth-password-prompt", user = user);
    rpassword::prompt_password(format!("{prompt} ")).context(tr!("auth-password-unreadable"))
}

/// A new password asked twice on the terminal.
pub fn new_password_twice() -> anyhow::Result<String> {
    if !std::io::stdin().is_terminal() && !std::io::stderr().is_terminal() {
        return Err(AppError::invalid("--new-password-file", tr!("auth-new-password-needs-terminal")).into());
    }
    let first = rpassword::prompt_password(format!("{} ", tr!("auth-new-password-prompt")))
        .context(tr!("auth-password-unreadable"))?;
    let again = rpassword::prompt_password(format!("{} ", tr!("auth-new-password-again")))
        .context(tr!("auth-password-unreadable"))?;
    anyhow::ensure!(first == again, tr!("auth-new-password-mismatch"));
    Ok(first)
}

/// The session of a command: `--user` with its password, else the one
/// `vilab login` opened.
pub fn session<'l>(lab: &'l Lab, user: Option<&str>) -> anyhow::Result<Session<'l>> {
    if let Some(user) = named_user(user) {
        let password = password(&user)?;
        return Ok(lab.authenticate(&user, &password, &source())?);
    }
    let file = session_file(lab)?;
    let token = match std::fs::read_to_string(&file) {
        Ok(token) => token,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(AppError::new(Code::NotLoggedIn).into()),
        Err(e) => return Err(e).with_context(|| file.display().to_string()),
    };
    Ok(lab.resume(token.trim(), &source())?)
}

/// Where the token of this lab's session is kept.
pub fn session_file(lab: &Lab) -> anyhow::Result<PathBuf> {
    if let Some(path) = std::env::var_os(SESSION_FILE_ENV).filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(path));
    }
    let lab_id = lab.lab_id()?;
    let base = match std::env::var_os("XDG_RUNTIME_DIR").filter(|p| !p.is_empty()) {
        Some(runtime) => PathBuf::from(runtime).join("vilab"),
        None => directories::ProjectDirs::from("org", "vilab", "vilab")
            .and_then(|d| d.state_dir().map(|s| s.to_path_buf()))
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/state/vilab")))
            .ok_or_else(|| anyhow::anyhow!(tr!("auth-no-session-place")))?,
    };
    Ok(base.join("sessions").join(lab_id))
}

/// Writes a token to `path`, readable by its owner only.
pub fn save_token(path: &std::path::Path, token: &str) -> anyhow::Result<()> {
    let parent = path.parent().unwrap_or(std::path::Path::new("."));
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(parent).with_context(|| parent.display().to_string())?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path).with_context(|| path.display().to_string())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600)).with_context(|| path.display().to_string())?;
    }
    std::io::Write::write_all(&mut file, format!("{token}\n").as_bytes())
        .with_context(|| path.display().to_string())?;
    Ok(())
}
