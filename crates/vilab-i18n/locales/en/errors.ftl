### Errors shown to the user. Never say which half of a login failed.

# $action (text): the action's code, e.g. media.view.
error-permission-denied = Permission denied: your role or your case membership does not allow { $action }.
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

## Every error code of the application layer (vilab-lab's table). The
## library's own words (a parser's line and column, the operating system's
## reason) follow on a line of their own, untranslated.

# $detail (text): the library's own words, untranslated.
error-detail = detail: { $detail }
# $detail (text): an unexpected failure's own words.
error-generic = error: { $detail }
# $field (text): which input; $reason (text): why, in the library's words.
error-invalid-input = Invalid { $field }: { $reason }
# $file (text): the file.
error-file-unreadable = Cannot read { $file }.
# $file (text): the file ("-" for standard output).
error-file-unwritable = Cannot write { $file }.
error-session-ended = Your session has ended (it expired, you logged out, or the account was disabled). Log in again with `vilab login`.
# $path (text): the lab folder.
error-lab-not-found = No vilab lab at { $path } (create one with `vilab init --lab { $path }`).
# $path (text): the lab folder.
error-lab-exists = A vilab lab already exists at { $path }.
# $path (text): the folder.
error-lab-dir-not-empty = Refusing to create a lab in { $path }: the folder is not empty.
# $path (text): the database; $found, $known (numbers): schema versions.
error-lab-too-new = { $path } was written by a newer vilab (schema { $found }; this one knows up to { $known }). Upgrade vilab.
# $path (text): the key file.
error-lab-identity-invalid = The lab's signing key at { $path } does not match its database.
# $case (text): the case name.
error-case-exists = A case named '{ $case }' already exists.
# $exhibit, $recorded, $given (text): the exhibit and its two folders.
error-exhibit-source-changed = Exhibit '{ $exhibit }' was first ingested from { $recorded }, not { $given }. If it is the same exhibit mounted elsewhere, add --remounted; otherwise give it another exhibit name.
# $user (text): the user name.
error-account-not-found = No account named '{ $user }'.
# $user (text): the user name.
error-account-exists = An account named '{ $user }' already exists.
# $user (text): the user name.
error-last-administrator = '{ $user }' is the last enabled administrator: make another administrator first.
# $key (text): the key as typed.
error-media-not-found = No media item matches { $key }.
# $key (text): the key as typed.
error-media-key-ambiguous = { $key } matches several media items: give more digits.
# $name (text): the hash set's name.
error-hashset-not-found = No hash set named '{ $name }'.
# $name (text): the hash set's name.
error-hashset-exists = A hash set named '{ $name }' already exists (remove it first, or import under another name).
error-hashset-malformed = The hash-set file could not be read as VICS, a hash list or CSV; nothing of it was imported.
# $profile (text): the profile asked for; $known (text): the profiles there are.
error-profile-unknown = Unknown category profile '{ $profile }' (known: { $known }; a lab adds its own in profiles.toml).
# $file (text): the lab's profiles.toml.
error-profiles-malformed = The lab's category profiles in { $file } are malformed.
# $file (text): the file being imported.
error-interrupted = Stopped before the end: nothing of { $file } was stored. Run the same command again.
error-law-import-invalid = The file of legal facts was refused; nothing was stored.
# $id (text): the import asked for; $known (text): the imports there are.
error-law-import-not-found = No law import { $id } (imports: { $known }).
# $id, $name: the import to remove; $later, $later_name: the later import that needs it.
error-law-import-needed = Import { $id } ({ $name }) cannot be removed: import { $later } ({ $later_name }) needs it. Remove that one first.
error-law-query-invalid = The legal matrix cannot answer that question.
error-audit-chain-broken = The audit chain does not verify: it was changed outside vilab.
error-database-error = The lab's database failed; nothing of this action was completed.
error-evidence-error = The evidence store failed (a read or a write).
error-evidence-corrupt = The evidence store holds corrupt, unreadable or missing contents.
error-ingest-failed = The ingest could not run.
# No home folder to hold the default lab.
lab-no-home = There is no home folder to hold the default lab: pass --lab or set VILAB_LAB.
# $file (text): the file.
file-unwritable = cannot write { $file }
error-no-thumbnail = { $key } has no thumbnail to show (it is not a picture, or it could not be decoded).
error-series-not-found = No series { $id } in this case.
error-series-exists = A series named '{ $name }' already exists in this case.
error-category-unknown = Category { $category } is not one of profile '{ $profile }'.
error-value-out-of-range = { $field } must be between { $min } and { $max }; { $value } is not.
error-nothing-selected = Select at least one item first.

## Records beside the media (victims, offenders, locations, leads).
error-person-not-found = No person { $id } in this case.
error-location-not-found = No location { $id } in this case.
error-lead-not-found = No lead { $id } in this case.
error-owner-not-member = '{ $user }' is not a member of case { $case } and cannot own its leads.
error-upload-not-image = The picture to search by is not an image vilab can read (detected: { $kind }).
error-series-link-same-case = Series { $id } is in this case: a series is linked only to a series of another case (merge two series of one case instead).
error-gallery-not-found = No gallery { $gallery } among the galleries you are a member of.
error-gallery-closed = Gallery { $gallery } is not open now: participants see it only between its opening and closing dates.
error-gallery-item-not-found = No item { $item } in this gallery.
error-gallery-member-role = '{ $user }' cannot take that part in this gallery: its editors are analysts or trainers, and its participants must be allowed to see the pictures made for its audience.
error-bundle-not-found = No offline bundle { $bundle } was made of this gallery.
error-exercise-not-found = Gallery { $gallery } has no training exercise.

# Regions and renditions per audience (issue 20).
error-region-invalid = Region refused: { $field }: { $reason }.
error-region-not-found = No region { $uid } stands on this item (it does not exist, or was deleted).
error-rendition-not-found = No rendition { $uid } in this lab.
error-rendition-stale = Rendition { $uid } is stale: a region of its item changed after it was made. Make it again.
error-approval-same-actor = You made public crop { $uid }: another analyst must approve it (four eyes).
error-crop-touches-person = The crop of object region { $object } would show part of person region { $person } (margin included): no rendition was made. Move or shrink the object region.
error-audience-not-allowed = Your role may not receive renditions for the audience '{ $audience }'.
error-rendition-not-approved = Public crop { $uid } awaits a second analyst's approval: it cannot leave yet.
