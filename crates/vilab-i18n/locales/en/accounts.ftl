### Accounts and logins.

# After `vilab init` when the password was generated; the password follows
# on the next line.
accounts-generated-password = Password (shown once, store it now):
