### Words used across the command line: signals, outcomes, lists.

# First Ctrl-C.
interrupt-requested = Stopping after the files in progress (press Ctrl-C again to quit at once). Run the same command again to resume.
# SIGTERM or SIGHUP.
terminate-requested = Asked to terminate: stopping after the files in progress. Run the same command again to resume.
# Second Ctrl-C.
interrupt-forced = Stopped at once. What was committed is kept; run the same command again to resume.

# The outcome of an action, as the audit log records it.
outcome-allowed = allowed
outcome-denied = denied
outcome-failed = failed

# An empty list, in a sentence such as "values added: none".
list-none = none
