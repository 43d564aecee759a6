### Errors shown to the user. Never say which half of a login failed.

error-permission-denied = Permission denied: your role does not allow this action.
error-not-logged-in = You are not logged in. Log in and try again.
# The same text for an unknown user and a wrong password, so that the
# message does not tell which user names exist.
error-login-failed = Login failed: the user name or the password is wrong.
# $seconds (number): how long to wait.
error-login-throttled =
    { $seconds ->
        [one] Too many failed logins. Try again in { $seconds } second.
       *[other] Too many failed logins. Try again in { $seconds } seconds.
    }
# $case (text): the case name as the user typed it.
error-case-not-found = No case named '{ $case }' in this lab.
error-internal = Internal error: the action was not completed. The details are in the log; report them to your administrator.
# $value (text): what was given to --lang or $VILAB_LANG.
error-unknown-language = Unknown language '{ $value }': vilab speaks en, km, lo, th and vi.
