//! The pages of ViLab galleries (issue 20): the list with the form that
//! makes one, a gallery's page (for its editors: items, members, dates and
//! the bundles made; for participants: the grid of its items' pictures),
//! and an item's clue board, which `assets/gallery.js` keeps live by
//! polling the clues route after the last clue's id and where a click on
//! the picture pins a clue. The forms are page routes that go back to the
//! page; each handler calls one operation of `vilab_lab::Session`.

use maud::{Markup, html};
use vilab_i18n::{Messages, t};
use vilab_lab::ops::galleries::{ClueView, GalleryView};
use vilab_lab::permission::{Action, reach};
use vilab_lab::types::GalleryItemId;

use crate::call::{CSRF_FIELD, Call, Reply};
use crate::error::WebError;
use crate::galleries::{
    audience, clue_of, gallery_uid, item_id, media_keys, part, series_field, text_field, title_and_dates,
};
use crate::pages::page;

/// The hidden CSRF field of a form.
pub(crate) fn hidden_csrf(call: &Call) -> Markup {
    html! { input type="hidden" name=(CSRF_FIELD) value=(call.csrf().unwrap_or_default()); }
}

/// The address of a gallery's page.
pub(crate) fn gallery_href(uid: &str) -> String {
    format!("/galleries/{}", crate::pages::url_encode(uid))
}

/// The address of an item's board.
pub(crate) fn item_href(uid: &str, item: GalleryItemId) -> String {
    format!("{}/items/{}", gallery_href(uid), item.0)
}

/// The address of one of an item's pictures.
pub(crate) fn image_src(uid: &str, item: GalleryItemId, image: &str) -> String {
    format!(
        "/api/galleries/{}/items/{}/images/{}",
        crate::pages::url_encode(uid),
        item.0,
        crate::pages::url_encode(image)
    )
}

/// The day (UTC, `YYYY-MM-DD`) of a Unix second, as a date field shows it.
pub(crate) fn day(unix: i64) -> String {
    // Civil date from days (Howard Hinnant's algorithm).
    let z = unix.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// An audience's name in the reader's language.
pub(crate) fn audience_name(msgs: &Messages, code: &str) -> String {
    msgs.get(&format!("web-gallery-audience-{code}"))
}

/// `GET /galleries`: the galleries the actor is a member of, and for
/// those who may, the form that makes one.
pub fn list_page(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let list = session.galleries()?;
    let msgs = call.msgs();
    let may_create = reach(session.actor().role, Action::GalleryCreate).is_some();
    let body = html! {
        h1 { (msgs.get("web-galleries-heading")) }
        section.panel {
            @if list.galleries.is_empty() {
                p.muted { (msgs.get("web-galleries-none")) }
            } @else {
                table #gallery-list {
                    thead { tr {
                        th { (msgs.get("web-gallery-title")) } th { (msgs.get("web-gallery-audience")) }
                        th { (msgs.get("web-gallery-opens")) } th { (msgs.get("web-gallery-closes")) } th {}
                    } }
                    tbody { @for g in &list.galleries {
                        tr {
                            td { a href=(gallery_href(&g.uid)) { (g.title) } }
                            td { (audience_name(&msgs, g.audience.as_str())) }
                            td { (msgs.date_time(g.opens_at)) }
                            td { (msgs.date_time(g.closes_at)) }
                            td.muted {
                                @if g.open { (msgs.get("web-gallery-open")) } @else { (msgs.get("web-gallery-closed")) }
                                @if g.editor { " · " (msgs.get("web-gallery-you-edit")) }
                            }
                        }
                    } }
                }
            }
        }
        @if may_create {
            section.panel {
                h2 { (msgs.get("web-gallery-create")) }
                form #gallery-create method="post" action="/galleries" {
                    (hidden_csrf(call))
                    label { (msgs.get("web-gallery-title")) " " input type="text" name="title" required; }
                    " "
                    label { (msgs.get("web-gallery-audience")) " "
                        select name="audience" {
                            @for a in ["partner", "trainee", "public"] { option value=(a) { (audience_name(&msgs, a)) } }
                        }
                    }
                    " "
                    label { (msgs.get("web-gallery-opens")) " " input type="date" name="opens" required; }
                    " "
                    label { (msgs.get("web-gallery-closes")) " " input type="date" name="closes" required; }
                    " "
                    button type="submit" { (msgs.get("web-gallery-create")) }
                }
                p.muted { (msgs.get("web-gallery-create-explain")) }
            }
        }
    };
    Ok(page(call, &session, &msgs.get("web-galleries-heading"), body))
}

/// `POST /galleries`: makes a gallery, then its page.
pub fn create_form(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let (title, opens, closes) = title_and_dates(call)?;
    let g = session.create_gallery(&title, audience(call)?, opens, closes)?;
    Ok(Reply::redirect(&gallery_href(&g.uid)))
}

fn editor_sections(call: &Call, msgs: &Messages, g: &GalleryView) -> Markup {
    let href = gallery_href(&g.uid);
    html! {
        section.panel #gallery-items {
            h2 { (msgs.get("web-gallery-items")) }
            @if g.items.is_empty() { p.muted { (msgs.get("web-gallery-no-items")) } } @else {
                table {
                    thead { tr { th.num { "#" } th { (msgs.get("web-gallery-case")) } th { (msgs.get("web-gallery-media")) } th {} } }
                    tbody { @for i in &g.items {
                        tr {
                            td.num { a href=(item_href(&g.uid, i.id)) { (t!(msgs, "web-gallery-item", n = i.id.0)) } }
                            td { (i.case.clone().unwrap_or_default()) }
                            td { code { (i.media.as_deref().map(|m| &m[..m.len().min(16)]).unwrap_or("")) } }
                            td { form.inline method="post" action=(format!("{}/remove", item_href(&g.uid, i.id))) {
                                (hidden_csrf(call))
                                button type="submit" { (msgs.get("web-gallery-remove")) }
                            } }
                        }
                    } }
                }
            }
            form.inline #gallery-add-items method="post" action=(format!("{href}/items")) {
                (hidden_csrf(call))
                label { (msgs.get("web-gallery-case")) " " input type="text" name="case" required; }
                " "
                label { (msgs.get("web-gallery-media-keys")) " " input type="text" name="media" required; }
                " "
                button type="submit" { (msgs.get("web-gallery-add-items")) }
            }
            form.inline #gallery-add-series method="post" action=(format!("{href}/series")) {
                (hidden_csrf(call))
                label { (msgs.get("web-gallery-case")) " " input type="text" name="case" required; }
                " "
                label { (msgs.get("web-gallery-series")) " " input type="number" name="series" min="1" required; }
                " "
                button type="submit" { (msgs.get("web-gallery-add-series")) }
            }
            p.muted { (msgs.get("web-gallery-items-explain")) }
        }
        section.panel #gallery-members {
            h2 { (msgs.get("web-gallery-members")) }
            table {
                thead { tr { th { (msgs.get("web-gallery-user")) } th { (msgs.get("web-gallery-role")) } th { (msgs.get("web-gallery-part")) } } }
                tbody { @for m in &g.members {
                    tr {
                        td { (m.user) }
                        td { (crate::pages::role_name(msgs, m.role)) }
                        td { @if m.editor { (msgs.get("web-gallery-part-editor")) } @else { (msgs.get("web-gallery-part-participant")) } }
                    }
                } }
            }
            form.inline method="post" action=(format!("{href}/members")) {
                (hidden_csrf(call))
                label { (msgs.get("web-gallery-user")) " " input type="text" name="user" required; }
                " "
                select name="part" aria-label=(msgs.get("web-gallery-part")) {
                    option value="participant" { (msgs.get("web-gallery-part-participant")) }
                    option value="editor" { (msgs.get("web-gallery-part-editor")) }
                    option value="none" { (msgs.get("web-gallery-part-none")) }
                }
                " "
                button type="submit" { (msgs.get("web-gallery-set-member")) }
            }
        }
        section.panel #gallery-dates {
            h2 { (msgs.get("web-gallery-dates")) }
            form.inline method="post" action=(format!("{href}/edit")) {
                (hidden_csrf(call))
                label { (msgs.get("web-gallery-title")) " " input type="text" name="title" value=(g.title) required; }
                " "
                label { (msgs.get("web-gallery-opens")) " " input type="date" name="opens" value=(day(g.opens_at)) required; }
                " "
                label { (msgs.get("web-gallery-closes")) " " input type="date" name="closes" value=(day(g.closes_at - 1)) required; }
                " "
                button type="submit" { (msgs.get("web-gallery-save")) }
            }
        }
        section.panel #gallery-bundles {
            h2 { (msgs.get("web-gallery-bundles")) }
            @if g.bundles.is_empty() { p.muted { (msgs.get("web-gallery-no-bundles")) } } @else {
                table {
                    thead { tr { th { (msgs.get("web-gallery-bundle")) } th { (msgs.get("web-gallery-recipient")) } th { (msgs.get("web-gallery-made")) } th { (msgs.get("web-gallery-expires")) } } }
                    tbody { @for b in &g.bundles {
                        tr { td { code { (b.uid) } } td { (b.recipient) } td { (msgs.date_time(b.made_at)) } td { (msgs.date_time(b.expires_at)) } }
                    } }
                }
            }
        }
    }
}

/// `GET /galleries/{gallery}`.
pub fn gallery_page(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let g = session.gallery(gallery_uid(call))?;
    // Each item's first picture for the grid (none yet: its number alone).
    let mut firsts = Vec::with_capacity(g.items.len());
    for i in &g.items {
        firsts.push(session.gallery_item_images(&g.uid, i.id)?.images.into_iter().next());
    }
    let msgs = call.msgs();
    let href = gallery_href(&g.uid);
    let body = html! {
        h1 { (g.title) }
        p.muted {
            (audience_name(&msgs, g.audience.as_str())) " · "
            (t!(msgs, "web-gallery-span", opens = msgs.date_time(g.opens_at), closes = msgs.date_time(g.closes_at)))
            " · " @if g.open { (msgs.get("web-gallery-open")) } @else { (msgs.get("web-gallery-closed")) }
        }
        p { a href="/galleries" { (msgs.get("web-galleries-heading")) }
            " · " a href=(format!("{href}/exercise")) { (msgs.get("web-exercise-link")) }
            @if g.editor { " · " a href=(format!("{href}/results")) { (msgs.get("web-exercise-results")) } } }
        section.panel {
            h2 { (msgs.get("web-gallery-board-items")) }
            @if g.items.is_empty() { p.muted { (msgs.get("web-gallery-no-items")) } }
            div.grid #gallery-grid {
                @for (i, first) in g.items.iter().zip(&firsts) {
                    figure.tile data-item=(i.id.0) {
                        a href=(item_href(&g.uid, i.id)) {
                            @if let Some(img) = first {
                                img src=(image_src(&g.uid, i.id, &img.uid)) alt=(t!(msgs, "web-gallery-item", n = i.id.0))
                                    width="160" height=((u64::from(img.height) * 160 / u64::from(img.width.max(1))).max(1)) loading="lazy";
                            } @else {
                                span.gallery-label { (msgs.get("web-gallery-no-picture")) }
                            }
                        }
                        figcaption.badge { (t!(msgs, "web-gallery-item", n = i.id.0)) }
                    }
                }
            }
        }
        @if g.editor { (editor_sections(call, &msgs, &g)) }
    };
    Ok(page(call, &session, &g.title, body))
}

/// Where a gallery's form goes back to: its page.
fn back(call: &Call) -> Reply {
    Reply::redirect(&gallery_href(gallery_uid(call)))
}

/// `POST /galleries/{gallery}/edit`: title and dates.
pub fn edit_form(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let (title, opens, closes) = title_and_dates(call)?;
    session.update_gallery(gallery_uid(call), &title, opens, closes)?;
    Ok(back(call))
}

/// `POST /galleries/{gallery}/members`.
pub fn member_form(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    session.set_gallery_member(gallery_uid(call), text_field(call, "user")?, part(call)?)?;
    Ok(back(call))
}

/// `POST /galleries/{gallery}/items`.
pub fn items_form(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    session.add_gallery_items(gallery_uid(call), text_field(call, "case")?, &media_keys(call)?)?;
    Ok(back(call))
}

/// `POST /galleries/{gallery}/series`.
pub fn series_form(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    session.add_gallery_series(gallery_uid(call), text_field(call, "case")?, series_field(call)?)?;
    Ok(back(call))
}

/// `POST /galleries/{gallery}/items/{item}/remove`.
pub fn remove_form(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    session.remove_gallery_item(gallery_uid(call), item_id(call)?)?;
    Ok(back(call))
}

/// One clue of the board (the script renders new ones the same way).
fn clue_li(msgs: &Messages, c: &ClueView) -> Markup {
    html! {
        li.clue data-id=(c.id.0) data-x=[c.pin.map(|p| p.0)] data-y=[c.pin.map(|p| p.1)] {
            span.who { (c.author) } " · " time { (msgs.date_time(c.posted_at)) }
            @if c.pin.is_some() { " · " span.pinned { (msgs.get("web-clue-pinned")) } }
            p.text { (c.text) }
        }
    }
}

/// `GET /galleries/{gallery}/items/{item}`: the item's picture and its
/// clue board, live.
pub fn item_page(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let (uid, item) = (gallery_uid(call), item_id(call)?);
    let images = session.gallery_item_images(uid, item)?.images;
    let board = session.gallery_clues(uid, Some(item), None)?;
    let msgs = call.msgs();
    let poll = format!("/api/galleries/{}/clues?item={}", crate::pages::url_encode(uid), item.0);
    let body = html! {
        h1 { (t!(msgs, "web-gallery-item", n = item.0)) }
        p { a href=(gallery_href(uid)) { (msgs.get("web-gallery-back")) } }
        div.board #board data-poll=(poll) data-cursor=[board.cursor.map(|c| c.0)]
            data-pinned=(msgs.get("web-clue-pinned")) data-lang=(call.lang().code()) {
            div.board-pictures {
                figure.board-picture #board-picture {
                    @if let Some(first) = images.first() {
                        img src=(image_src(uid, item, &first.uid)) alt=(t!(msgs, "web-gallery-item", n = item.0))
                            width=(first.width) height=(first.height);
                        figcaption.muted { (msgs.get("web-clue-pin-explain")) }
                    } @else {
                        p.muted { (msgs.get("web-gallery-no-picture")) }
                    }
                }
                // A public gallery's other object crops (the pin is on the first).
                @for other in images.iter().skip(1) {
                    figure.board-extra {
                        img src=(image_src(uid, item, &other.uid)) alt=(t!(msgs, "web-gallery-item", n = item.0))
                            width=(other.width) height=(other.height);
                    }
                }
            }
            section.panel {
                h2 { (msgs.get("web-clue-board")) }
                p.muted #board-live { (msgs.get("web-clue-live")) }
                ol.clues #clues {
                    @for c in &board.clues { (clue_li(&msgs, c)) }
                }
                @if board.clues.is_empty() { p.muted #clues-none { (msgs.get("web-clue-none")) } }
                form #clue-form method="post" action=(format!("{}/clues", item_href(uid, item)))
                    data-api=(format!("/api/galleries/{}/items/{}/clues", crate::pages::url_encode(uid), item.0)) {
                    (hidden_csrf(call))
                    input type="hidden" name="x" value="";
                    input type="hidden" name="y" value="";
                    label { (msgs.get("web-clue-text")) textarea name="text" rows="3" required {} }
                    p.muted #clue-pin-state { (msgs.get("web-clue-no-pin")) }
                    button type="submit" { (msgs.get("web-clue-post")) }
                }
                p.muted { (msgs.get("web-clue-becomes-lead")) }
            }
        }
        script src="/assets/gallery.js" defer {}
    };
    Ok(page(call, &session, &msgs.get("web-clue-board"), body))
}

/// `POST /galleries/{gallery}/items/{item}/clues`: posts a clue, then the
/// board.
pub fn clue_form(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let (uid, item) = (gallery_uid(call), item_id(call)?);
    let (text, pin) = clue_of(call)?;
    session.post_clue(uid, item, &text, pin)?;
    Ok(Reply::redirect(&item_href(uid, item)))
}

#[cfg(test)]
mod tests {
    #[test]
    fn days_read_back_as_the_instants_they_came_from() {
        for day in ["1970-01-01", "2000-02-29", "2026-12-07", "2026-12-31"] {
            let at = crate::pages::instant("opens", day, false).unwrap();
            assert_eq!(super::day(at), day);
            assert_eq!(super::day(at + 86_399), day);
        }
    }
}
