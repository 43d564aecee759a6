//! `vilab login` and `vilab logout`.

use std::process::ExitCode;

use anyhow::Context;
use serde::Serialize;
use vilab_lab::{AppError, Code};

use crate::cli::{LoginArgs, LogoutArgs};
use crate::{auth, kept_unlock, lab_path, ui};

#[derive(Serialize)]
struct LoggedIn {
    shape: &'static str,
    user: String,
    role: vilab_lab::Role,
    expires_at: i64,
    session_file: String,
    /// Whether the encrypted lab opens without its passphrase until then.
    kept_unlocked: bool,
}

pub fn login(args: &LoginArgs, user: Option<&str>) -> anyhow::Result<ExitCode> {
    let lab = lab_path::open(&args.lab)?;
    let user = auth::named_user(user).ok_or_else(|| AppError::invalid("--user", tr!("login-needs-user")))?;
    let password = auth::password(&user)?;
    let seconds = i64::from(args.hours.max(1)) * 3600;
    let (session, token) = lab.login(&user, &password, &auth::source(), seconds)?;
    let file = auth::session_file(&lab)?;
    auth::save_token(&file, &token.token)?;
    let kept_unlocked = keep_unlocked(&lab, &session, token.expires_at)?;
    let out = LoggedIn {
        shape: "vilab.login/1",
        user: session.actor().username.clone(),
        role: session.actor().role,
        expires_at: token.expires_at,
        session_file: file.display().to_string(),
        kept_unlocked: kept_unlocked.is_ok(),
    };
    if args.json {
        return super::print_json(&out);
    }
    outln!(
        "{}",
        tr!(
            "login-done",
            user = out.user.as_str(),
            role = ui::role(out.role),
            until = ui::when(out.expires_at),
            file = out.session_file.as_str()
        )
    );
    match kept_unlocked {
        Ok(true) => outln!("{}", tr!("login-unlock-kept")),
        Ok(false) => {}
        Err(why) => outln!("{}", tr!("login-unlock-not-kept", why = why)),
    }
    Ok(ExitCode::SUCCESS)
}

/// Keeps an encrypted lab unlocked for the session where a memory file
/// system allows it: `Ok(true)` when kept, `Ok(false)` for a plain lab,
/// `Err(why)` when it cannot be kept (the login stands: commands will ask
/// for the passphrase).
fn keep_unlocked(
    lab: &vilab_lab::Lab,
    session: &vilab_lab::Session<'_>,
    expires_at: i64,
) -> anyhow::Result<Result<bool, String>> {
    if !lab.encrypted() {
        return Ok(Ok(false));
    }
    let path = match kept_unlock::usable_place(lab.dir()) {
        Ok(path) => path,
        Err(why) => return Ok(Err(why)),
    };
    // A second login replaces the first one's unlock.
    kept_unlock::forget(lab.dir())?;
    if let Some(kept) = session.keep_unlocked(expires_at)?
        && let Err(e) = kept_unlock::save(&path, &kept)
    {
        let _ = vilab_lab::Lab::forget_unlock(lab.dir(), &kept.id);
        return Err(e);
    }
    Ok(Ok(true))
}

pub fn logout(args: &LogoutArgs) -> anyhow::Result<ExitCode> {
    let lab = lab_path::open(&args.lab)?;
    let file = auth::session_file(&lab)?;
    let token = match std::fs::read_to_string(&file) {
        Ok(token) => token,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(AppError::new(Code::NotLoggedIn).into()),
        Err(e) => return Err(e).with_context(|| file.display().to_string()),
    };
    // An ended session is gone already: remove the file either way.
    let ended = match lab.resume(token.trim(), &auth::source()) {
        Ok(session) => session.logout().map(|_| ()),
        Err(e) if e.code() == Code::SessionEnded => Ok(()),
        Err(e) => Err(e),
    };
    std::fs::remove_file(&file).with_context(|| file.display().to_string())?;
    kept_unlock::forget(lab.dir())?;
    ended?;
    outln!("{}", tr!("logout-done"));
    Ok(ExitCode::SUCCESS)
}
