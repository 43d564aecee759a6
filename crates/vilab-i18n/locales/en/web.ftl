### The browser lab (`vilab serve`): pages, their navigation and errors.

## Layout.

web-nav-home = Home
web-nav-cases = Cases
web-nav-users = Accounts
web-nav-audit = Audit log
web-nav-verify = Verify the audit chain
# $user (text), $role (text: the role in words).
web-signed-in = { $user } ({ $role })
web-logout = Log out
web-language = Language
web-back-home = Back to the start page
web-yes = yes
web-no = no
web-pager-previous = Previous page
web-pager-next = Next page

## Log-in.

web-login-heading = Log in to the lab
web-login-username = User name
web-login-password = Password
web-login-submit = Log in

## Start page.

# $user (text).
web-home-heading = Welcome, { $user }
# $role (text: the role in words).
web-home-role = You are logged in as { $role }.
web-home-nothing = Your role has nothing to open here yet.

## Cases.

web-cases-heading = Cases
web-cases-none = There is no case that you may see.
# $case (text).
web-case-heading = Case { $case }
# $uid (text), $created (text: a date and time).
web-case-uid = Case id { $uid }, created { $created }
web-case-counts = What the case holds
web-case-exhibits = Exhibits and ingest runs
web-case-triage = Triage
web-case-by-category = Known and near-known items by proposed category
web-case-by-source = Known and near-known items by hash set
web-case-errors = Ingest errors
web-case-no-errors = No ingest errors.
# $count (number): unique media items.
web-case-media-link =
    { $count ->
        [one] Browse the case's { $count } media item
       *[other] Browse the case's { $count } media items
    }
# $case (text).
web-media-heading = Media items of case { $case }

## Columns of tables.

web-col-case = Case
web-col-exhibit = Exhibit
web-col-exhibits = Exhibits
web-col-media = Media items
web-col-files = Files
web-col-errors = Errors
web-col-created = Created
web-col-source = Ingested from
web-col-run = Run
web-col-status = Status
web-col-started = Started
web-col-category = Category
web-col-count = Items
web-col-hashset = Hash set
web-col-path = Path
web-col-stage = Stage
web-col-reason = What happened
web-col-id = No.
web-col-sha256 = SHA-256
web-col-kind = Kind
web-col-size = Size (bytes)
web-col-pixels = Pixels
web-col-camera = Camera
web-col-taken = Taken (camera time)
web-col-gps = GPS
web-col-user = User name
web-col-role = Role
web-col-disabled = Disabled
web-col-cases = Cases (member of)
web-col-seq = No.
web-col-at = Time (UTC)
web-col-actor = Account
web-col-from = From
web-col-action = Action
web-col-resource = Resource
web-col-outcome = Outcome
web-col-details = Details

## A media item.

web-item-digests = Digests and properties
web-item-exif = Identification leads (EXIF)
web-item-no-exif = This item has no EXIF.
web-item-first-seen = First recorded by the lab

## Administration and the audit log.

web-users-heading = Accounts of the lab
web-audit-heading = Audit log
web-audit-any = any
web-audit-since = From (day)
web-audit-until = To (day)
web-audit-apply = Filter
web-audit-none = No record matches the filter.
web-verify-heading = Verification of the audit chain

## Errors of the server itself (beside the application's error-*).

web-error-heading = The request was not carried out
web-error-csrf-failed = The form has expired or did not come from this lab's pages (its security token is missing or wrong). Reload the page and try again.
web-error-no-route = There is no such page.
web-error-method-not-allowed = This page does not take that kind of request.
web-error-bad-body = The request's form or JSON could not be read.

## `vilab serve`.

# $url (text): the address to open in a browser.
web-serve-listening = Serving the lab at { $url }
web-serve-stop = Open it in a browser; Ctrl-C stops the server.
web-serve-stopped = Server stopped.
# $addr (text): the address listened on.
web-serve-no-tls = Warning: { $addr } can be reached from other machines and this server speaks without TLS: passwords and session cookies would cross the network in clear. Give --tls-cert and --tls-key.
# $addr (text), $reason (text: the system's words).
web-serve-bind-failed = Cannot listen on { $addr }: { $reason }
# $file (text), $reason (text: the TLS library's words).
web-serve-tls-failed = Cannot use the TLS certificate or key { $file }: { $reason }
# $reason (text).
web-serve-failed = The server failed: { $reason }

## The review grid.
web-review-link = Review the grid
web-review-heading = Review: { $case }
web-review-filters = Filters
web-review-show = Show
web-review-groups = Groups
web-review-triage = Triage
web-review-decided = Decision
web-review-any = any
web-review-undecided = undecided
web-review-conflict = conflict
web-review-follow-up = follow-up
web-review-from = Taken from
web-review-before = Taken before
web-review-gps = GPS position
web-review-path = Path contains
web-review-order = Order
web-review-order-ingested = as ingested
web-review-order-newest = newest first
web-review-order-taken = by time taken
web-review-keys = Keys: arrows move; Shift+arrow, Shift+click or Ctrl+click select; 0–9 decide the category; Alt+digit decides the whole group shown; z undoes; f marks for follow-up; r or Enter reveals; Esc closes.
web-review-break = You have reviewed for { $minutes } minutes without a pause. Please take a break.
web-review-end = No more items.
web-review-close = Close
web-review-decided-as = decided: { $category }
web-review-grid = Items
web-map-link = The map of GPS positions
web-map-heading = Map: { $case }
web-map-none = No item of this case has a GPS position under these filters.

## Series, camera leads, timeline and settings pages (issue 19's pages).
web-series-link = Series
web-series-heading = Series of { $case }
web-series-none = This case has no series yet.
web-series-own-case = A series holds items of its own case; on its page, link it to series of other cases you are a member of.
web-series-create = Create a series
web-series-from-selection = New series from the selection
web-series-name = Name
web-series-one-heading = Series: { $name }
web-series-in-grid = Review its members in the grid
web-series-no-members = This series has no members.
web-series-similar = Find similar
web-series-radius = PDQ distance
web-series-similar-none = No other item of the case is within this distance.
web-series-similar-found = { $count } items within PDQ distance { $radius } of the members. Untick those that do not belong.
web-series-distance = distance { $distance }
web-series-add = Add the ticked items to the series
web-series-rename = Rename
web-series-merge = Merge into this series
web-series-merge-from = Series to merge in
web-series-merged-into = merged into { $name }
# Series linked across cases.
web-series-links = Linked series in other cases
web-series-links-none = No series of a case you are a member of is linked to this one.
web-series-links-find = Find series to link
web-series-links-candidates-none = No series of another case you are a member of holds these items or items within this distance.
web-series-link-note = Note
web-series-linked = Linked
web-series-linked-by = by { $user }, { $date }
web-series-unlink = Unlink
web-series-link-add = Link
web-series-link-why = Why
web-series-link-shared = { $count } same items
web-col-series = Series
web-col-members = Members
web-cameras-link = Camera leads
web-cameras-heading = Cameras in the cases you may see
web-cameras-explain = Cameras are grouped by make, model and body serial. The same camera in two cases is a strong lead.
web-cameras-none = No item has a camera make, model or body serial.
web-cameras-strong = strong lead: { $count } cases
web-col-make = Make
web-col-model = Model
web-col-serial = Body serial
web-col-items-per-case = Items per case
web-timeline-heading = Time taken
web-timeline-none = No item shown here has a time taken.
web-timeline-hint = Drag across the bars to show the items taken in that range, or click one bar.
web-review-loading = Loading…
web-review-load-failed = This part of the page could not be loaded. Reload the page to try again.
web-settings-link = Settings
web-settings-heading = Your review settings
web-settings-blur = Blur the pictures
web-settings-greyscale = Show the pictures in greyscale
web-settings-tile = Tile size (pixels, 64 to 256)
web-settings-break = Remind me to take a break after (minutes; 0: never)
web-settings-lang = Language
web-settings-lang-browser = the browser's
web-settings-save = Save
web-settings-viewing = Viewing mode
web-settings-viewing-explain = For a task that needs the pictures as they are, switch viewing mode on in the grid: it shows the pictures sharp and in colour until you switch it off or close the tab. Every sharp picture is still recorded in the audit log.
web-settings-viewing-toggle = Viewing mode (sharp, audited)
web-item-rendition = Picture (masked)
web-item-reveal = Show sharp and in colour (recorded in the audit log)
web-item-matches = Hash-set matches
web-item-no-matches = No hash-set match in the cases you may see.
web-item-similar = Similar pictures in this and other cases
web-item-no-pdq = This item has no PDQ hash: it was not decoded as a picture.
web-col-method = Method
web-col-distance = Distance
web-col-dihedral = Orientation
web-col-profile = Profile
web-search-link = Search by picture
web-search-heading = Search by a picture from outside the lab
web-search-picture = Picture
web-search-submit = Search
web-search-not-stored = The picture is not stored: only its digests and PDQ hash are computed, searched and recorded in the audit log.
web-search-none = Nothing in the cases you may see or in the hash sets is within PDQ distance { $radius }.
web-search-same = The same file in your cases
web-search-known = Hash-set entries
web-error-upload-too-large = The picture is larger than 16 MB, the most a search takes.
web-progress-heading = Review progress
web-progress-decided = decided
web-progress-undecided = undecided
web-progress-reviewer = Reviewer

## ViLab galleries, the clue board and training exercises (issue 20, branch webgallery)
web-galleries-heading = Galleries
web-galleries-none = You are not a member of any gallery.
web-gallery-title = Title
web-gallery-audience = Audience
web-gallery-audience-partner = Partner agencies
web-gallery-audience-trainee = Trainees
web-gallery-audience-public = The public
web-gallery-opens = Opens
web-gallery-closes = Closes
web-gallery-open = open
web-gallery-closed = closed
web-gallery-you-edit = you edit it
web-gallery-create = Create a gallery
web-gallery-create-explain = Participants see only the pictures made for the gallery's audience, never an original, and only between its dates. You are its first editor.
web-gallery-span = from { $opens } until { $closes }
web-gallery-back = Back to the gallery
web-gallery-board-items = Items
web-gallery-item = Item { $n }
web-gallery-items = Items
web-gallery-no-picture = No picture yet: none has been made for this audience.
web-gallery-no-items = No items yet.
web-gallery-case = Case
web-gallery-media = Item
web-gallery-media-keys = Items (#id or SHA-256, separated by commas)
web-gallery-add-items = Add items
web-gallery-series = Series (id)
web-gallery-add-series = Add a series
web-gallery-items-explain = Only items of cases you are a member of can be added. Participants never learn an item's case, digests or series.
web-gallery-remove = Take out
web-gallery-members = Members
web-gallery-user = User name
web-gallery-role = Role
web-gallery-part = Takes part as
web-gallery-part-editor = editor
web-gallery-part-participant = participant
web-gallery-part-none = no longer a member
web-gallery-set-member = Save
web-gallery-dates = Title and dates
web-gallery-save = Save
web-gallery-bundles = Offline bundles made
web-gallery-no-bundles = No offline bundle has been made of this gallery.
web-gallery-bundle = Bundle
web-gallery-recipient = Recipient
web-gallery-made = Made
web-gallery-expires = Expires
web-clue-board = Clue board
web-clue-live = New clues appear here by themselves.
web-clue-none = No clues yet.
web-clue-text = Your clue
web-clue-post = Post the clue
web-clue-pinned = pinned to the picture
web-clue-no-pin = Click on the picture to pin your clue to a spot (optional).
web-clue-pin-explain = Click on the picture to pin a clue.
web-clue-becomes-lead = Every clue goes to the investigators as a lead, with your user name and the time.
web-exercise-link = Exercise
web-exercise-heading = Training exercise
web-exercise-set = Set the exercise
web-exercise-set-explain = Give each item's known answer; items without a country are left out. Trainees never see these answers or a score.
web-exercise-rubric = Points
web-exercise-country-points = Right country
web-exercise-place-points = Right place
web-exercise-object-points = Each right object
web-exercise-wrong-object-penalty = Taken off for each wrong object
web-exercise-free-text-max = Most for free text
web-exercise-country = Country
web-exercise-place = Place
web-exercise-objects = Objects that would identify it
web-exercise-solving-lead = The lead that solved it
web-exercise-known = Known answers
web-exercise-free-text = Your reasoning
web-exercise-answer = Save the answer
web-exercise-answered = Your answer is saved; you may change it while the gallery is open.
web-exercise-trainee-explain = For each item, say where you think it was taken and which objects you would trace. Your latest answer counts.
web-exercise-results = Results
web-results-by-trainee = By trainee
web-results-by-item = By item
web-results-answers = Answers
web-results-trainee = Trainee
web-results-answered = Answered
web-results-points = Points
web-results-pending = Free text to mark
web-results-country-right = Country right
web-results-place-right = Place right
web-results-free-text = Free text
web-results-mark = Points for the free text
web-results-save-mark = Save
web-country-kh = Cambodia
web-country-la = Laos
web-country-th = Thailand
web-country-vn = Viet Nam
web-country-other = Another country
web-object-shop_sign = Shop sign
web-object-power_socket = Power socket
web-object-licence_plate = Licence plate
web-object-banknote = Banknote
web-object-product_label = Product label
web-object-other = Other object
