//! The pages of training exercises (issue 20): a gallery's exercise page
//! (for its editors, the form that sets the exercise or the known answers
//! once set; for trainees, one answer form per item: country, place, the
//! object kinds they would trace, free text) and the trainer's results
//! page (totals per trainee and per item, every answer scored, a form that
//! marks its free text). Trainees never see a score or a known answer: the
//! application layer does not give them.

use maud::{Markup, html};
use vilab_i18n::{Messages, t};
use vilab_lab::Code;
use vilab_lab::ops::galleries::exercises::{ExerciseItemView, ExerciseView};
use vilab_lab::types::{Answer, GalleryItemId};

use crate::call::{Call, Reply};
use crate::error::WebError;
use crate::exercises::{DEFAULT_RUBRIC, RUBRIC_FIELDS, answer, expected_form, mark_of, rubric};
use crate::galleries::{gallery_uid, item_id};
use crate::gallery_pages::{gallery_href, hidden_csrf, item_href};
use crate::pages::page;

/// A country code's name in the reader's language.
fn country_name(msgs: &Messages, code: &str) -> String {
    if code.is_empty() {
        return "—".to_string();
    }
    msgs.get(&format!("web-country-{}", code.to_lowercase()))
}

/// An object kind's name in the reader's language.
fn object_name(msgs: &Messages, code: &str) -> String {
    msgs.get(&format!("web-object-{code}"))
}

fn country_select(msgs: &Messages, name: &str, countries: &[String], chosen: &str) -> Markup {
    html! {
        select name=(name) {
            option value="" selected[chosen.is_empty()] { "—" }
            @for c in countries { option value=(c) selected[c == chosen] { (country_name(msgs, c)) } }
        }
    }
}

fn object_boxes(msgs: &Messages, name: &str, kinds: &[String], chosen: &[String]) -> Markup {
    html! {
        fieldset.objects {
            legend { (msgs.get("web-exercise-objects")) }
            @for k in kinds {
                label { input type="checkbox" name=(name) value=(k) checked[chosen.contains(k)]; " " (object_name(msgs, k)) }
                " "
            }
        }
    }
}

/// The form that sets an exercise on the gallery's items.
fn set_form(call: &Call, msgs: &Messages, uid: &str, items: &[GalleryItemId]) -> Markup {
    let countries: Vec<String> = vilab_lab::types::COUNTRIES.iter().map(|c| c.to_string()).collect();
    let kinds: Vec<String> = vilab_lab::types::OBJECT_KINDS.iter().map(|c| c.to_string()).collect();
    let d = DEFAULT_RUBRIC;
    let defaults = [d.country_points, d.place_points, d.object_points, d.wrong_object_penalty, d.free_text_max];
    html! {
        section.panel {
            h2 { (msgs.get("web-exercise-set")) }
            p.muted { (msgs.get("web-exercise-set-explain")) }
            form #exercise-set method="post" action=(format!("{}/exercise", gallery_href(uid))) {
                (hidden_csrf(call))
                fieldset {
                    legend { (msgs.get("web-exercise-rubric")) }
                    @for (field, default) in RUBRIC_FIELDS.iter().zip(defaults) {
                        label { (msgs.get(&format!("web-exercise-{}", field.replace('_', "-")))) " "
                            input type="number" name=(field) min="0" max="100" value=(default); }
                        " "
                    }
                }
                @for i in items {
                    fieldset.exercise-item {
                        legend { a href=(item_href(uid, *i)) { (t!(msgs, "web-gallery-item", n = i.0)) } }
                        input type="hidden" name="item" value=(i.0);
                        label { (msgs.get("web-exercise-country")) " " (country_select(msgs, &format!("country-{}", i.0), &countries, "")) }
                        " "
                        label { (msgs.get("web-exercise-place")) " " input type="text" name=(format!("place-{}", i.0)); }
                        (object_boxes(msgs, &format!("objects-{}", i.0), &kinds, &[]))
                        label { (msgs.get("web-exercise-solving-lead")) " " input type="text" name=(format!("lead-{}", i.0)); }
                    }
                }
                button type="submit" { (msgs.get("web-exercise-set")) }
            }
        }
    }
}

fn known_answers(msgs: &Messages, uid: &str, view: &ExerciseView) -> Markup {
    html! {
        section.panel #exercise-known {
            h2 { (msgs.get("web-exercise-known")) }
            table {
                thead { tr {
                    th { (msgs.get("web-gallery-media")) } th { (msgs.get("web-exercise-country")) } th { (msgs.get("web-exercise-place")) }
                    th { (msgs.get("web-exercise-objects")) } th { (msgs.get("web-exercise-solving-lead")) }
                } }
                tbody { @for i in &view.items { @if let Some(e) = &i.expected {
                    tr {
                        td { a href=(item_href(uid, i.item)) { (t!(msgs, "web-gallery-item", n = i.item.0)) } }
                        td { (country_name(msgs, &e.country)) }
                        td { (e.place) }
                        td { (e.objects.iter().map(|o| object_name(msgs, o)).collect::<Vec<_>>().join(", ")) }
                        td { (e.solving_lead) }
                    }
                } } }
            }
            p { a href=(format!("{}/results", gallery_href(uid))) { (msgs.get("web-exercise-results")) } }
        }
    }
}

fn answer_form(call: &Call, msgs: &Messages, uid: &str, view: &ExerciseView, i: &ExerciseItemView) -> Markup {
    let empty = Answer::default();
    let mine = i.mine.as_ref().unwrap_or(&empty);
    html! {
        form.exercise-answer id=(format!("answer-{}", i.item.0)) method="post" action=(format!("{}/answer", item_href(uid, i.item))) {
            (hidden_csrf(call))
            h3 { a href=(item_href(uid, i.item)) { (t!(msgs, "web-gallery-item", n = i.item.0)) } }
            label { (msgs.get("web-exercise-country")) " " (country_select(msgs, "country", &view.countries, &mine.country)) }
            " "
            label { (msgs.get("web-exercise-place")) " " input type="text" name="place" value=(mine.place); }
            (object_boxes(msgs, "objects", &view.object_kinds, &mine.objects))
            label { (msgs.get("web-exercise-free-text")) textarea name="free_text" rows="2" { (mine.free_text) } }
            @if i.mine.is_some() { p.muted.answered { (msgs.get("web-exercise-answered")) } }
            button type="submit" { (msgs.get("web-exercise-answer")) }
        }
    }
}

/// `GET /galleries/{gallery}/exercise`.
pub fn exercise_page(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let uid = gallery_uid(call);
    let msgs = call.msgs();
    let back = html! { p { a href=(gallery_href(uid)) { (msgs.get("web-gallery-back")) } } };
    let body = match session.exercise(uid) {
        Ok(view) => html! {
            h1 { (msgs.get("web-exercise-heading")) }
            (back)
            @if view.editor { (known_answers(&msgs, uid, &view)) } @else {
                p.muted { (msgs.get("web-exercise-trainee-explain")) }
                section.panel { @for i in &view.items { (answer_form(call, &msgs, uid, &view, i)) } }
            }
        },
        // No exercise yet: its editors get the form that sets one.
        Err(e) if e.code() == Code::ExerciseNotFound => {
            let g = session.gallery(uid)?;
            if !g.editor {
                return Err(e.into());
            }
            let items: Vec<GalleryItemId> = g.items.iter().map(|i| i.id).collect();
            html! { h1 { (msgs.get("web-exercise-heading")) } (back) (set_form(call, &msgs, uid, &items)) }
        }
        Err(e) => return Err(e.into()),
    };
    Ok(page(call, &session, &msgs.get("web-exercise-heading"), body))
}

/// `POST /galleries/{gallery}/exercise`: sets the exercise, then its page.
pub fn set_form_post(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let uid = gallery_uid(call);
    session.set_exercise(uid, &rubric(call)?, &expected_form(call)?)?;
    Ok(Reply::redirect(&format!("{}/exercise", gallery_href(uid))))
}

/// `POST /galleries/{gallery}/items/{item}/answer`: records the answer,
/// then the exercise page at that item.
pub fn answer_form_post(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let (uid, item) = (gallery_uid(call), item_id(call)?);
    session.answer_exercise(uid, item, &answer(call))?;
    Ok(Reply::redirect(&format!("{}/exercise#answer-{}", gallery_href(uid), item.0)))
}

/// `GET /galleries/{gallery}/results`: the trainer's results.
pub fn results_page(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let uid = gallery_uid(call);
    let r = session.exercise_results(uid)?;
    let msgs = call.msgs();
    let body = html! {
        h1 { (msgs.get("web-exercise-results")) }
        p { a href=(gallery_href(uid)) { (msgs.get("web-gallery-back")) } " · " a href=(format!("{}/exercise", gallery_href(uid))) { (msgs.get("web-exercise-link")) } }
        section.panel #results-trainees {
            h2 { (msgs.get("web-results-by-trainee")) }
            table {
                thead { tr { th { (msgs.get("web-results-trainee")) } th.num { (msgs.get("web-results-answered")) }
                    th.num { (msgs.get("web-results-points")) } th.num { (msgs.get("web-results-pending")) } } }
                tbody { @for s in &r.trainees {
                    tr data-trainee=(s.trainee) { td { (s.trainee) } td.num { (s.answered) }
                        td.num.points { (s.points) " / " (s.max) } td.num { (s.pending) } }
                } }
            }
        }
        section.panel #results-items {
            h2 { (msgs.get("web-results-by-item")) }
            table {
                thead { tr { th { (msgs.get("web-gallery-media")) } th.num { (msgs.get("web-results-answered")) }
                    th.num { (msgs.get("web-results-country-right")) } th.num { (msgs.get("web-results-place-right")) }
                    th.num { (msgs.get("web-results-points")) } } }
                tbody { @for s in &r.items {
                    tr { td { (t!(msgs, "web-gallery-item", n = s.item_id.as_str())) } td.num { (s.answered) }
                        td.num { (s.country_right) } td.num { (s.place_right) } td.num { (s.auto_points) " / " (s.auto_max) } }
                } }
            }
        }
        section.panel #results-answers {
            h2 { (msgs.get("web-results-answers")) }
            table {
                thead { tr { th { (msgs.get("web-results-trainee")) } th { (msgs.get("web-gallery-media")) }
                    th { (msgs.get("web-exercise-country")) } th { (msgs.get("web-exercise-place")) } th { (msgs.get("web-exercise-objects")) }
                    th.num { (msgs.get("web-results-points")) } th { (msgs.get("web-results-free-text")) } } }
                tbody { @for a in &r.answers {
                    tr {
                        td { (a.trainee) }
                        td { (t!(msgs, "web-gallery-item", n = a.item.0)) }
                        td { (country_name(&msgs, &a.answer.country)) @if a.score.country_right { " ✓" } }
                        td { (a.answer.place) @if a.score.place_right { " ✓" } }
                        td { (a.answer.objects.iter().map(|o| object_name(&msgs, o)).collect::<Vec<_>>().join(", ")) }
                        td.num { (a.score.auto_points) " / " (a.score.auto_max) }
                        td {
                            p { (a.answer.free_text) }
                            @if !a.answer.free_text.is_empty() {
                                form.inline method="post" action=(format!("{}/mark", item_href(uid, a.item))) {
                                    (hidden_csrf(call))
                                    input type="hidden" name="trainee" value=(a.trainee);
                                    label { (msgs.get("web-results-mark")) " "
                                        input type="number" name="points" min="0" value=[a.free_text_points] required; }
                                    " "
                                    button type="submit" { (msgs.get("web-results-save-mark")) }
                                }
                            }
                        }
                    }
                } }
            }
        }
    };
    Ok(page(call, &session, &msgs.get("web-exercise-results"), body))
}

/// `POST /galleries/{gallery}/items/{item}/mark`: marks free text, then
/// the results.
pub fn mark_form(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let (uid, item) = (gallery_uid(call), item_id(call)?);
    let (trainee, points) = mark_of(call)?;
    session.mark_free_text(uid, item, &trainee, points)?;
    Ok(Reply::redirect(&format!("{}/results", gallery_href(uid))))
}
