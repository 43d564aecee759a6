### Cases, the lab's creation and the demo.

# $case (text), $uid (text: 32 hex digits).
case-created = Case { $case } created (uid { $uid }).
# $case (text), $uid (text).
case-heading = Case { $case } (uid { $uid })
case-label-files = files (occurrences)
case-label-media = unique media items
case-label-decoded = images decoded and hashed
case-label-exif-gps = with EXIF / with GPS
case-label-kinds = by kind
case-label-errors = ingest errors by stage
case-label-members = members
# $exhibit (text), $source (text: a folder).
case-exhibit = Exhibit { $exhibit } from { $source }
# $run (text), $status (text: the run's state in words), $started (text: a date and time), $files (number).
case-run =
    { $files ->
        [one] run { $run }: { $status }, started { $started }, { $files } file
       *[other] run { $run }: { $status }, started { $started }, { $files } files
    }
run-status-running = running
run-status-completed = completed
run-status-incomplete = incomplete (files to retry)
run-status-interrupted = interrupted
run-status-failed = failed
run-status-aborted = aborted (its process ended without finishing)

# $path (text): the lab folder.
init-created = Lab created at { $path }
init-label-lab-id = lab id
init-label-public-key = lab public key (ed25519)
init-label-admin = administrator
# $lab (text): the lab folder; $admin (text): the administrator's name.
init-next = Next: log in with `vilab login --lab { $lab } --user { $admin }`, then create the accounts that will work in the lab with `vilab user add`.

# $seed (text), $dir (text).
demo-generated = Generating a synthetic seizure (seed { $seed }) in { $dir }
# $files, $members (numbers), $mb (number: megabytes).
demo-generated-counts = { $files } files, { $members } archive members, { $mb } MB
# $name (text), $entries (number), $file (text).
demo-hashset =
    { $entries ->
        [one] hash set { $name } ({ $entries } entry, VICS 2.0, profile vic-us) from { $file }
       *[other] hash set { $name } ({ $entries } entries, VICS 2.0, profile vic-us) from { $file }
    }
# $case (text).
demo-case = Case { $case }
demo-expected = Expected from the generator
demo-label-occurrences = occurrences
demo-label-contents = distinct contents
demo-label-corrupt = corrupt files
demo-accounts = The demo's accounts (passwords shown once):
# $records (number).
demo-audit-intact =
    { $records ->
        [one] The audit chain verifies: { $records } record, signed by the lab.
       *[other] The audit chain verifies: { $records } records, signed by the lab.
    }
demo-explore = Explore it:

# issue 20, the training pack of the demo.
# The name of the demo's case that holds the synthetic training scenes.
demo-training-case = Training pack
# $scenes (number), $case (text), $items (number), $file (text: the answers file).
demo-training =
    { $scenes ->
        [one] { $scenes } synthetic training scene with planted clues ingested into case { $case } ({ $items } items). Its answer, for the trainer, is in { $file }
       *[other] { $scenes } synthetic training scenes with planted clues ingested into case { $case } ({ $items } items). Their answers, for the trainer, are in { $file }
    }
demo-training-exercise = Training exercise
demo-training-exercise-made = Trainee gallery “{ $title }” ({ $gallery }): { $items } scenes with an exercise; { $trainer } edits it and reads the results (vilab exercise results), { $trainee } answers (vilab exercise answer).
