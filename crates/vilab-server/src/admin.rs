//! Administration in the browser and the API: accounts (add, role,
//! disable and enable, password reset), case membership, and each actor's
//! own account page with the change of its password. Every change is a
//! `Session` operation of `vilab_lab::ops::accounts`, which checks the
//! permission table (only an administrator manages accounts) and writes
//! the audit chain; a page's form answers with a redirect back to its page.

use maud::html;
use vilab_i18n::t;
use vilab_lab::ops::accounts::NewUser;
use vilab_lab::permission::{Action, reach};
use vilab_lab::{Role, Session};

use crate::call::{CSRF_FIELD, Call, Reply};
use crate::error::{WebError, invalid};
use crate::pages::{page, role_name, url_encode};

fn role_of(call: &Call) -> Result<Role, WebError> {
    let text = call.required("role")?;
    Role::parse(text)
        .ok_or_else(|| invalid("role", "admin, analyst, investigator, trainer, trainee, partner or auditor"))
}

/// The account a path names (`{user}`).
fn user(call: &Call) -> &str {
    call.path("user")
}

/// Where an administration form goes back to: the accounts page, at the
/// account's row.
fn back_to(username: &str) -> String {
    format!("/admin/users#user-{}", url_encode(username))
}

fn may(session: &Session<'_>, action: Action) -> bool {
    reach(session.actor().role, action).is_some()
}

/// `GET /admin/users`: every account with its role, state and cases; for
/// an administrator, the forms that change them.
pub fn users_page(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let list = session.list_users()?;
    let msgs = call.msgs();
    let csrf = call.csrf().unwrap_or_default();
    let manage = may(&session, Action::AccountCreate);
    let cases: Vec<String> =
        if manage { session.list_cases()?.cases.into_iter().map(|c| c.case.name).collect() } else { Vec::new() };
    let body = html! {
        h1 { (msgs.get("web-users-heading")) }
        @if manage {
            section.panel {
                h2 { (msgs.get("web-admin-add-heading")) }
                form.inline method="post" action="/admin/users" {
                    input type="hidden" name=(CSRF_FIELD) value=(csrf);
                    label { (msgs.get("web-login-username")) " " input type="text" name="username" required autocomplete="off"; }
                    label { (msgs.get("web-col-role")) " " (role_select(&msgs, None)) }
                    label { (msgs.get("web-admin-initial-password")) " "
                        input type="password" name="password" required autocomplete="new-password"; }
                    button type="submit" { (msgs.get("web-admin-add")) }
                }
                p.muted { (msgs.get("web-admin-add-note")) }
            }
        }
        section.panel {
            table {
                thead { tr {
                    th { (msgs.get("web-col-user")) }
                    th { (msgs.get("web-col-role")) }
                    th { (msgs.get("web-col-created")) }
                    th { (msgs.get("web-col-disabled")) }
                    th { (msgs.get("web-col-cases")) }
                    @if manage { th { (msgs.get("web-admin-col-change")) } }
                } }
                tbody { @for a in &list.accounts {
                    @let base = format!("/admin/users/{}", url_encode(&a.username));
                    tr id=(format!("user-{}", a.username)) {
                        td { (a.username) }
                        td { (role_name(&msgs, a.role)) }
                        td { (msgs.date_time(a.created_at)) }
                        td { @if let Some(at) = a.disabled_at { span.bad { (msgs.date_time(at)) } } }
                        td {
                            @for case in &a.cases {
                                span.member { (case) " " }
                                @if manage {
                                    form.inline method="post" action=(format!("{base}/cases/remove")) {
                                        input type="hidden" name=(CSRF_FIELD) value=(csrf);
                                        input type="hidden" name="case" value=(case);
                                        button.small type="submit" title=(t!(msgs, "web-admin-remove-case", case = case.as_str())) { "×" }
                                    }
                                }
                                br;
                            }
                        }
                        @if manage {
                            td.actions {
                                form.inline method="post" action=(format!("{base}/role")) {
                                    input type="hidden" name=(CSRF_FIELD) value=(csrf);
                                    (role_select(&msgs, Some(a.role)))
                                    button type="submit" { (msgs.get("web-admin-set-role")) }
                                }
                                @let missing: Vec<&String> = cases.iter().filter(|c| !a.cases.contains(c)).collect();
                                @if !missing.is_empty() {
                                    form.inline method="post" action=(format!("{base}/cases")) {
                                        input type="hidden" name=(CSRF_FIELD) value=(csrf);
                                        select name="case" aria-label=(msgs.get("web-col-case")) {
                                            @for c in missing { option value=(c) { (c) } }
                                        }
                                        button type="submit" { (msgs.get("web-admin-add-case")) }
                                    }
                                }
                                form.inline method="post" action=(format!("{base}/password")) {
                                    input type="hidden" name=(CSRF_FIELD) value=(csrf);
                                    input type="password" name="password" required autocomplete="new-password"
                                        aria-label=(msgs.get("web-admin-new-password"));
                                    button type="submit" { (msgs.get("web-admin-set-password")) }
                                }
                                @if a.disabled_at.is_some() {
                                    form.inline method="post" action=(format!("{base}/enable")) {
                                        input type="hidden" name=(CSRF_FIELD) value=(csrf);
                                        button type="submit" { (msgs.get("web-admin-enable")) }
                                    }
                                } @else {
                                    form.inline method="post" action=(format!("{base}/disable")) {
                                        input type="hidden" name=(CSRF_FIELD) value=(csrf);
                                        button type="submit" { (msgs.get("web-admin-disable")) }
                                    }
                                }
                            }
                        }
                    }
                } }
            }
        }
    };
    Ok(page(call, &session, &msgs.get("web-users-heading"), body))
}

fn role_select(msgs: &vilab_i18n::Messages, current: Option<Role>) -> maud::Markup {
    html! {
        select name="role" aria-label=(msgs.get("web-col-role")) {
            @for role in Role::ALL {
                option value=(role.as_str()) selected[current == Some(role)] { (role_name(msgs, role)) }
            }
        }
    }
}

/// `POST /admin/users` and `POST /api/users`.
fn create(call: &Call) -> Result<(Session<'_>, vilab_lab::ops::accounts::AccountView), WebError> {
    let session = call.session()?;
    let username = call.required("username")?;
    let new = NewUser { username, role: role_of(call)?, password: call.required("password")?, cases: &[] };
    let made = session.add_user(&new)?;
    Ok((session, made))
}

/// `POST /admin/users`.
pub fn create_form(call: &Call) -> Result<Reply, WebError> {
    let (_, made) = create(call)?;
    Ok(Reply::redirect(&back_to(&made.username)))
}

/// `POST /api/users`.
pub fn create_api(call: &Call) -> Result<Reply, WebError> {
    Reply::shaped(&create(call)?.1)
}

/// One change of the account `{user}`.
fn change(call: &Call, what: Change) -> Result<vilab_lab::ops::accounts::AccountView, WebError> {
    let session = call.session()?;
    let username = user(call);
    Ok(match what {
        Change::Role => session.set_role(username, role_of(call)?)?,
        Change::Disable => session.disable_user(username)?,
        Change::Enable => session.enable_user(username)?,
        Change::Password => session.set_password(username, call.required("password")?)?,
        Change::AddCase => session.add_membership(username, call.required("case")?)?,
        Change::RemoveCase => session.remove_membership(username, call.required("case")?)?,
    })
}

#[derive(Clone, Copy)]
enum Change {
    Role,
    Disable,
    Enable,
    Password,
    AddCase,
    RemoveCase,
}

fn form(call: &Call, what: Change) -> Result<Reply, WebError> {
    let changed = change(call, what)?;
    Ok(Reply::redirect(&back_to(&changed.username)))
}

fn api(call: &Call, what: Change) -> Result<Reply, WebError> {
    Reply::shaped(&change(call, what)?)
}

/// `POST /admin/users/{user}/role`.
pub fn role_form(call: &Call) -> Result<Reply, WebError> {
    form(call, Change::Role)
}
/// `POST /api/users/{user}/role`.
pub fn role_api(call: &Call) -> Result<Reply, WebError> {
    api(call, Change::Role)
}
/// `POST /admin/users/{user}/disable`.
pub fn disable_form(call: &Call) -> Result<Reply, WebError> {
    form(call, Change::Disable)
}
/// `POST /api/users/{user}/disable`.
pub fn disable_api(call: &Call) -> Result<Reply, WebError> {
    api(call, Change::Disable)
}
/// `POST /admin/users/{user}/enable`.
pub fn enable_form(call: &Call) -> Result<Reply, WebError> {
    form(call, Change::Enable)
}
/// `POST /api/users/{user}/enable`.
pub fn enable_api(call: &Call) -> Result<Reply, WebError> {
    api(call, Change::Enable)
}
/// `POST /admin/users/{user}/password`.
pub fn password_form(call: &Call) -> Result<Reply, WebError> {
    form(call, Change::Password)
}
/// `POST /api/users/{user}/password`.
pub fn password_api(call: &Call) -> Result<Reply, WebError> {
    api(call, Change::Password)
}
/// `POST /admin/users/{user}/cases`.
pub fn add_case_form(call: &Call) -> Result<Reply, WebError> {
    form(call, Change::AddCase)
}
/// `POST /api/users/{user}/cases`.
pub fn add_case_api(call: &Call) -> Result<Reply, WebError> {
    api(call, Change::AddCase)
}
/// `POST /admin/users/{user}/cases/remove`.
pub fn remove_case_form(call: &Call) -> Result<Reply, WebError> {
    form(call, Change::RemoveCase)
}
/// `POST /api/users/{user}/cases/remove`.
pub fn remove_case_api(call: &Call) -> Result<Reply, WebError> {
    api(call, Change::RemoveCase)
}

/// `GET /account`: who the actor is, its cases, and the change of its
/// password.
pub fn account_page(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let msgs = call.msgs();
    let csrf = call.csrf().unwrap_or_default();
    let actor = session.actor();
    // A role that may not list cases (a trainee) sees none here either.
    let cases = if may(&session, Action::CaseList) { session.list_cases()?.cases } else { Vec::new() };
    let body = html! {
        h1 { (msgs.get("web-account-heading")) }
        section.panel {
            p { (t!(msgs, "web-signed-in", user = actor.username.as_str(), role = role_name(&msgs, actor.role))) }
            @if may(&session, Action::CaseList) {
                h2 { (msgs.get("web-col-cases")) }
                @if cases.is_empty() { p.muted { (msgs.get("web-cases-none")) } }
                ul { @for c in &cases { li { a href=(format!("/cases/{}", url_encode(&c.case.name))) { (c.case.name) } } } }
            }
        }
        section.panel {
            h2 { (msgs.get("web-account-password-heading")) }
            form method="post" action="/account/password" {
                input type="hidden" name=(CSRF_FIELD) value=(csrf);
                label { (msgs.get("web-account-current")) " "
                    input type="password" name="current" required autocomplete="current-password"; }
                label { (msgs.get("web-account-new")) " "
                    input type="password" name="new" required autocomplete="new-password"; }
                button type="submit" { (msgs.get("web-account-change")) }
            }
            p.muted { (msgs.get("web-account-change-note")) }
        }
    };
    Ok(page(call, &session, &msgs.get("web-account-heading"), body))
}

fn change_own(call: &Call) -> Result<vilab_lab::ops::accounts::AccountView, WebError> {
    let session = call.session()?;
    Ok(session.change_own_password(call.required("current")?, call.required("new")?)?)
}

/// `POST /account/password`: every session of the account ends, this one
/// too, so the form leads to the log-in page.
pub fn change_own_form(call: &Call) -> Result<Reply, WebError> {
    change_own(call)?;
    Ok(Reply::redirect("/login?next=/").cookie(call.clear_session_cookie()))
}

/// `POST /api/account/password`.
pub fn change_own_api(call: &Call) -> Result<Reply, WebError> {
    let changed = change_own(call)?;
    Ok(Reply::shaped(&changed)?.cookie(call.clear_session_cookie()))
}
