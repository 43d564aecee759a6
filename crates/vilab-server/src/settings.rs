//! The actor's review settings in the browser: the settings page (blur,
//! greyscale, tile size, break reminder, language) and the changes of its
//! form and of `POST /api/settings`, read alike. Viewing mode is not a
//! stored setting: it lives in the grid's tab (`review.js`), so that it
//! ends with the task, and each sharp picture it shows is a reveal the
//! application layer audits.

use maud::html;
use vilab_i18n::Lang;
use vilab_lab::Session;
use vilab_lab::types::AccountSettings;

use crate::call::{CSRF_FIELD, Call, Reply};
use crate::error::{WebError, invalid};
use crate::pages::page;
use crate::review::out_of_range;

/// The last value given of a field, trimmed: a form sends a hidden `false`
/// before its checkbox, so the checkbox's `true`, when ticked, comes last.
fn last<'a>(call: &'a Call, name: &'a str) -> Option<&'a str> {
    call.fields(name).last().map(str::trim)
}

fn flag(call: &Call, name: &str) -> Result<Option<bool>, WebError> {
    match last(call, name).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some("true" | "1" | "on" | "yes") => Ok(Some(true)),
        Some("false" | "0" | "off" | "no") => Ok(Some(false)),
        Some(_) => Err(invalid(name, "true or false")),
    }
}

fn small(call: &Call, name: &str, min: u16, max: u16) -> Result<Option<u16>, WebError> {
    let Some(text) = last(call, name).filter(|v| !v.is_empty()) else { return Ok(None) };
    let n: i64 = text.parse().map_err(|_| invalid(name, "not a whole number"))?;
    u16::try_from(n).ok().filter(|n| (min..=max).contains(n)).map(Some).ok_or_else(|| out_of_range(name, n, min, max))
}

/// The actor's settings with the fields given replaced (`lang` empty: the
/// browser's); the others stay.
pub fn changed(call: &Call, session: &Session<'_>) -> Result<AccountSettings, WebError> {
    let mut s = session.my_settings()?.settings;
    if let Some(lang) = last(call, "lang") {
        s.lang = (!lang.is_empty()).then(|| lang.to_string());
    }
    if let Some(b) = flag(call, "blur")? {
        s.blur = b;
    }
    if let Some(g) = flag(call, "greyscale")? {
        s.greyscale = g;
    }
    if let Some(t) = small(call, "tile", 64, 256)? {
        s.tile = t;
    }
    if let Some(m) = small(call, "break_minutes", 0, 480)? {
        s.break_minutes = m;
    }
    Ok(s)
}

/// `GET /settings`.
pub fn settings_page(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let s = session.my_settings()?.settings;
    let msgs = call.msgs();
    let csrf = call.csrf().unwrap_or_default();
    let body = html! {
        h1 { (msgs.get("web-settings-heading")) }
        section.panel {
            form #settings-form .settings method="post" action="/settings" {
                input type="hidden" name=(CSRF_FIELD) value=(csrf);
                p { input type="hidden" name="blur" value="false";
                    label { input #blur type="checkbox" name="blur" value="true" checked[s.blur]; " " (msgs.get("web-settings-blur")) } }
                p { input type="hidden" name="greyscale" value="false";
                    label { input #greyscale type="checkbox" name="greyscale" value="true" checked[s.greyscale]; " " (msgs.get("web-settings-greyscale")) } }
                p { label { (msgs.get("web-settings-tile")) " " input #tile type="number" name="tile" min="64" max="256" value=(s.tile); } }
                p { label { (msgs.get("web-settings-break")) " " input #break-minutes type="number" name="break_minutes" min="0" max="480" value=(s.break_minutes); } }
                p { label { (msgs.get("web-settings-lang")) " "
                    select #lang name="lang" {
                        option value="" selected[s.lang.is_none()] { (msgs.get("web-settings-lang-browser")) }
                        @for lang in Lang::ALL {
                            option value=(lang.code()) lang=(lang.code()) selected[s.lang.as_deref() == Some(lang.code())] { (lang.name()) }
                        }
                    } } }
                button #settings-save type="submit" { (msgs.get("web-settings-save")) }
            }
        }
        section.panel {
            h2 { (msgs.get("web-settings-viewing")) }
            p { (msgs.get("web-settings-viewing-explain")) }
        }
    };
    Ok(page(call, &session, &msgs.get("web-settings-link"), body))
}

/// `POST /settings`: the form's fields, then the page again (in the
/// language just chosen, which the cookie mirrors).
pub fn settings_form(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let s = changed(call, &session)?;
    let saved = session.set_my_settings(&s)?;
    let reply = Reply::redirect("/settings");
    Ok(match saved.settings.lang.as_deref().and_then(Lang::parse) {
        Some(lang) => reply.cookie(call.lang_cookie(lang)),
        None => reply,
    })
}
