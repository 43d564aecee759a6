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

# $probed, $known, $other (numbers).
match-probed = { $probed } (against { $known } + { $other } PDQ)
# $category (text: profile and category in words).
triage-category = category { $category }
# $source (text: a hash set's name).
triage-source = source { $source }
category-uncategorized = uncategorized
# $number (text): a category number the profile does not name.
category-number = category { $number }

## The built-in category profiles. Project VIC's and the older DHS scheme's
## own category names, in the field's terms.

category-vic-us-0 = non-pertinent
category-vic-us-1 = child abuse material (CAM)
category-vic-us-2 = child exploitive (non-CAM) / age difficult
category-vic-us-3 = CGI / animation
category-vic-us-4 = comparison images
category-dhs-0 = CAT-0 uncategorized
category-dhs-1 = CAT-1
category-dhs-2 = CAT-2
category-dhs-3 = CAT-3
category-dhs-4 = CAT-4
category-dhs-5 = CAT-5 non-pertinent
category-caid-1 = A
category-caid-2 = B
category-caid-3 = C
