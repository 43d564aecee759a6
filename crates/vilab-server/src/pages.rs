//! The pages, rendered on the server with maud: a layout with the
//! navigation and the language switcher, then one page per route. Every
//! word comes from the catalogs (`web.ftl` and the areas the command line
//! already has); names found on seized media are shown in their display
//! form (`vilab_core::name`), which maud escapes for HTML. No inline script
//! or style: the CSP would refuse them.

use maud::{DOCTYPE, Markup, html};
use vilab_core::audit::ChainProblem;
use vilab_i18n::{Arg, Lang, Messages, t};
use vilab_lab::ops::audit::{AuditFilter, AuditLine, AuditVerdict};
use vilab_lab::ops::matching::{CategoryRef, TriageCounts};
use vilab_lab::ops::media::ErrorLine;
use vilab_lab::permission::{Action, reach};
use vilab_lab::types::MediaKey;
use vilab_lab::{DEFAULT_SESSION_SECONDS, Role, Session};

use crate::call::{CSRF_FIELD, Call, Reply, account_lang, local_path, store_lang};
use crate::error::{WebError, invalid};

/// Percent-encodes a query value.
pub fn url_encode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// Who is logged in, for the layout.
struct Who {
    username: String,
    role: Role,
}

impl Who {
    fn of(session: &Session<'_>) -> Who {
        Who { username: session.actor().username.clone(), role: session.actor().role }
    }

    fn may(&self, action: Action) -> bool {
        reach(self.role, action).is_some()
    }
}

pub(crate) fn role_name(msgs: &Messages, role: Role) -> String {
    msgs.get(&format!("role-{}", role.as_str()))
}

/// The page around a body: head, navigation, who is logged in, log-out,
/// language switcher.
fn layout(call: &Call, who: Option<&Who>, title: &str, body: Markup) -> Markup {
    let msgs = call.msgs();
    let csrf = call.csrf().unwrap_or_default();
    let nav: Vec<(&str, String, Option<Action>)> = vec![
        ("/", msgs.get("web-nav-home"), None),
        ("/cases", msgs.get("web-nav-cases"), Some(Action::CaseList)),
        ("/admin/users", msgs.get("web-nav-users"), Some(Action::AccountList)),
        ("/audit", msgs.get("web-nav-audit"), Some(Action::AuditList)),
        ("/audit/verify", msgs.get("web-nav-verify"), Some(Action::AuditVerify)),
        ("/account", msgs.get("web-nav-account"), None),
        ("/cameras", msgs.get("web-cameras-link"), Some(Action::CameraGroups)),
        ("/search", msgs.get("web-search-link"), Some(Action::MediaSearch)),
        ("/settings", msgs.get("web-settings-link"), Some(Action::SettingsView)),
        // ViLab galleries (issue 20, branch webgallery).
        ("/galleries", msgs.get("web-galleries-heading"), Some(Action::GalleryList)),
    ];
    let here_path = call.here.split('?').next().unwrap_or("/");
    html! {
        (DOCTYPE)
        html lang=(call.lang().code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · vilab" }
                link rel="icon" href="data:,";
                link rel="stylesheet" href="/assets/app.css";
                script src="/assets/app.js" defer {}
            }
            body {
                header.top {
                    a.brand href="/" { "vilab" }
                    @if let Some(who) = who {
                        nav {
                            @for (href, label, action) in &nav {
                                @if action.is_none_or(|a| who.may(a)) {
                                    a href=(href) aria-current=[(*href == here_path).then_some("page")] { (label) }
                                }
                            }
                        }
                        span.who {
                            (t!(msgs, "web-signed-in", user = who.username.as_str(), role = role_name(&msgs, who.role)))
                        }
                        form.inline method="post" action="/logout" {
                            input type="hidden" name=(CSRF_FIELD) value=(csrf);
                            button type="submit" { (msgs.get("web-logout")) }
                        }
                        form.inline.langs method="post" action="/settings/lang" aria-label=(msgs.get("web-language")) {
                            input type="hidden" name=(CSRF_FIELD) value=(csrf);
                            input type="hidden" name="next" value=(call.here);
                            @for lang in Lang::ALL {
                                button type="submit" name="lang" value=(lang.code()) lang=(lang.code())
                                    aria-pressed=(if lang == call.lang() { "true" } else { "false" }) { (lang.name()) }
                            }
                        }
                    }
                }
                main { (body) }
            }
        }
    }
}

/// A page for a logged-in actor.
pub(crate) fn page(call: &Call, session: &Session<'_>, title: &str, body: Markup) -> Reply {
    Reply::html(layout(call, Some(&Who::of(session)), title, body))
}

/// The error page.
pub fn error_page(msgs: &Messages, e: &WebError) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(msgs.lang().code()) {
            head {
                meta charset="utf-8";
                title { (msgs.get("web-error-heading")) " · vilab" }
                link rel="icon" href="data:,";
                link rel="stylesheet" href="/assets/app.css";
            }
            body {
                header.top { a.brand href="/" { "vilab" } }
                main {
                    section.panel.error-box {
                        h1 { (msgs.get("web-error-heading")) }
                        p { (e.message(msgs)) }
                        @if let Some(detail) = e.detail() {
                            p.muted { (t!(msgs, "error-detail", detail = detail)) }
                        }
                        p.muted.mono { (e.code()) }
                        p { a href="/" { (msgs.get("web-back-home")) } }
                    }
                }
            }
        }
    }
}

fn login_form(call: &Call, msgs: &Messages, error: Option<&WebError>, next: &str) -> Markup {
    let langs = html! {
        p.langs {
            @for lang in Lang::ALL {
                a href=(format!("/login?lang={}&next={}", lang.code(), url_encode(next))) lang=(lang.code()) { (lang.name()) }
            }
        }
    };
    let body = html! {
        section.panel.login {
            h1 { (msgs.get("web-login-heading")) }
            (langs)
            @if let Some(e) = error {
                p.bad role="alert" { (e.message(msgs)) }
            }
            form method="post" action="/login" {
                input type="hidden" name="next" value=(next);
                label for="username" { (msgs.get("web-login-username")) }
                input #username type="text" name="username" autocomplete="username" required autofocus;
                label for="password" { (msgs.get("web-login-password")) }
                input #password type="password" name="password" autocomplete="current-password" required;
                button type="submit" { (msgs.get("web-login-submit")) }
            }
        }
    };
    layout(call, None, &msgs.get("web-login-heading"), body)
}

/// `GET /login`.
pub fn login_page(call: &Call) -> Result<Reply, WebError> {
    let next = local_path(call.query("next")).unwrap_or("/");
    match call.query("lang").and_then(Lang::parse) {
        Some(lang) => {
            let shown = call.with_lang(lang);
            let msgs = Messages::new(lang);
            Ok(Reply::html(login_form(&shown, &msgs, None, next)).cookie(call.lang_cookie(lang)))
        }
        None => Ok(Reply::html(login_form(call, &call.msgs(), None, next))),
    }
}

/// `POST /login`: the application layer's answer unchanged (one
/// `login_failed` for every wrong name, password or disabled account; the
/// throttle's wait).
pub fn login_submit(call: &Call) -> Result<Reply, WebError> {
    let next = local_path(call.field("next")).unwrap_or("/").to_string();
    let username = call.field("username").unwrap_or("");
    let password = call.field("password").unwrap_or("");
    match call.lab().login(username, password, &call.source, DEFAULT_SESSION_SECONDS) {
        Ok((session, token)) => {
            // The account's language becomes the cookie's too, so that an
            // error page (drawn before a session is resumed) speaks it.
            let chosen = account_lang(&session);
            drop(session);
            let reply = Reply::redirect(&next).cookie(call.session_cookie(&token.token, DEFAULT_SESSION_SECONDS));
            Ok(match chosen {
                Some(lang) => reply.cookie(call.lang_cookie(lang)),
                None => reply,
            })
        }
        Err(e) => {
            let e = WebError::App(e);
            let status = e.status();
            Ok(Reply::html(login_form(call, &call.msgs(), Some(&e), &next)).status(status))
        }
    }
}

/// `POST /logout`.
pub fn logout(call: &Call) -> Result<Reply, WebError> {
    call.session()?.logout()?;
    Ok(Reply::redirect("/login").cookie(call.clear_session_cookie()))
}

/// `POST /settings/lang`: the switcher of every page, kept in the
/// account's settings (and mirrored in the cookie).
pub fn set_lang(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let lang = Lang::parse(call.required("lang")?).ok_or_else(|| invalid("lang", "en, km, lo, th or vi"))?;
    store_lang(&session, lang)?;
    let next = local_path(call.field("next")).unwrap_or("/");
    Ok(Reply::redirect(next).cookie(call.lang_cookie(lang)))
}

/// `GET /`.
pub fn home(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let msgs = call.msgs();
    let who = Who::of(&session);
    let links: Vec<(&str, String, Action)> = vec![
        ("/cases", msgs.get("web-nav-cases"), Action::CaseList),
        ("/admin/users", msgs.get("web-nav-users"), Action::AccountList),
        ("/audit", msgs.get("web-nav-audit"), Action::AuditList),
        ("/audit/verify", msgs.get("web-nav-verify"), Action::AuditVerify),
    ];
    let open: Vec<_> = links.into_iter().filter(|(_, _, a)| who.may(*a)).collect();
    let body = html! {
        h1 { (t!(msgs, "web-home-heading", user = who.username.as_str())) }
        section.panel {
            p { (t!(msgs, "web-home-role", role = role_name(&msgs, who.role))) }
            @if open.is_empty() {
                p.muted { (msgs.get("web-home-nothing")) }
            } @else {
                ul { @for (href, label, _) in &open { li { a href=(href) { (label) } } } }
            }
        }
    };
    Ok(page(call, &session, &msgs.get("web-nav-home"), body))
}

/// `GET /cases`.
pub fn cases(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let list = session.list_cases()?;
    let msgs = call.msgs();
    let body = html! {
        h1 { (msgs.get("web-cases-heading")) }
        section.panel {
            @if list.cases.is_empty() {
                p.muted { (msgs.get("web-cases-none")) }
            } @else {
                table {
                    thead { tr {
                        th { (msgs.get("web-col-case")) }
                        th.num { (msgs.get("web-col-exhibits")) }
                        th.num { (msgs.get("web-col-media")) }
                        th.num { (msgs.get("web-col-files")) }
                        th.num { (msgs.get("web-col-errors")) }
                        th { (msgs.get("web-col-created")) }
                    } }
                    tbody {
                        @for c in &list.cases {
                            tr {
                                td { a href=(case_href(&c.case.name)) { (c.case.name) } }
                                td.num { (count(&msgs, c.exhibits)) }
                                td.num { (count(&msgs, c.media)) }
                                td.num { (count(&msgs, c.occurrences)) }
                                td.num { (count(&msgs, c.errors)) }
                                td { (msgs.date_time(c.case.created_at)) }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(page(call, &session, &msgs.get("web-cases-heading"), body))
}

pub(crate) fn case_href(name: &str) -> String {
    format!("/cases/{}", path_segment(name))
}

/// Percent-encodes a path segment.
fn path_segment(text: &str) -> String {
    url_encode(text).replace('+', "%20")
}

fn count(msgs: &Messages, n: u64) -> String {
    msgs.integer(i64::try_from(n).unwrap_or(i64::MAX))
}

/// A category in the reader's language (as the command line writes it).
fn category_text(msgs: &Messages, c: &CategoryRef) -> String {
    if let Some(label) = &c.lab_label {
        return format!("{}: {label}", c.profile);
    }
    let key = match c.category {
        None => "category-uncategorized".to_string(),
        Some(n) => format!("category-{}-{n}", c.profile.to_ascii_lowercase()),
    };
    let words = if msgs.has(&key) {
        msgs.get(&key)
    } else {
        t!(msgs, "category-number", number = c.category.map(|n| n.to_string()).unwrap_or_default())
    };
    format!("{}: {words}", c.profile)
}

/// An ingest error in the reader's language: its code's message with its
/// params, then the library's own words.
fn ingest_error_text(msgs: &Messages, e: &vilab_core::model::IngestError) -> String {
    let mut args: Vec<(&str, Arg)> = e
        .params
        .iter()
        .map(|(name, value)| {
            let arg = match value.parse::<i64>() {
                Ok(n) => Arg::Int(n),
                Err(_) => Arg::Str(value.clone()),
            };
            (name.as_str(), arg)
        })
        .collect();
    for name in ["allocation", "entry", "file", "format", "target", "blob"] {
        if !args.iter().any(|(n, _)| *n == name) {
            args.push((name, Arg::Str(String::new())));
        }
    }
    let words = msgs.format(&format!("ingest-error-{}", e.code.as_str().replace('_', "-")), &args);
    match &e.detail {
        Some(detail) => format!("{words} — {detail}"),
        None => words,
    }
}

fn triage_panel(msgs: &Messages, counts: &TriageCounts) -> Markup {
    html! {
        section.panel {
            h2 { (msgs.get("web-case-triage")) }
            p.muted { (msgs.get("triage-heading")) }
            div.counts {
                div.count.status-known { span.n { (count(msgs, counts.known)) } (msgs.get("triage-known")) }
                div.count.status-near-known { span.n { (count(msgs, counts.near_known)) } (msgs.get("triage-near-known")) }
                div.count.status-new { span.n { (count(msgs, counts.new)) } (msgs.get("triage-new")) }
                div.count { span.n { (count(msgs, counts.linked_to_other_cases)) } (msgs.get("triage-label-linked")) }
            }
            h2 { (msgs.get("web-case-by-category")) }
            @if counts.by_category.is_empty() {
                p.muted { (msgs.get("list-none")) }
            } @else {
                table {
                    thead { tr { th { (msgs.get("web-col-category")) } th.num { (msgs.get("web-col-count")) } } }
                    tbody { @for c in &counts.by_category {
                        tr { td { (category_text(msgs, &c.category)) } td.num { (count(msgs, c.count)) } }
                    } }
                }
            }
            h2 { (msgs.get("web-case-by-source")) }
            @if counts.by_source.is_empty() {
                p.muted { (msgs.get("list-none")) }
            } @else {
                table {
                    thead { tr { th { (msgs.get("web-col-hashset")) } th.num { (msgs.get("web-col-count")) } } }
                    tbody { @for (source, n) in &counts.by_source {
                        tr { td { (source) } td.num { (count(msgs, *n)) } }
                    } }
                }
            }
        }
    }
}

/// The review's progress: decided and undecided, conflicts, follow-ups,
/// and the items each reviewer decided.
fn progress_panel(msgs: &Messages, p: &vilab_lab::types::ReviewProgress) -> Markup {
    html! {
        section.panel #progress {
            h2 { (msgs.get("web-progress-heading")) }
            div.counts {
                div.count { span.n { (count(msgs, p.decided)) } (msgs.get("web-progress-decided")) }
                div.count { span.n { (count(msgs, p.items.saturating_sub(p.decided))) } (msgs.get("web-progress-undecided")) }
                div.count { span.n { (count(msgs, p.conflicts)) } (msgs.get("web-review-conflict")) }
                div.count { span.n { (count(msgs, p.follow_up)) } (msgs.get("web-review-follow-up")) }
            }
            @if !p.by_reviewer.is_empty() {
                table #by-reviewer {
                    thead { tr { th { (msgs.get("web-progress-reviewer")) } th.num { (msgs.get("web-progress-decided")) } } }
                    tbody { @for (user, n) in &p.by_reviewer { tr { td { (user) } td.num { (count(msgs, *n)) } } } }
                }
            }
        }
    }
}

fn errors_table(msgs: &Messages, errors: &[ErrorLine], with_exhibit: bool) -> Markup {
    html! {
        @if errors.is_empty() {
            p.muted { (msgs.get("web-case-no-errors")) }
        } @else {
            table {
                thead { tr {
                    @if with_exhibit { th { (msgs.get("web-col-exhibit")) } }
                    th { (msgs.get("web-col-path")) }
                    th { (msgs.get("web-col-stage")) }
                    th { (msgs.get("web-col-reason")) }
                } }
                tbody { @for e in errors {
                    tr {
                        @if with_exhibit { td { (e.exhibit) } }
                        td.mono { (e.error.key.display_path()) }
                        td { (msgs.get(&format!("stage-{}", e.error.stage.as_str()))) }
                        td { (ingest_error_text(msgs, &e.error)) span.muted.mono { " " (e.error.code.as_str()) } }
                    }
                } }
            }
        }
    }
}

/// `GET /cases/{case}`: the case's view, and its triage and errors where
/// the actor's role may read them (the application layer checks again).
pub fn case_dashboard(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let name = call.path("case");
    let view = session.case_view(name)?;
    let who = Who::of(&session);
    let triage = if who.may(Action::TriageView) { Some(session.triage(name)?) } else { None };
    let errors = if who.may(Action::MediaErrors) { Some(session.media_errors(name)?) } else { None };
    let progress = if who.may(Action::ReviewView) { Some(session.review_progress(name)?) } else { None };
    let msgs = call.msgs();
    let c = &view.counts;
    let kinds: Vec<String> = c.by_kind.iter().map(|(k, n)| format!("{} {}", k.as_str(), count(&msgs, *n))).collect();
    let stages: Vec<String> = c
        .errors_by_stage
        .iter()
        .map(|(s, n)| format!("{} {}", msgs.get(&format!("stage-{}", s.as_str())), count(&msgs, *n)))
        .collect();
    let none = msgs.get("list-none");
    let body = html! {
        h1 { (t!(msgs, "web-case-heading", case = view.case.name.as_str())) }
        p.muted { (t!(msgs, "web-case-uid", uid = view.case.uid.as_str(), created = msgs.date_time(view.case.created_at))) }
        section.panel {
            h2 { (msgs.get("web-case-counts")) }
            div.counts {
                div.count { span.n { (count(&msgs, c.exhibits)) } (msgs.get("web-col-exhibits")) }
                div.count { span.n { (count(&msgs, c.files)) } (msgs.get("case-label-files")) }
                div.count { span.n { (count(&msgs, c.media)) } (msgs.get("case-label-media")) }
                div.count { span.n { (count(&msgs, c.images_decoded)) } (msgs.get("case-label-decoded")) }
                div.count { span.n { (count(&msgs, c.with_exif)) " / " (count(&msgs, c.with_gps)) } (msgs.get("case-label-exif-gps")) }
            }
            table {
                tr { th { (msgs.get("case-label-kinds")) } td { (if kinds.is_empty() { none.clone() } else { kinds.join(", ") }) } }
                tr { th { (msgs.get("case-label-errors")) } td { (if stages.is_empty() { none.clone() } else { stages.join(", ") }) } }
                tr { th { (msgs.get("case-label-members")) } td { (if view.members.is_empty() { none.clone() } else { view.members.join(", ") }) } }
            }
            @if who.may(Action::MediaList) {
                p { a href=(format!("{}/media", case_href(&view.case.name))) { (t!(msgs, "web-case-media-link", count = c.media)) } }
            }
            @if who.may(Action::ReviewView) {
                p { a #review-link href=(format!("{}/review", case_href(&view.case.name))) { (msgs.get("web-review-link")) } }
                p { a #map-link href=(format!("{}/map", case_href(&view.case.name))) { (msgs.get("web-map-link")) } }
            }
            @if who.may(Action::RecordsView) {
                p { a #records-link href=(format!("{}/records", case_href(&view.case.name))) { (msgs.get("web-records-link")) } }
                p { a #leads-link href=(format!("{}/leads", case_href(&view.case.name))) { (msgs.get("web-leads-link")) } }
            }
        }
        section.panel {
            h2 { (msgs.get("web-case-exhibits")) }
            @if view.exhibits.is_empty() {
                p.muted { (none) }
            } @else {
                table {
                    thead { tr {
                        th { (msgs.get("web-col-exhibit")) }
                        th { (msgs.get("web-col-source")) }
                        th { (msgs.get("web-col-run")) }
                        th { (msgs.get("web-col-status")) }
                        th { (msgs.get("web-col-started")) }
                        th.num { (msgs.get("web-col-files")) }
                        th.num { (msgs.get("web-col-errors")) }
                    } }
                    tbody {
                        @for e in &view.exhibits {
                            @for (i, r) in e.runs.iter().enumerate() {
                                tr {
                                    td { @if i == 0 { (e.name) } }
                                    td.mono { @if i == 0 { (e.source_path) } }
                                    td { (r.id.to_string()) }
                                    td { (msgs.get(&format!("run-status-{}", r.status.as_str()))) }
                                    td { (msgs.date_time(r.started_at)) }
                                    td.num { (count(&msgs, r.counters.files_seen)) }
                                    td.num { (count(&msgs, r.counters.errors)) }
                                }
                            }
                            @if e.runs.is_empty() {
                                tr { td { (e.name) } td.mono { (e.source_path) } td {} td {} td {} td {} td {} }
                            }
                        }
                    }
                }
            }
        }
        @if let Some(p) = &progress {
            (progress_panel(&msgs, &p.progress))
        }
        @if let Some(triage) = &triage {
            (triage_panel(&msgs, &triage.counts))
        }
        @if let Some(errors) = &errors {
            section.panel {
                h2 { (msgs.get("web-case-errors")) " (" (count(&msgs, errors.errors.len() as u64)) ")" }
                (errors_table(&msgs, &errors.errors, true))
            }
        }
    };
    Ok(page(call, &session, &view.case.name, body))
}

/// The page size of lists.
const PAGE: u32 = 100;

/// `GET /cases/{case}/media`.
pub fn case_media(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let name = call.path("case");
    let limit = call.query_int::<u32>("limit")?.unwrap_or(PAGE).clamp(1, 1000);
    let offset = call.query_int::<u64>("offset")?.unwrap_or(0);
    let listing = session.list_media(name, limit, offset)?;
    let msgs = call.msgs();
    let base = format!("{}/media", case_href(name));
    let yes = msgs.get("web-yes");
    let no = msgs.get("web-no");
    let body = html! {
        h1 { (t!(msgs, "web-media-heading", case = listing.case.as_str())) }
        p { a href=(case_href(name)) { (t!(msgs, "web-case-heading", case = listing.case.as_str())) } }
        section.panel {
            table {
                thead { tr {
                    th.num { (msgs.get("web-col-id")) }
                    th { (msgs.get("web-col-sha256")) }
                    th { (msgs.get("web-col-kind")) }
                    th.num { (msgs.get("web-col-size")) }
                    th { (msgs.get("web-col-pixels")) }
                    th.num { (msgs.get("web-col-files")) }
                    th { (msgs.get("web-col-camera")) }
                    th { (msgs.get("web-col-taken")) }
                    th { (msgs.get("web-col-gps")) }
                    th { (msgs.get("web-col-path")) }
                } }
                tbody { @for m in &listing.items {
                    tr {
                        td.num { (m.id.to_string()) }
                        td.mono.nowrap { a href=(format!("/media/{}", m.sha256)) data-copy=(m.sha256.to_string()) { (&m.sha256.to_string()[..12]) "…" } }
                        td { (m.kind.as_str()) }
                        td.num { (count(&msgs, m.size)) }
                        td.nowrap { @if let (Some(w), Some(h)) = (m.width, m.height) { (w) " × " (h) } }
                        td.num { (count(&msgs, m.occurrences)) }
                        td { (camera(&m.camera)) }
                        td { (m.taken.as_deref().unwrap_or("")) }
                        td { (if m.has_gps { &yes } else { &no }) }
                        td.mono { (m.first_path.display_path()) }
                    }
                } }
            }
            div.pager {
                @if offset > 0 {
                    a href=(format!("{base}?offset={}&limit={limit}", offset.saturating_sub(u64::from(limit)))) { (msgs.get("web-pager-previous")) }
                }
                @if listing.items.len() as u64 == u64::from(limit) {
                    a href=(format!("{base}?offset={}&limit={limit}", offset + u64::from(limit))) { (msgs.get("web-pager-next")) }
                }
            }
        }
    };
    Ok(page(call, &session, &listing.case, body))
}

fn camera(c: &vilab_lab::ops::media::Camera) -> String {
    [c.make.as_deref(), c.model.as_deref(), c.body_serial.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Reads a media key as a user types it.
pub fn media_key(text: &str) -> Result<MediaKey, WebError> {
    MediaKey::parse(text).map_err(|e| invalid("key", e))
}

/// `GET /media/{key}`.
pub fn media(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let key = media_key(call.path("key"))?;
    let v = session.show_media(&key)?;
    let sections = crate::detail::media_sections(call, &session, &key, &v)?;
    let msgs = call.msgs();
    let row = |label: String, value: Markup| html! { tr { th { (label) } td { (value) } } };
    let text = |s: &str| html! { (s) };
    let mono = |s: String| html! { span.mono { (s) } };
    let body = html! {
        h1 { (t!(msgs, "media-heading", id = v.id.to_string())) }
        section.panel {
            h2 { (msgs.get("web-item-digests")) }
            table {
                (row(msgs.get("media-label-sha256"), mono(v.sha256.to_string())))
                (row(msgs.get("media-label-md5"), mono(v.md5.to_string())))
                (row(msgs.get("media-label-sha1"), mono(v.sha1.to_string())))
                (row(msgs.get("media-label-kind"), text(v.kind.as_str())))
                (row(msgs.get("media-label-size"), text(&t!(msgs, "media-bytes", bytes = v.size))))
                @if let (Some(w), Some(h)) = (v.width, v.height) {
                    (row(msgs.get("media-label-pixels"), text(&format!("{w} × {h}"))))
                }
                @if let Some(pdq) = &v.pdq {
                    (row(msgs.get("media-label-pdq-quality"), text(&pdq.quality.to_string())))
                    (row(t!(msgs, "media-label-pdq", symmetry = "original"), mono(pdq.hashes[0].to_hex())))
                }
                (row(msgs.get("web-item-first-seen"), text(&msgs.date_time(v.first_seen_at))))
            }
        }
        (sections)
        section.panel {
            h2 { (msgs.get("web-item-exif")) }
            @match &v.exif {
                Some(x) if !x.is_empty() => {
                    table {
                        @for (key, value) in exif_rows(x) {
                            (row(msgs.get(key), text(&value)))
                        }
                    }
                }
                _ => { p.muted { (msgs.get("web-item-no-exif")) } }
            }
        }
        section.panel {
            h2 { (t!(msgs, "media-places", count = v.places.len())) }
            table {
                thead { tr {
                    th { (msgs.get("web-col-case")) }
                    th { (msgs.get("web-col-exhibit")) }
                    th { (msgs.get("web-col-path")) }
                } }
                tbody { @for p in &v.places {
                    tr {
                        td { a href=(case_href(&p.case)) { (p.case) } }
                        td { (p.exhibit) }
                        td.mono { (p.occurrence.key.display_path()) }
                    }
                } }
            }
            @if v.places_elsewhere > 0 {
                p.muted { (t!(msgs, "media-places-elsewhere", count = v.places_elsewhere)) }
            }
        }
        @if !v.errors.is_empty() {
            section.panel {
                h2 { (t!(msgs, "media-errors", count = v.errors.len())) }
                (errors_table(&msgs, &v.errors, true))
            }
        }
        // Leads pinned to the item, and the form that pins one (records.rs).
        (crate::records::media_panel(call, &session, &msgs, v.places.iter().map(|p| p.case.as_str()), v.id)?)
        // Regions and renditions per case of the item (issue 20, regions_page.rs).
        (crate::regions_page::media_panels(call, &session, &msgs, v.places.iter().map(|p| p.case.as_str()), &v)?)
    };
    Ok(page(call, &session, &t!(msgs, "media-heading", id = v.id.to_string()), body))
}

fn exif_rows(x: &vilab_core::model::ExifFields) -> Vec<(&'static str, String)> {
    let mut rows = Vec::new();
    let mut text = |key: &'static str, v: &Option<String>| {
        if let Some(v) = v {
            rows.push((key, v.clone()));
        }
    };
    text("media-label-exif-make", &x.make);
    text("media-label-exif-model", &x.model);
    text("media-label-exif-body-serial", &x.body_serial);
    text("media-label-exif-lens-serial", &x.lens_serial);
    text("media-label-exif-taken", &x.datetime_original);
    text("media-label-exif-offset", &x.offset_time_original);
    text("media-label-exif-software", &x.software);
    for (key, v) in [
        ("media-label-gps-latitude", x.gps_latitude),
        ("media-label-gps-longitude", x.gps_longitude),
        ("media-label-gps-altitude", x.gps_altitude),
    ] {
        if let Some(v) = v {
            rows.push((key, format!("{v:.6}")));
        }
    }
    if let Some(o) = x.orientation {
        rows.push(("media-label-exif-orientation", o.to_string()));
    }
    rows
}

/// The audit filters of a request: what the application layer filters
/// (actor, action, case, since, after, limit), and what the server filters
/// on the page it returns (outcome, until).
pub struct AuditQuery {
    /// For the application layer.
    pub filter: AuditFilter,
    /// `allowed`, `denied` or `failed`.
    pub outcome: Option<String>,
    /// Before this instant (Unix seconds, exclusive).
    pub until: Option<i64>,
}

/// Reads the audit filters of the query.
pub fn audit_query(call: &Call) -> Result<AuditQuery, WebError> {
    let outcome = call.query("outcome").map(str::to_string);
    if let Some(o) = &outcome
        && !matches!(o.as_str(), "allowed" | "denied" | "failed")
    {
        return Err(invalid("outcome", "allowed, denied or failed"));
    }
    let filter = AuditFilter {
        user: call.query("actor").map(str::to_string),
        action: call.query("action").map(str::to_string),
        case: call.query("case").map(str::to_string),
        since: call.query("since").map(|s| instant("since", s, false)).transpose()?,
        after: call.query_int("after")?,
        limit: Some(call.query_int::<u32>("limit")?.unwrap_or(200).clamp(1, 1000)),
    };
    let until = call.query("until").map(|s| instant("until", s, true)).transpose()?;
    Ok(AuditQuery { filter, outcome, until })
}

impl AuditQuery {
    /// Keeps the records the server filters on.
    pub fn keep(&self, line: &AuditLine) -> bool {
        self.outcome.as_deref().is_none_or(|o| line.outcome == o) && self.until.is_none_or(|u| line.at < u)
    }
}

/// A Unix second, or a day `YYYY-MM-DD` (UTC): its start, or with `end`
/// the start of the next day.
pub(crate) fn instant(field: &str, text: &str, end: bool) -> Result<i64, WebError> {
    let text = text.trim();
    if let Ok(n) = text.parse::<i64>() {
        return Ok(n);
    }
    let bad = || invalid(field, "YYYY-MM-DD or Unix seconds");
    let mut parts = text.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else { return Err(bad()) };
    let (y, m, d): (i64, i64, i64) =
        (y.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?, d.parse().map_err(|_| bad())?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return Err(bad());
    }
    // Days from the civil date (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Ok((days + i64::from(end)) * 86_400)
}

/// `GET /audit`.
pub fn audit(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let query = audit_query(call)?;
    let listing = session.audit_list(&query.filter)?;
    let msgs = call.msgs();
    let last = listing.records.last().map(|r| r.seq);
    let records: Vec<&AuditLine> = listing.records.iter().filter(|r| query.keep(r)).collect();
    let q = |name: &str| call.query(name).unwrap_or("").to_string();
    let outcome = q("outcome");
    let body = html! {
        h1 { (msgs.get("web-audit-heading")) }
        section.panel {
            form.filters method="get" action="/audit" {
                label { (msgs.get("web-col-actor")) input type="text" name="actor" value=(q("actor")); }
                label { (msgs.get("web-col-action")) input type="text" name="action" value=(q("action")) placeholder="media."; }
                label { (msgs.get("web-col-outcome"))
                    select name="outcome" {
                        option value="" selected[outcome.is_empty()] { (msgs.get("web-audit-any")) }
                        @for o in ["allowed", "denied", "failed"] {
                            option value=(o) selected[outcome == o] { (msgs.get(&format!("outcome-{o}"))) }
                        }
                    }
                }
                label { (msgs.get("web-col-case")) input type="text" name="case" value=(q("case")); }
                label { (msgs.get("web-audit-since")) input type="date" name="since" value=(q("since")); }
                label { (msgs.get("web-audit-until")) input type="date" name="until" value=(q("until")); }
                button type="submit" { (msgs.get("web-audit-apply")) }
            }
        }
        section.panel {
            @if records.is_empty() {
                p.muted { (msgs.get("web-audit-none")) }
            } @else {
                table {
                    thead { tr {
                        th.num { (msgs.get("web-col-seq")) }
                        th { (msgs.get("web-col-at")) }
                        th { (msgs.get("web-col-actor")) }
                        th { (msgs.get("web-col-from")) }
                        th { (msgs.get("web-col-action")) }
                        th { (msgs.get("web-col-resource")) }
                        th { (msgs.get("web-col-case")) }
                        th { (msgs.get("web-col-outcome")) }
                        th { (msgs.get("web-col-details")) }
                    } }
                    tbody { @for r in &records {
                        tr {
                            td.num { (r.seq) }
                            td { (msgs.date_time(r.at)) }
                            td { (r.actor) }
                            td.code { (r.source) }
                            td.code.nowrap { (r.action) }
                            td.code { (r.resource_kind) " " (r.resource) }
                            td { (r.case.as_deref().unwrap_or("")) }
                            td class=(if r.outcome == "allowed" { "ok" } else { "bad" }) { (msgs.get(&format!("outcome-{}", r.outcome))) }
                            td.code { (r.details.to_string()) }
                        }
                    } }
                }
            }
            @if let Some(last) = last.filter(|_| listing.records.len() as u32 == query.filter.limit.unwrap_or(200)) {
                div.pager {
                    a href=(next_audit_page(call, last)) { (msgs.get("web-pager-next")) }
                }
            }
        }
    };
    Ok(page(call, &session, &msgs.get("web-audit-heading"), body))
}

fn next_audit_page(call: &Call, after: u64) -> String {
    let mut pairs: Vec<String> = ["actor", "action", "outcome", "case", "since", "until", "limit"]
        .iter()
        .filter_map(|k| call.query(k).map(|v| format!("{k}={}", url_encode(v))))
        .collect();
    pairs.push(format!("after={after}"));
    format!("/audit?{}", pairs.join("&"))
}

/// A chain problem in the reader's language.
pub fn problem_text(msgs: &Messages, problem: &ChainProblem) -> String {
    match *problem {
        ChainProblem::Gap { expected_seq, found_seq } => t!(
            msgs,
            "audit-problem-gap",
            first = expected_seq.to_string(),
            last = found_seq.saturating_sub(1).to_string()
        ),
        ChainProblem::OutOfOrder { expected_seq, found_seq } => {
            t!(msgs, "audit-problem-order", expected = expected_seq.to_string(), found = found_seq.to_string())
        }
        ChainProblem::HashMismatch { seq } => t!(msgs, "audit-problem-hash", seq = seq.to_string()),
        ChainProblem::CheckpointMismatch { seq } => t!(msgs, "audit-problem-checkpoint", seq = seq.to_string()),
        ChainProblem::BadSignature { seq } => t!(msgs, "audit-problem-signature", seq = seq.to_string()),
        ChainProblem::CutOff { last_seq, checkpoint_seq } => {
            t!(msgs, "audit-problem-cut-off", last = last_seq.to_string(), checkpoint = checkpoint_seq.to_string())
        }
    }
}

fn verdict_panel(msgs: &Messages, v: &AuditVerdict) -> Markup {
    html! {
        section class=(if v.intact { "panel" } else { "panel error-box" }) {
            @if v.intact {
                p.ok { (msgs.get("audit-intact")) }
            } @else {
                p.bad { (t!(msgs, "audit-broken", seq = v.first_bad_seq.map(|s| s.to_string()).unwrap_or_default())) }
                @if let Some(p) = &v.problem { p.bad { (problem_text(msgs, p)) } }
            }
            table {
                tr { th { (msgs.get("audit-label-records")) } td { (count(msgs, v.records)) } }
                @if let (Some(seq), Some(hash)) = (v.head_seq, &v.head_hash) {
                    tr { th { (msgs.get("audit-label-head")) } td.mono { (seq) " " (hash) } }
                }
                @if let Some(s) = v.last_signed {
                    tr { th { (msgs.get("audit-label-last-signed")) } td { (s) } }
                }
            }
            @if v.unsigned_tail > 0 {
                p.muted { (t!(msgs, "audit-unsigned-tail", count = v.unsigned_tail)) }
            }
        }
    }
}

/// `GET /audit/verify`.
pub fn audit_verify(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let verdict = session.audit_verify()?;
    let msgs = call.msgs();
    let body = html! {
        h1 { (msgs.get("web-verify-heading")) }
        (verdict_panel(&msgs, &verdict))
    };
    Ok(page(call, &session, &msgs.get("web-verify-heading"), body))
}

#[cfg(test)]
mod tests {
    #[test]
    fn days_and_seconds_read_as_instants() {
        assert_eq!(super::instant("since", "1970-01-01", false).unwrap(), 0);
        assert_eq!(super::instant("since", "1970-01-01", true).unwrap(), 86_400);
        assert_eq!(super::instant("since", "2026-12-07", false).unwrap(), 1_796_601_600);
        assert_eq!(super::instant("since", "1234", false).unwrap(), 1234);
        assert!(super::instant("since", "2026-13-01", false).is_err());
        assert!(super::instant("since", "yesterday", false).is_err());
    }

    #[test]
    fn next_is_a_path_of_this_server_only() {
        use crate::call::local_path;
        assert_eq!(local_path(Some("/cases")), Some("/cases"));
        assert_eq!(local_path(Some("//evil.example")), None);
        assert_eq!(local_path(Some("/\\evil.example")), None);
        assert_eq!(local_path(Some("https://evil.example")), None);
        assert_eq!(local_path(None), None);
    }
}
