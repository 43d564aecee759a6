### Logging in and out, and accounts.

# $user (text): the account.
auth-password-prompt = Password for { $user }:
auth-password-unreadable = cannot read the password from the terminal
# $file (text): the file named by VILAB_PASSWORD_FILE or --password-file.
auth-password-file-unreadable = cannot read the password file { $file }
# $file (text): the file.
auth-password-file-empty = { $file }: the first line (the password) is empty
auth-no-session-place = there is no place to keep a session (no XDG_RUNTIME_DIR and no home folder): set VILAB_SESSION_FILE
login-needs-user = give the account to log in as with --user NAME
# $user (text), $role (text: the role's name), $until (text: a date and time), $file (text).
login-done = Logged in as { $user } ({ $role }) until { $until }. The session is kept in { $file }; `vilab logout` ends it.
logout-done = Logged out: the session is revoked.
# $user (text), $role (text: the role's name).
user-added = Account { $user } created ({ $role }).
# $user (text).
user-disabled = Account { $user } disabled: it can no longer log in, and its sessions have ended.
# $user (text).
user-enabled = Account { $user } enabled.
# $user (text), $role (text: the role's name).
user-role-set = { $user } is now { $role }.
# $user (text).
user-password-set = The password of { $user } was set; its sessions have ended.
# $user (text), $case (text).
user-cases-added = { $user } is now a member of case { $case }.
# $user (text), $case (text).
user-cases-removed = { $user } is no longer a member of case { $case }.
# $user (text).
user-password-changed = The password of { $user } was changed; every session of it has ended. Log in again with `vilab login`.
auth-new-password-prompt = New password:
auth-new-password-again = New password again:
auth-new-password-mismatch = the two new passwords differ; nothing was changed
auth-new-password-needs-terminal = no terminal to ask the new password on: give it with --new-password-file
# Said after a log-in to an encrypted lab whose key a memory file system keeps.
login-unlock-kept = The encrypted lab opens without its passphrase until then: the key to it is kept in memory only, and `vilab logout` or a power-off forgets it.
# $why (text): login-unlock-no-runtime or login-unlock-not-memory.
login-unlock-not-kept = Commands will ask for the lab's passphrase: { $why }
login-unlock-no-runtime = there is no private runtime directory ($XDG_RUNTIME_DIR) to keep the key in memory
# $dir (text): the folder.
login-unlock-not-memory = { $dir } is not a memory file system (tmpfs), so the key is not kept there
