//! Training exercises over JSON (issue 20): a trainer sets a gallery's
//! exercise (a rubric and each item's known answer), trainees answer item
//! by item, the trainer reads the scored results and marks free text. The
//! application layer (`ops::galleries::exercises`) scores and decides who
//! sees what (trainees never see the known answers nor a score); the pages
//! are in [`crate::exercise_pages`].

use serde::Deserialize;
use vilab_lab::types::{Answer, ExpectedAnswer, GalleryItemId, Rubric};

use crate::call::{Call, Reply};
use crate::error::{WebError, invalid};
use crate::galleries::{gallery_uid, item_id, text_field};

/// The rubric a new exercise's form starts from.
pub const DEFAULT_RUBRIC: Rubric =
    Rubric { country_points: 2, place_points: 2, object_points: 1, wrong_object_penalty: 1, free_text_max: 3 };

/// The rubric's fields, each a whole number (absent: the default).
pub const RUBRIC_FIELDS: [&str; 5] =
    ["country_points", "place_points", "object_points", "wrong_object_penalty", "free_text_max"];

/// The rubric of the body.
pub fn rubric(call: &Call) -> Result<Rubric, WebError> {
    let field = |name: &str, default: u32| -> Result<u32, WebError> {
        match call.field(name).map(str::trim).filter(|v| !v.is_empty()) {
            None => Ok(default),
            Some(v) => v.parse::<u32>().ok().filter(|n| *n <= 100).ok_or_else(|| invalid(name, "0 to 100")),
        }
    };
    let d = DEFAULT_RUBRIC;
    Ok(Rubric {
        country_points: field(RUBRIC_FIELDS[0], d.country_points)?,
        place_points: field(RUBRIC_FIELDS[1], d.place_points)?,
        object_points: field(RUBRIC_FIELDS[2], d.object_points)?,
        wrong_object_penalty: field(RUBRIC_FIELDS[3], d.wrong_object_penalty)?,
        free_text_max: field(RUBRIC_FIELDS[4], d.free_text_max)?,
    })
}

/// One item's known answer in the API's `expected` field.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedLine {
    item: i64,
    country: String,
    #[serde(default)]
    place: String,
    #[serde(default)]
    place_aliases: Vec<String>,
    #[serde(default)]
    objects: Vec<String>,
    #[serde(default)]
    solving_lead: String,
}

/// The known answers of the API's body: `expected`, a JSON array of
/// `{item, country, place, place_aliases, objects, solving_lead}`.
fn expected_json(call: &Call) -> Result<Vec<(GalleryItemId, ExpectedAnswer)>, WebError> {
    let text = text_field(call, "expected")?;
    let lines: Vec<ExpectedLine> = serde_json::from_str(text).map_err(|e| invalid("expected", e))?;
    Ok(lines
        .into_iter()
        .map(|l| {
            let expected = ExpectedAnswer {
                country: l.country,
                place: l.place,
                place_aliases: l.place_aliases,
                objects: l.objects,
                solving_lead: l.solving_lead,
            };
            (GalleryItemId(l.item), expected)
        })
        .collect())
}

/// The known answers of the page's form: for each `item` field (an item's
/// id), `country-ID`, `place-ID`, `objects-ID` (repeated) and `lead-ID`;
/// an item without a country is left out of the exercise.
pub fn expected_form(call: &Call) -> Result<Vec<(GalleryItemId, ExpectedAnswer)>, WebError> {
    let mut out = Vec::new();
    for id in call.fields("item") {
        let n: i64 = id.trim().parse().map_err(|_| invalid("item", "a gallery item's id"))?;
        let get = |name: &str| call.field(&format!("{name}-{n}")).map(str::trim).unwrap_or("").to_string();
        let country = get("country");
        if country.is_empty() {
            continue;
        }
        let objects = call.fields(&format!("objects-{n}")).map(str::to_string).collect();
        let expected = ExpectedAnswer {
            country,
            place: get("place"),
            place_aliases: Vec::new(),
            objects,
            solving_lead: get("lead"),
        };
        out.push((GalleryItemId(n), expected));
    }
    if out.is_empty() {
        return Err(invalid("country", "give the country of at least one item"));
    }
    Ok(out)
}

/// A trainee's answer of the body: `country`, `place`, `objects` (repeated
/// or separated by commas), `free_text`.
pub fn answer(call: &Call) -> Answer {
    let get = |name: &str| call.field(name).map(str::trim).unwrap_or("").to_string();
    Answer {
        country: get("country"),
        place: get("place"),
        objects: call
            .fields("objects")
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string)
            .collect(),
        free_text: get("free_text"),
    }
}

/// The trainee and the points of the marking form.
pub fn mark_of(call: &Call) -> Result<(String, u32), WebError> {
    let trainee = text_field(call, "trainee")?.to_string();
    let points = text_field(call, "points")?.parse::<u32>().map_err(|_| invalid("points", "a whole number"))?;
    Ok((trainee, points))
}

/// `POST /api/galleries/{gallery}/exercise`.
pub fn set(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    Reply::shaped(&session.set_exercise(gallery_uid(call), &rubric(call)?, &expected_json(call)?)?)
}

/// `GET /api/galleries/{gallery}/exercise`.
pub fn view(call: &Call) -> Result<Reply, WebError> {
    Reply::shaped(&call.session()?.exercise(gallery_uid(call))?)
}

/// `POST /api/galleries/{gallery}/items/{item}/answer`.
pub fn answer_item(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    Reply::shaped(&session.answer_exercise(gallery_uid(call), item_id(call)?, &answer(call))?)
}

/// `POST /api/galleries/{gallery}/items/{item}/mark`.
pub fn mark(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let item = item_id(call)?;
    let (trainee, points) = mark_of(call)?;
    session.mark_free_text(gallery_uid(call), item, &trainee, points)?;
    /// What marking did (the shape first).
    #[derive(serde::Serialize)]
    struct Marked<'a> {
        shape: &'static str,
        gallery: &'a str,
        item: GalleryItemId,
        trainee: &'a str,
        points: u32,
    }
    Reply::serialized(&Marked {
        shape: "vilab.exercise-mark/1",
        gallery: gallery_uid(call),
        item,
        trainee: &trainee,
        points,
    })
}

/// `GET /api/galleries/{gallery}/results`.
pub fn results(call: &Call) -> Result<Reply, WebError> {
    Reply::shaped(&call.session()?.exercise_results(gallery_uid(call))?)
}
