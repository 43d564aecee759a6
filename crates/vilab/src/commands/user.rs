//! `vilab user ...`: accounts and their case memberships.

use std::process::ExitCode;

use vilab_lab::ops::accounts::{AccountView, NewUser};

use crate::cli::{UserCasesCommand, UserCommand};
use crate::{auth, lab_path, tsv, ui};

pub fn run(command: UserCommand, user: Option<&str>) -> anyhow::Result<ExitCode> {
    match command {
        UserCommand::Add { lab, name, role, cases, password_file, json } => {
            let lab = lab_path::open(&lab)?;
            let session = auth::session(&lab, user)?;
            let (password, generated) = super::init::new_password(password_file.as_deref(), None)?;
            let made = session.add_user(&NewUser {
                username: &name,
                role: role.into(),
                password: &password,
                cases: &cases,
            })?;
            if json {
                #[derive(serde::Serialize)]
                struct Added<'a> {
                    account: vilab_lab::shapes::Shaped<'a, AccountView>,
                    generated_password: Option<&'a str>,
                }
                return super::print_json(&Added {
                    account: vilab_lab::shapes::Shaped(&made),
                    generated_password: generated.then_some(password.as_str()),
                });
            }
            outln!("{}", tr!("user-added", user = made.username.as_str(), role = ui::role(made.role)));
            if generated {
                outln!("{}", ui::labelled("accounts-generated-password", &password));
            }
        }
        UserCommand::List { lab, json } => {
            let lab = lab_path::open(&lab)?;
            let list = auth::session(&lab, user)?.list_users()?;
            if json {
                return super::print_shaped(&list);
            }
            outln!("user\trole\tcreated\tdisabled\tcases");
            for a in &list.accounts {
                outln!(
                    "{}\t{}\t{}\t{}\t{}",
                    tsv::field(&a.username),
                    a.role.as_str(),
                    ui::when(a.created_at),
                    a.disabled_at.map(ui::when).unwrap_or_default(),
                    tsv::field(&a.cases.join(","))
                );
            }
        }
        UserCommand::Disable { lab, name } => {
            let lab = lab_path::open(&lab)?;
            let a = auth::session(&lab, user)?.disable_user(&name)?;
            outln!("{}", tr!("user-disabled", user = a.username.as_str()));
        }
        UserCommand::Enable { lab, name } => {
            let lab = lab_path::open(&lab)?;
            let a = auth::session(&lab, user)?.enable_user(&name)?;
            outln!("{}", tr!("user-enabled", user = a.username.as_str()));
        }
        UserCommand::SetRole { lab, name, role } => {
            let lab = lab_path::open(&lab)?;
            let a = auth::session(&lab, user)?.set_role(&name, role.into())?;
            outln!("{}", tr!("user-role-set", user = a.username.as_str(), role = ui::role(a.role)));
        }
        UserCommand::SetPassword { lab, name, password_file } => {
            let lab = lab_path::open(&lab)?;
            let session = auth::session(&lab, user)?;
            let (password, generated) = super::init::new_password(password_file.as_deref(), None)?;
            let a = session.set_password(&name, &password)?;
            outln!("{}", tr!("user-password-set", user = a.username.as_str()));
            if generated {
                outln!("{}", ui::labelled("accounts-generated-password", &password));
            }
        }
        UserCommand::Passwd { lab, new_password_file } => {
            let lab = lab_path::open(&lab)?;
            let session = auth::session(&lab, user)?;
            let current = auth::password(&session.actor().username)?;
            let new = match &new_password_file {
                Some(file) => super::init::new_password(Some(file), None)?.0,
                None => auth::new_password_twice()?,
            };
            let a = session.change_own_password(&current, &new)?;
            outln!("{}", tr!("user-password-changed", user = a.username.as_str()));
        }
        UserCommand::Cases(UserCasesCommand::Add { lab, name, case }) => {
            let lab = lab_path::open(&lab)?;
            let a = auth::session(&lab, user)?.add_membership(&name, &case)?;
            outln!("{}", tr!("user-cases-added", user = a.username.as_str(), case = case.as_str()));
        }
        UserCommand::Cases(UserCasesCommand::Remove { lab, name, case }) => {
            let lab = lab_path::open(&lab)?;
            let a = auth::session(&lab, user)?.remove_membership(&name, &case)?;
            outln!("{}", tr!("user-cases-removed", user = a.username.as_str(), case = case.as_str()));
        }
    }
    Ok(ExitCode::SUCCESS)
}
