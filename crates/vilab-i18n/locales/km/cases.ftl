### Native review status: NOT REVIEWED.
### These Khmer texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Khmer speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: case-created case-heading case-label-files case-label-media
### needs-review: case-label-decoded case-label-exif-gps case-label-kinds
### needs-review: case-label-errors case-label-members case-exhibit case-run
### needs-review: run-status-running run-status-completed run-status-incomplete
### needs-review: run-status-interrupted run-status-failed run-status-aborted
### needs-review: init-created init-label-lab-id init-label-public-key
### needs-review: init-label-admin init-next demo-generated
### needs-review: demo-generated-counts demo-hashset demo-case demo-expected
### needs-review: demo-label-occurrences demo-label-contents demo-label-corrupt
### needs-review: demo-accounts demo-audit-intact demo-explore
### needs-review: demo-training-case demo-training
### needs-review: demo-training-exercise demo-training-exercise-made
### reviewed:

case-created = បានបង្កើតសំណុំរឿង { $case } (uid { $uid })។
case-heading = សំណុំរឿង { $case } (uid { $uid })
case-label-files = ឯកសារ (ទីតាំងរកឃើញ)
case-label-media = ធាតុមេឌៀមិនស្ទួន
case-label-decoded = រូបភាពដែលបានបម្លែងកូដ និងគណនា hash
case-label-exif-gps = មាន EXIF / មាន GPS
case-label-kinds = តាមប្រភេទ
case-label-errors = កំហុសនៃការបញ្ចូលតាមដំណាក់កាល
case-label-members = សមាជិក
case-exhibit = វត្ថុតាង { $exhibit } ពី { $source }
case-run = ដំណើរការលេខ { $run }៖ { $status }, ចាប់ផ្តើម { $started }, ឯកសារចំនួន { $files }
run-status-running = កំពុងដំណើរការ
run-status-completed = បានបញ្ចប់
run-status-incomplete = មិនពេញលេញ (មានឯកសារដែលត្រូវព្យាយាមម្តងទៀត)
run-status-interrupted = ត្រូវបានរំខាន
run-status-failed = បរាជ័យ
run-status-aborted = បានបោះបង់ (ដំណើរការកម្មវិធីបានបញ្ចប់ដោយមិនទាន់រួចរាល់)

init-created = បានបង្កើតមន្ទីរពិសោធន៍នៅ { $path }
init-label-lab-id = លេខសម្គាល់មន្ទីរពិសោធន៍
init-label-public-key = សោសាធារណៈរបស់មន្ទីរពិសោធន៍ (ed25519)
init-label-admin = អ្នកគ្រប់គ្រងប្រព័ន្ធ
init-next = ជំហានបន្ទាប់៖ ចូលប្រើប្រព័ន្ធដោយប្រើ `vilab login --lab { $lab } --user { $admin }` បន្ទាប់មកបង្កើតគណនីសម្រាប់អ្នកដែលនឹងធ្វើការក្នុងមន្ទីរពិសោធន៍ដោយប្រើ `vilab user add`។

demo-generated = កំពុងបង្កើតទិន្នន័យវត្ថុតាងរឹបអូសសិប្បនិម្មិត (seed { $seed }) នៅក្នុង { $dir }
demo-generated-counts = ឯកសារចំនួន { $files }, ឯកសារក្នុងបណ្ណសារបង្រួមចំនួន { $members }, { $mb } MB
demo-hashset = សំណុំ hash { $name } (ធាតុចំនួន { $entries }, VICS 2.0, ប្រវត្តិរូប vic-us) ពី { $file }
demo-case = សំណុំរឿង { $case }
demo-expected = តម្លៃរំពឹងទុកពីកម្មវិធីបង្កើតទិន្នន័យ
demo-label-occurrences = ទីតាំងរកឃើញ
demo-label-contents = មាតិកាខុសៗគ្នា
demo-label-corrupt = ឯកសារខូច
demo-accounts = គណនីនៃការបង្ហាញសាកល្បង (ពាក្យសម្ងាត់បង្ហាញតែម្តងប៉ុណ្ណោះ)៖
demo-audit-intact = ខ្សែសង្វាក់កំណត់ហេតុសវនកម្មត្រូវបានផ្ទៀងផ្ទាត់៖ កំណត់ត្រាចំនួន { $records } ដែលមន្ទីរពិសោធន៍បានចុះហត្ថលេខា។
demo-explore = ស្វែងយល់បន្ថែមដោយប្រើពាក្យបញ្ជាខាងក្រោម៖

# issue 20, the training pack of the demo.
demo-training-case = កញ្ចប់បណ្តុះបណ្តាល
demo-training = ឈុតឆាកបណ្តុះបណ្តាលសិប្បនិម្មិតចំនួន { $scenes } ដែលមានតម្រុយដាក់បង្កប់ ត្រូវបានបញ្ចូលទៅក្នុងសំណុំរឿង { $case } (ធាតុចំនួន { $items })។ ចម្លើយសម្រាប់គ្រូបណ្តុះបណ្តាល មាននៅក្នុង { $file }
demo-training-exercise = លំហាត់បណ្តុះបណ្តាល
demo-training-exercise-made = វិចិត្រសាលសម្រាប់អ្នកហ្វឹកហាត់ “{ $title }” ({ $gallery })៖ ឈុតឆាក { $items } ជាមួយលំហាត់មួយ។ { $trainer } កែសម្រួលវា ហើយអានលទ្ធផល (vilab exercise results) ហើយ { $trainee } ឆ្លើយ (vilab exercise answer)។
