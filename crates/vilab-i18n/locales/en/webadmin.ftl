### The browser lab's administration (`/admin/users`) and each account's
### own page (`/account`).

web-nav-account = My account

## Accounts, for an administrator.

web-admin-add-heading = Add an account
web-admin-initial-password = First password
web-admin-add = Add the account
web-admin-add-note = Give the first password to its owner in person; they can change it on their account page.
web-admin-col-change = Change
web-admin-remove-case = End the membership of case { $case }
web-admin-set-role = Change the role
web-admin-add-case = Make a member
web-admin-new-password = New password
web-admin-set-password = Set the password
web-admin-enable = Enable
web-admin-disable = Disable

## One's own account.

web-account-heading = My account
web-account-password-heading = Change my password
web-account-current = Current password
web-account-new = New password
web-account-change = Change the password
web-account-change-note = Every session of this account ends, this one too: log in again with the new password.
