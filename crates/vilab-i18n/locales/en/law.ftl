### The legal matrix. Statutes are quoted as they are written, in the data,
### not here: these are vilab's own sentences.

# After `vilab law compare --output`. $path (text).
law-written = written: { $path }
# After `vilab law import`. $name (text), $id (text), $records (number),
# $replaced and $added (text: lists of "jurisdiction criterion", or the
# word of list-none).
law-imported = imported { $name } as import { $id }: { $records } sources, instruments and provisions; values replaced (the old ones kept in the history): { $replaced }; values added: { $added }
# `vilab law imports` in a lab with none.
law-no-imports = no imports: the matrix is the bundled facts alone

## Column headings of `vilab law imports`; the code aligns them.

law-imports-column-id = id
law-imports-column-imported-at = imported at
law-imports-column-bytes = bytes
law-imports-column-sha256 = sha256
law-imports-column-name = name

## Removing an import.

# An id the lab does not hold. $id (text); $ids (text: the ids it holds,
# comma-separated); $held (number): how many.
law-import-unknown =
    { $held ->
        [0] no law import with id { $id } in this lab (it has none; see `vilab law imports`)
       *[other] no law import with id { $id } in this lab (its imports: { $ids }; see `vilab law imports`)
    }
# A removal refused because a later import does not apply without it.
# $id, $name, $later, $later_name (text).
law-import-needed = import { $id } ({ $name }) is not removed: import { $later } ({ $later_name }) no longer applies without it; remove import { $later } first
# After a removal. $id, $name (text); $remaining (number): imports left;
# $ids (text): their ids, comma-separated.
law-import-removed =
    { $remaining ->
        [0] removed import { $id } ({ $name }); the matrix is now the bundled facts alone
        [1] removed import { $id } ({ $name }); the matrix now applies import { $ids } alone
       *[other] removed import { $id } ({ $name }); the matrix now applies imports { $ids } in that order
    }

## The matrix's views (`vilab law compare`, `show`, `gaps`,
## `who-can-prosecute`, the HTML page). vilab's own words only: statute
## titles, provisions, notes, qualifiers, penalty tiers, jurisdiction names
## and currency codes are the data's and shown as it gives them. Criterion
## and jurisdiction codes (GROOMING, TH) and the confidence letters P, S
## and C are symbols, the same in every language; the legends explain them.

## The criteria of comparison, one per `Criterion` (key: `criterion-` and
## the code in kebab case). Terms as in GLOSSARY.md.

criterion-child-age = Age under which a person is a child
criterion-age-threshold = Age below which sexual activity with a child is an offence regardless of consent
criterion-csam-defined = Child sexual abuse material is defined in law
criterion-csam-under18 = The definition covers every child under 18
criterion-csam-virtual = Virtual or computer-generated material is covered
criterion-sex-with-child = Sexual activity with a child under the age threshold (vilab addition)
criterion-buy-sex-child = Buying sex from a child
criterion-procure-child-prostitution = Procuring or forcing a child into prostitution (vilab addition)
criterion-child-trafficking = Trafficking in children (vilab addition)
criterion-csam-produce = Producing child sexual abuse material
criterion-csam-distribute = Distributing, trading or forwarding child sexual abuse material
criterion-csam-possess-with-intent = Possessing child sexual abuse material with intent to distribute
criterion-csam-possess-simple = Simple possession of child sexual abuse material
criterion-csam-access = Knowingly accessing child sexual abuse material online
criterion-csam-dolls = Possessing, making or trading child-like sex dolls (vilab addition)
criterion-grooming = Grooming a child (online or offline)
criterion-child-victim-nonpunishment = The child victim is not punished
criterion-legal-person-liability = Legal persons (companies) can be liable
criterion-mandatory-minimum = A mandatory minimum prison sentence for child sexual offences, beyond the penalty ranges (vilab addition)
criterion-statute-of-limitations = Prosecution of child sexual offences is barred after a limitation period (vilab addition)
criterion-etj-active = Jurisdiction over its nationals' offences abroad (active nationality)
criterion-etj-passive = Jurisdiction over offences abroad against its nationals (passive nationality)
criterion-etj-universal = Jurisdiction over offences abroad whoever commits them (vilab addition)
criterion-etj-double-criminality = Extraterritorial jurisdiction requires the conduct to be an offence where committed
criterion-extradite-nationals = The state extradites its own nationals (vilab addition)
criterion-confiscation-instruments = Confiscation of the instruments of the offence
criterion-confiscation-proceeds = Confiscation of the proceeds of the offence
criterion-proceeds-fund-victims = Confiscated proceeds may fund care or services for victims (vilab addition)
criterion-victim-compensation = Courts may order compensation or restitution to child victims (vilab addition)
criterion-mandatory-reporting = Mandatory reporting by professionals
criterion-isp-reporting = Internet service providers must report
criterion-entry-ban-travel = Visa cancellation, expulsion or entry bans for offenders in travel and tourism

## The answer a value gives, in a table cell.

law-value-yes = yes
law-value-no = no
law-value-partial = partial
# Only in a draft law, not in force.
law-value-draft = draft
# A source says it cannot be told.
law-value-unknown = unknown
# The research looked and found nothing either way.
law-value-not-found = not found
# Nothing is recorded at all.
law-no-data = no data
# The mark of a cell whose sources disagree; capitals where the script has them.
law-conflict = CONFLICT
# A cell whose sources disagree. $answers (text): its values, "15 [P] | unknown [C]".
law-cell-conflict = { law-conflict }: { $answers }

## How far a source can be trusted (P, S, C in the table).

law-confidence-primary = primary
law-confidence-secondary = secondary
law-confidence-conflict = conflict

## The terminal table.

# The heading of the column of criterion codes.
law-table-criterion = criterion
# The legend under the table: the confidence letters.
law-legend-confidence = [P] primary source  [S] secondary source  [C] conflicting source
law-legend-conflict = { law-conflict }: the sources disagree; `vilab law show CODE CRITERION` lists each with its source.
law-legend-empty = { law-no-data }: nothing recorded; { law-value-not-found }: the research looked and found nothing.
# Under a table with a cell cut short. $chars (text): the limit, 200.
law-legend-cut = …: cut at { $chars } characters; `vilab law show CODE CRITERION` shows it whole.
# The same letters' meanings, one by one (the HTML page's legend).
law-legend-primary = primary source
law-legend-secondary = secondary source
law-legend-conflicting = conflicting source

## Penalties. Terms are compact in English (5y, 1y6m, 6m) to fit the table.

# A prison term. $years, $months (numbers): 18 months is 1 and 6.
law-term =
    { $years ->
        [0] { $months }m
       *[other] { $months ->
            [0] { $years }y
           *[other] { $years }y{ $months }m
        }
    }
# Prison terms. $min, $max (text): terms as law-term writes them.
law-prison-range = { $min }–{ $max }
law-prison-up-to = up to { $max }
law-prison-at-least = at least { $min }
law-penalty-life = life
law-penalty-death = death
# Fines. $currency (text): an ISO 4217 code, "THB"; $min, $max (text):
# amounts already in the locale's grouping.
law-fine-range = { $currency } { $min }–{ $max }
law-fine-up-to = fine up to { $currency } { $max }
law-fine-from = fine from { $currency } { $min }
# A fine with its conversion to US dollars, for display only. $fine (text):
# the fine as above; $usd (text): "USD 435–2,174"; $rate (text): units of
# $currency per US dollar, as the source gives it; $date (text): the
# rate's date, ISO.
law-fine-converted = { $fine } (≈ { $usd } at { $rate } { $currency }/USD, { $date })
# How prison and fine combine.
law-combine-and = and
law-combine-or = or
law-combine-and-or = and/or
# A penalty tier with no figure at all.
law-penalty-no-figures = no figures
# An offence whose penalty the research did not find.
law-penalty-not-found = penalty not found
# A penalty tier for a victim's age band. $tier, $age (text, the data's):
# "child not over 15", "not over 15".
law-tier-victim = { $tier } (victim { $age })
# A tier's victim-age band from its numbers. $age, $from, $below (text):
# ages in full years, plain digits.
law-tier-victim-below = victim under { $age }
law-tier-victim-from = victim aged { $age } or over
law-tier-victim-band = victim aged { $from } to under { $below }
# $circumstances (text): law-aggravating-* labels, comma-separated.
law-tier-aggravating = aggravating: { $circumstances }
# $term (text): a prison term as law-term writes it.
law-tier-mandatory-minimum = mandatory minimum { $term }

## The aggravating circumstances a penalty tier is for (the data's
## `aggravating` words), as a list after "aggravating:".

law-aggravating-position-of-trust = position of trust or care over the victim
law-aggravating-abuse-of-office = abuse of an official position or power
law-aggravating-victim-impairment = victim with a mental or physical impairment
law-aggravating-repeated = committed repeatedly against the victim
law-aggravating-recidivism = prior conviction (recidivism)
law-aggravating-multiple-victims = two or more victims
law-aggravating-commercial = for gain or a commercial purpose
law-aggravating-professional = as a profession or habitual activity
law-aggravating-organised-group = by an organised group
law-aggravating-weapon = with a weapon
law-aggravating-coercion = by force, threat or coercion
law-aggravating-internet = using the internet or a computer network
law-aggravating-recorded = the act was recorded
law-aggravating-distributed = a recording of the act was distributed
law-aggravating-cross-border = the victim was taken across a border
law-aggravating-serious-harm = serious harm to the victim
law-aggravating-cruelty = cruel, inhuman or degrading treatment
law-aggravating-death = the victim's death

## Limitation periods (the values of STATUTE_OF_LIMITATIONS).

# $years (number).
law-limitation-years =
    { $years ->
        [one] { $years } year
       *[other] { $years } years
    }
law-limitation-none = no limitation: prosecution may begin at any time
law-limitation-from-offence = from the day of the offence
law-limitation-from-victim-majority = from the day the victim comes of age
# $criteria (text): criterion codes, comma-separated.
law-limitation-offences = for { $criteria }

## The conditions an extraterritorial rule sets (the data's `conditions`
## words on ETJ_ACTIVE, ETJ_PASSIVE and ETJ_UNIVERSAL). "The state" is the
## state whose rule it is.

law-condition-double-criminality = the conduct is also an offence where it was committed (double criminality)
law-condition-residence = the offender resides in the state
law-condition-nationality-at-offence = a national at the time of the offence
law-condition-nationality-at-prosecution = a national when prosecuted
law-condition-found-in-territory = the offender is found in the state
law-condition-complaint-or-request = a complaint by the victim or a request by the state where it happened
law-condition-not-tried-abroad = the offender was not finally tried abroad for the same conduct
law-condition-treaty = as a treaty to which the state is party provides
# A value that records no condition.
law-conditions-none = none beyond the basis itself
# What a question lacks to tell a condition, with the option that states it.
law-condition-missing-double-criminality = whether the conduct is an offence where it was committed is not recorded
law-condition-missing-residence = the question does not say where the offender resides (--offender-resident)
law-condition-missing-nationality-at-offence = the question does not give the nationality at the time of the offence
law-condition-missing-nationality-at-prosecution = the question does not give the nationality when prosecuted (--offender-now)
law-condition-missing-found-in-territory = the question does not say where the offender is found (--offender-found)
law-condition-missing-complaint-or-request = the question does not say whether there was a complaint or a request (--complaint)
law-condition-missing-not-tried-abroad = the question does not say whether the offender was tried abroad (--tried-abroad)
law-condition-missing-treaty = which treaties provide for it is not recorded

## Lines shared by `law show` and `law who-can-prosecute`.

# $provisions (text): instrument titles and articles, the data's.
law-field-provisions = provisions: { $provisions }
# $penalty (text): the penalty in words.
law-field-penalty = penalty: { $penalty }
# $source (text): title, address, pinpoint, confidence and note of a source.
law-field-source = source: { $source }

## `vilab law show JURISDICTION CRITERION`.

law-show-no-data = { law-no-data }: nothing is recorded for this criterion.
law-show-conflict = { law-conflict }: the sources below disagree; none is preferred.
# $n (text): the value's number, from 1; $value (text): it in a word.
law-show-value = value { $n }: { $value }
# $meaning (text): the value's qualifier, the data's.
law-show-meaning = meaning: { $meaning }
# $criteria (text): criterion codes, comma-separated.
law-show-covers = covers: { $criteria }
# $conditions (text): law-condition-* labels joined by "; ", or law-conditions-none.
law-show-conditions = conditions: { $conditions }
# $limitation (text): a period, where it runs from, the offences, the class.
law-show-limitation = limitation: { $limitation }
# $tier (text): the tier's name; $penalty (text): its figures.
law-show-penalty = penalty, { $tier }: { $penalty }
law-show-penalty-not-found = penalty: { law-value-not-found }
# $range (text): the penalty span of every tier.
law-show-range = range of all tiers: { $range }
# $by (text): the import's name; $at (text): when it was applied.
law-show-replaced = replaced by { $by } at { $at }:
# $value (text): a replaced value in a word.
law-show-was = was: { $value }
# $origin (text): law-origin-bundled or law-origin-import.
law-show-from = from: { $origin }
# $file (text): a data file bundled with vilab, "TH.toml".
law-origin-bundled = bundled: { $file }
# $name (text): the import's name, "kh-fix.toml".
law-origin-import = import: { $name }

## `vilab law gaps`.

law-gap-conflict = sources conflict
law-gap-no-offence = no offence
law-gap-not-found = not found
law-gap-no-data = no data
law-gap-penalty-not-found = penalty not found
# A group's heading. $kind (text): one of the five above.
law-gaps-heading = { $kind }:
law-gaps-no-data-anywhere = no data in any selected jurisdiction:

## `vilab law who-can-prosecute`. Codes: $conduct and $rule are criterion
## codes (BUY_SEX_CHILD, ETJ_ACTIVE); $place, $offender, $victim and $code
## jurisdiction codes (TH).

# $label (text): the conduct's criterion label.
law-prosecute-question = Who can prosecute { $conduct } ({ $label }) committed in { $place } by a national of { $offender }?
law-prosecute-question-victim = Who can prosecute { $conduct } ({ $label }) committed in { $place } by a national of { $offender }, victim a national of { $victim }?
# One route. $name (text): the jurisdiction's name, the data's; $answer:
# law-answer-*; $basis: law-basis-*.
law-prosecute-route = { $code } { $name }: { $answer } — { $basis }
law-answer-yes = YES
law-answer-no = NO
law-answer-unknown = UNKNOWN
# The bases of jurisdiction.
law-basis-territorial = territorial (the conduct happened there)
law-basis-active-nationality = offender's nationality
law-basis-passive-nationality = victim's nationality
law-basis-universal = universal (its law reaches the conduct abroad)
# A jurisdiction's values of a criterion. $values (text): "yes [S] | no [C]".
law-summary = { $code } { $criterion }: { $values }
law-summary-conflict = { $code } { $criterion }: { $values } — sources conflict
law-summary-no-data = { $code } { $criterion }: { law-no-data }
# The steps of the reasoning. $summary (text): law-summary and its kin.
law-reason-offence = offence: { $summary }
law-reason-jurisdiction = jurisdiction: { $summary }
law-reason-not-named = the recorded { $rule } does not name { $conduct }
law-reason-offence-at-home = offence at home: { $summary }
law-reason-dc-not-required = double criminality: not required ({ $summary })
law-reason-dc-met-required = double criminality: required for { $code }; met, { $place } makes it an offence
law-reason-dc-met-not-recorded = double criminality: not recorded for { $code }; met, { $place } makes it an offence
law-reason-dc-not-met = double criminality: required, and { $place } does not make it an offence
law-reason-dc-unclear = double criminality: whether { $code } requires it is not recorded, and { $place } does not clearly make it an offence
# A recorded condition of the rule. $condition (text): a law-condition-* label.
law-reason-condition-met = condition of { $rule }: { $condition } — met
law-reason-condition-not-met = condition of { $rule }: { $condition } — not met
law-reason-condition-unknown = condition of { $rule }: { $condition } — not known
law-reason-no-conditions = { $rule } sets no condition beyond the basis itself
# The conditions that decided a route. $conditions (text): labels joined by "; ".
law-prosecute-decided = decided by: { $conditions }
# What the data does not say.
law-prosecute-unknowns = unknown (the data is silent):
law-unknown-offence = whether { $conduct } is an offence in { $place }
law-unknown-reach = whether { $code }'s law reaches { $conduct } committed abroad ({ $rule })
law-unknown-offence-at-home = whether { $conduct } is an offence in { $code }'s law
law-unknown-offence-dc = whether { $conduct } is an offence in { $place } (double criminality)
law-unknown-dc = whether { $code } requires double criminality ({ $rule })
law-unknown-penalty = the penalty in { $code }
# $condition (text): a law-condition-* label; $missing: law-condition-missing-*.
law-unknown-condition = whether { $code }'s { $rule } condition holds: { $condition } ({ $missing })
law-prosecute-disclaimer = Only bases recorded in the data are considered; this is not legal advice.

## The HTML page (`vilab law compare --format html`).

law-html-title = vilab — legal matrix
law-html-heading = Offences against children: the law side by side
# $badge: where the conflict badge (law-conflict, in a red box) goes.
law-html-lead = Each value rests on the sources listed under it, with the confidence the research gave them. Where sources disagree the cell is marked { $badge } and every view is shown; none is preferred. "{ law-value-not-found }": the research looked and found nothing; "{ law-no-data }": nothing recorded. Fines in other currencies are converted to US dollars for comparison only, at the dated rates listed below.
law-html-open-all = Open every cell
law-html-close-all = Close every cell
law-html-print-note = Printing opens every cell, so that the paper shows each value's sources.
# $provisions (text): instrument titles and articles.
law-html-provisions = Provisions: { $provisions }
# $criteria (text): criterion codes.
law-html-covers = Covers: { $criteria }
# $conditions (text): as law-show-conditions.
law-html-conditions = Conditions: { $conditions }
# $limitation (text): as law-show-limitation.
law-html-limitation = Limitation: { $limitation }
law-html-penalty-not-found = Penalty: { law-value-not-found }
law-html-instruments = Instruments and their dates
law-html-instruments-note = Sources disagree on dates; each date is listed with its source.
# $kind: law-date-*; $date (text): ISO.
law-html-date = { $kind }: { $date }
law-date-adopted = adopted
law-date-promulgated = promulgated
law-date-published = published
law-date-in-force = in force
law-html-rates = Exchange rates used for display
law-html-sources = Sources
# The numbered note of each cell, under the matrix: its sources with pinpoint and the day checked.
law-html-notes = Notes: the sources of each cell
law-html-notes-lead = The number in a cell leads to its note: every source of the values shown, with the place in it (article, section, page) and the day the research checked it.
# $date (text): ISO, at the precision recorded; after a source and its pinpoint.
law-html-note-checked = checked { $date }
law-html-note-undated = day checked not recorded

## Time (`vilab law compare --at`, `law show`, the HTML page): the period
## a value, a penalty tier or a provision was the law. $from, $to and
## $date (text): ISO dates at the precision the source gives (2019-05-28,
## 2019); $to is the first day no longer in force.

law-period-since = in force since { $from }
law-period-ended = no longer in force from { $to }
law-period-span = in force from { $from }, no longer from { $to }
# $instrument (text): the amending instrument's title, the data's.
law-period-amended = replaced by { $instrument }
# $period (text): law-period-* and law-period-amended, joined by "; ".
law-show-period = period: { $period }
law-show-in-force-on = in force on { $date }
law-show-not-in-force-on = not in force on { $date }
# $range (text): the penalty span of the tiers in force that day.
law-show-range-on = range of the tiers in force on { $date }: { $range }
# The table's legend, and the HTML page under its heading.
law-legend-at = The law in force on { $date }.
law-html-at = The law in force on { $date }.
# The page of a data set not restricted to one day.
law-html-all-periods = Every period of the law that the data records, side by side.

## The HTML page's sentence-range chart: one row per offence, one bar per
## jurisdiction from the least to the greatest prison term.

law-chart-heading = Prison terms side by side
law-chart-note = For each offence, one bar per jurisdiction from the least to the greatest prison term of all its tiers, on one scale in years; a circle marks life imprisonment and a diamond the death penalty. Fines are in the table above.
# The axis's title: its ticks are whole years.
law-chart-years = years
# Notes beside a line: the bar starts at zero; or nothing to draw.
law-chart-no-minimum = no minimum
law-chart-no-prison = no prison term recorded
