//! Log-in, sessions and the throttle: one answer for an unknown user and a
//! wrong password, in the same time; growing waits after failures, per
//! account and per source; sessions that expire, end at log-out and when
//! their account is disabled; tokens kept only as hashes.

mod common;

use std::time::Instant;

use common::{ADMIN, Fixture, PASSWORD, SOURCE, user_of};
use vilab_lab::guard::throttle_wait;
use vilab_lab::{Code, Role};

const WRONG: &str = "not the password";

#[test]
fn an_unknown_user_and_a_wrong_password_get_the_same_answer_in_the_same_time() {
    let fx = Fixture::new();
    let user = user_of(Role::Analyst);
    // The two are timed in turns, so that a machine busy with other work
    // slows both alike; the medians of eleven tries are compared.
    let mut samples: [Vec<std::time::Duration>; 2] = [Vec::new(), Vec::new()];
    for i in 0..11 {
        for (which, name) in [user.as_str(), "nobody-at-all"].into_iter().enumerate() {
            // Another source each time, and the clock moved on, so that the
            // throttle never answers first.
            fx.clock.advance(10_000);
            let started = Instant::now();
            let e = fx.lab.authenticate(name, WRONG, &format!("probe-{which}-{i}")).unwrap_err();
            samples[which].push(started.elapsed());
            assert_eq!(e.code(), Code::LoginFailed);
            assert!(e.params().is_empty(), "the answer names nothing: {e}");
        }
    }
    let median = |mut v: Vec<std::time::Duration>| {
        v.sort();
        v[v.len() / 2]
    };
    let [known, unknown] = samples.map(median);
    let ratio = known.as_secs_f64() / unknown.as_secs_f64();
    assert!((0.5..2.0).contains(&ratio), "known {known:?} against unknown {unknown:?}");
}

#[test]
fn failures_make_growing_waits_for_the_account_even_with_the_right_password() {
    let fx = Fixture::new();
    let user = user_of(Role::Investigator);
    for _ in 0..3 {
        assert_eq!(fx.lab.authenticate(&user, WRONG, SOURCE).unwrap_err().code(), Code::LoginFailed);
    }
    let e = fx.lab.authenticate(&user, PASSWORD, SOURCE).unwrap_err();
    assert_eq!(e.code(), Code::LoginThrottled);
    assert_eq!(e.param("seconds").map(|p| p.to_string()), Some(throttle_wait(3, 3).to_string()));
    fx.clock.advance(throttle_wait(3, 3));
    // The wait is over; a fourth failure makes the next wait twice as long.
    assert_eq!(fx.lab.authenticate(&user, WRONG, SOURCE).unwrap_err().code(), Code::LoginFailed);
    let e = fx.lab.authenticate(&user, PASSWORD, SOURCE).unwrap_err();
    assert_eq!(e.param("seconds").map(|p| p.to_string()), Some(throttle_wait(4, 3).to_string()));
    assert!(throttle_wait(4, 3) > throttle_wait(3, 3));
    fx.clock.advance(throttle_wait(4, 3));
    fx.lab.authenticate(&user, PASSWORD, SOURCE).unwrap();
    // A success clears the count: one more failure does not throttle.
    assert_eq!(fx.lab.authenticate(&user, WRONG, SOURCE).unwrap_err().code(), Code::LoginFailed);
    fx.lab.authenticate(&user, PASSWORD, SOURCE).unwrap();
}

#[test]
fn an_unknown_name_is_throttled_like_a_known_one() {
    let fx = Fixture::new();
    for _ in 0..3 {
        fx.lab.authenticate("ghost", WRONG, SOURCE).unwrap_err();
    }
    assert_eq!(fx.lab.authenticate("ghost", WRONG, SOURCE).unwrap_err().code(), Code::LoginThrottled);
}

#[test]
fn one_source_trying_many_names_is_throttled_too() {
    let fx = Fixture::new();
    for i in 0..10 {
        fx.lab.authenticate(&format!("guess-{i}"), WRONG, "10.0.0.9").unwrap_err();
    }
    let e = fx.lab.authenticate(&user_of(Role::Analyst), PASSWORD, "10.0.0.9").unwrap_err();
    assert_eq!(e.code(), Code::LoginThrottled);
    // Another source is not held up.
    fx.lab.authenticate(&user_of(Role::Analyst), PASSWORD, "10.0.0.10").unwrap();
}

#[test]
fn sessions_expire_end_at_logout_and_when_the_account_is_disabled() {
    let fx = Fixture::new();
    let user = user_of(Role::Analyst);
    let (session, token) = fx.lab.login(&user, PASSWORD, SOURCE, 3600).unwrap();
    assert_eq!(token.token.len(), 64);
    assert!(session.actor().session.is_some());
    drop(session);
    assert_eq!(fx.lab.resume(&token.token, SOURCE).unwrap().actor().username, user);
    // Only the token's SHA-256 is stored.
    let stored: Vec<u8> = fx.db().query_row("SELECT token_sha256 FROM sessions", [], |r| r.get(0)).unwrap();
    assert_ne!(stored, token.token.as_bytes());
    assert!(!fx.snapshot().contains(&token.token));

    fx.clock.advance(3600);
    assert_eq!(fx.lab.resume(&token.token, SOURCE).unwrap_err().code(), Code::SessionEnded);

    let (_, second) = fx.lab.login(&user, PASSWORD, SOURCE, 3600).unwrap();
    fx.lab.resume(&second.token, SOURCE).unwrap().logout().unwrap();
    assert_eq!(fx.lab.resume(&second.token, SOURCE).unwrap_err().code(), Code::SessionEnded);

    let (_, third) = fx.lab.login(&user, PASSWORD, SOURCE, 3600).unwrap();
    fx.session(ADMIN).disable_user(&user).unwrap();
    assert_eq!(fx.lab.resume(&third.token, SOURCE).unwrap_err().code(), Code::SessionEnded);
    fx.session(ADMIN).enable_user(&user).unwrap();
    assert_eq!(fx.lab.resume(&third.token, SOURCE).unwrap_err().code(), Code::SessionEnded, "stays revoked");
    assert_eq!(fx.lab.resume("f".repeat(64).as_str(), SOURCE).unwrap_err().code(), Code::SessionEnded);
}

#[test]
fn logins_failures_throttles_and_logouts_are_audited() {
    let fx = Fixture::new();
    let user = user_of(Role::Auditor);
    fx.lab.authenticate(&user, WRONG, SOURCE).unwrap_err();
    let (actor, action, outcome, details) = fx.last_audit();
    assert_eq!((actor.as_str(), action.as_str(), outcome.as_str()), (user.as_str(), "session.login", "failed"));
    assert!(details.contains("login_failed"), "{details}");
    let (session, _) = fx.lab.login(&user, PASSWORD, SOURCE, 60).unwrap();
    assert_eq!(fx.last_audit().2, "allowed");
    session.logout().unwrap();
    assert_eq!(fx.last_audit().1, "session.logout");
    for _ in 0..3 {
        fx.lab.authenticate(&user, WRONG, SOURCE).unwrap_err();
    }
    fx.lab.authenticate(&user, WRONG, SOURCE).unwrap_err();
    let (_, _, outcome, details) = fx.last_audit();
    assert_eq!(outcome, "denied");
    assert!(details.contains("login_throttled"), "{details}");
}
