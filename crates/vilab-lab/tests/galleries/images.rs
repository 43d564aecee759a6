//! The images of a gallery's items through the application layer: every
//! role against every audience (a participant receives exactly the
//! gallery's audience's current rendition, never the original's bytes nor
//! a more trusted audience's rendition), public crops only once approved,
//! stale renditions withdrawn, non-members "not found", a closed gallery
//! closed to its participants but not its editors.

use crate::common::{ADMIN, Fixture, MEMBER_CASE, SETUP, item_with_regions, rect, user_of};
use vilab_lab::ops::galleries::images::IMAGE_CONTENT_TYPE;
use vilab_lab::ops::galleries::{GalleryPart, role_receives};
use vilab_lab::{Code, Role};
use vilab_store::MediaKey;
use vilab_store::model::gallery::{GalleryAudience, GalleryItemId};
use vilab_store::model::regions::{Audience, RegionKind};

const WEEK: i64 = 7 * 86400;

#[test]
fn every_role_receives_through_a_gallery_only_its_audience_s_current_rendition() {
    let fx = Fixture::new();
    let (media, original) = item_with_regions(&fx);
    let maker = fx.session(SETUP);
    let now = fx.lab.now();
    let mut made = Vec::new();
    for audience in [Audience::Partner, Audience::Trainee, Audience::Public] {
        let r = maker.make_renditions(MEMBER_CASE, media, audience).unwrap().renditions;
        assert_eq!(r.len(), 1);
        made.push(r[0].clone());
    }
    let (partner_r, trainee_r, public_r) = (&made[0], &made[1], &made[2]);
    let gallery = |audience| {
        let g = maker.create_gallery("appeal", audience, now, now + WEEK).unwrap().uid;
        let item = maker.add_gallery_items(&g, MEMBER_CASE, &[MediaKey::RowId(media)]).unwrap().added[0];
        (g, item)
    };
    let (partner_g, partner_i) = gallery(GalleryAudience::Partner);
    let (trainee_g, trainee_i) = gallery(GalleryAudience::Trainee);
    let (public_g, public_i) = gallery(GalleryAudience::Public);

    // A public crop is no image before a second analyst approved it.
    assert!(maker.gallery_item_images(&public_g, public_i).unwrap().images.is_empty());
    assert_eq!(maker.gallery_image(&public_g, public_i, &public_r.uid).unwrap_err().code(), Code::RenditionNotFound);
    fx.session(&user_of(Role::Analyst)).approve_rendition(&public_r.uid).unwrap();

    let galleries = [
        (GalleryAudience::Partner, &partner_g, partner_i, partner_r),
        (GalleryAudience::Trainee, &trainee_g, trainee_i, trainee_r),
        (GalleryAudience::Public, &public_g, public_i, public_r),
    ];
    for role in Role::ALL {
        let name = user_of(role);
        let session = fx.session(&name);
        for (audience, g, item, rendition) in galleries {
            let what = format!("{role:?} in a {audience:?} gallery");
            let joined = maker.set_gallery_member(g, &name, GalleryPart::Participant);
            if !role_receives(role, audience) {
                assert_eq!(joined.unwrap_err().code(), Code::GalleryMemberRole, "{what}");
                let e = session.gallery_item_images(g, item).unwrap_err();
                let expected = if matches!(role, Role::Admin | Role::Auditor) {
                    Code::PermissionDenied
                } else {
                    Code::GalleryNotFound
                };
                assert_eq!(e.code(), expected, "{what}");
                continue;
            }
            joined.unwrap();
            let images = session.gallery_item_images(g, item).unwrap();
            assert_eq!(
                images.images.iter().map(|i| i.uid.as_str()).collect::<Vec<_>>(),
                [rendition.uid.as_str()],
                "{what}"
            );
            assert_eq!(images.images[0].object, audience == GalleryAudience::Public, "{what}");
            let got = session.gallery_image(g, item, &rendition.uid).unwrap();
            assert_eq!(got.content_type, IMAGE_CONTENT_TYPE);
            assert_eq!(vilab_core::Sha256::of(&got.bytes), rendition.sha256, "{what}");
            assert_ne!(got.bytes, original, "{what}: never the original");
            let (_, action, outcome, details) = fx.last_audit();
            assert_eq!((action.as_str(), outcome.as_str()), ("gallery.view", "allowed"));
            assert!(details.contains(&rendition.uid) && details.contains(&item.0.to_string()), "{details}");
            // Another audience's rendition of the same item is not this
            // gallery's image, however trusted the role.
            for other in [partner_r, trainee_r, public_r].into_iter().filter(|r| r.uid != rendition.uid) {
                let e = session.gallery_image(g, item, &other.uid).unwrap_err();
                assert_eq!(e.code(), Code::RenditionNotFound, "{what}: {:?}", other.audience);
            }
            // Nor is the original, named by its digest.
            let sha = vilab_core::Sha256::of(&original).to_hex();
            assert_eq!(session.gallery_image(g, item, &sha).unwrap_err().code(), Code::RenditionNotFound);
        }
    }

    // What a participant learns of the item: its gallery id and its images.
    let partner = fx.session(&user_of(Role::Partner));
    let seen = serde_json::to_string(&partner.gallery_item_images(&partner_g, partner_i).unwrap()).unwrap();
    let sha = vilab_core::Sha256::of(&original).to_hex();
    assert!(!seen.contains(MEMBER_CASE) && !seen.contains(&sha) && !seen.contains("media"), "{seen}");
    assert_eq!(
        partner.gallery_item_images(&partner_g, trainee_i).unwrap_err().code(),
        Code::GalleryItemNotFound,
        "another gallery's item"
    );
    assert_eq!(
        partner.gallery_image(&partner_g, GalleryItemId(9999), &partner_r.uid).unwrap_err().code(),
        Code::GalleryItemNotFound
    );
    let outsider = fx.session(&user_of(Role::Investigator));
    maker.set_gallery_member(&partner_g, &user_of(Role::Investigator), GalleryPart::None).unwrap();
    assert_eq!(
        outsider.gallery_image(&partner_g, partner_i, &partner_r.uid).unwrap_err().code(),
        Code::GalleryNotFound,
        "no longer a member: not found"
    );

    // A role changed since joining counts at once.
    fx.session(ADMIN).set_role(&user_of(Role::Partner), Role::Public).unwrap();
    let demoted = fx.session(&user_of(Role::Partner));
    assert_eq!(demoted.gallery_item_images(&partner_g, partner_i).unwrap_err().code(), Code::AudienceNotAllowed);
}

#[test]
fn stale_renditions_are_withdrawn_and_a_closed_gallery_shows_only_its_editors() {
    let fx = Fixture::new();
    let (media, _) = item_with_regions(&fx);
    let maker = fx.session(SETUP);
    let now = fx.lab.now();
    let first = maker.make_renditions(MEMBER_CASE, media, Audience::Trainee).unwrap().renditions[0].clone();
    fx.clock.advance(1);
    let second = maker.make_renditions(MEMBER_CASE, media, Audience::Trainee).unwrap().renditions[0].clone();
    let g = maker.create_gallery("course", GalleryAudience::Trainee, now, now + WEEK).unwrap().uid;
    let item = maker.add_gallery_items(&g, MEMBER_CASE, &[MediaKey::RowId(media)]).unwrap().added[0];
    let trainee_name = user_of(Role::Trainee);
    maker.set_gallery_member(&g, &trainee_name, GalleryPart::Participant).unwrap();
    let trainee = fx.session(&trainee_name);

    let uids = |s: &vilab_lab::Session<'_>| {
        s.gallery_item_images(&g, item).unwrap().images.into_iter().map(|i| i.uid).collect::<Vec<_>>()
    };
    assert_eq!(uids(&trainee), [second.uid.as_str()], "made twice, shown once: the newest");

    // A region changes: nothing is shown until the renditions are made again.
    let face = maker.regions(MEMBER_CASE, media).unwrap().regions[0].uid.clone();
    maker.update_region(MEMBER_CASE, &face, &rect(RegionKind::Face, 24, 20, 80, 80)).unwrap();
    assert!(uids(&trainee).is_empty());
    for old in [&first.uid, &second.uid] {
        assert_eq!(trainee.gallery_image(&g, item, old).unwrap_err().code(), Code::RenditionNotFound);
    }
    let fresh = maker.make_renditions(MEMBER_CASE, media, Audience::Trainee).unwrap().renditions[0].clone();
    assert_eq!(uids(&trainee), [fresh.uid.as_str()]);

    // Closed: its participants are told so; its editors still see it.
    fx.clock.advance(WEEK);
    assert_eq!(trainee.gallery_item_images(&g, item).unwrap_err().code(), Code::GalleryClosed);
    assert_eq!(trainee.gallery_image(&g, item, &fresh.uid).unwrap_err().code(), Code::GalleryClosed);
    assert_eq!(uids(&maker), [fresh.uid.as_str()]);
    assert_eq!(vilab_core::Sha256::of(&maker.gallery_image(&g, item, &fresh.uid).unwrap().bytes), fresh.sha256);
}
