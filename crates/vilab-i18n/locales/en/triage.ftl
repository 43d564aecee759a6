### Matching a case against hash sets and other cases, and its triage.

## Labels of a match summary.

match-heading = Match
match-label-exact = exact hash-set matches
match-label-near-known = PDQ hash-set matches
match-label-near-other = PDQ matches in other cases
match-label-probed = images probed

## Triage.

triage-heading = Triage (proposals only; a reviewer's decision is never overwritten)
triage-label-linked = also in other cases
# An item whose digest is in a hash set.
triage-known = known
# An item whose perceptual hash is near one in a hash set.
triage-near-known = near-known
# An item found in no hash set: possibly a victim not yet identified.
triage-new = new
