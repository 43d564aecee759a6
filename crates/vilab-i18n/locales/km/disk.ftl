### Native review status: NOT REVIEWED.
### These Khmer texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Khmer speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: ingest-error-disk-image-unreadable
### needs-review: ingest-error-disk-partition-table
### needs-review: ingest-error-disk-no-file-system
### needs-review: ingest-error-disk-file-system-damaged
### needs-review: ingest-error-disk-content-partial
### needs-review: error-disk-image-unreadable
### needs-review: error-exhibit-not-found
### needs-review: error-exhibit-ambiguous
### needs-review: exhibit-heading
### needs-review: exhibit-outside
### needs-review: exhibit-label-source
### needs-review: exhibit-label-container
### needs-review: exhibit-label-size
### needs-review: exhibit-label-stored-md5
### needs-review: exhibit-label-stored-sha1
### needs-review: exhibit-label-md5
### needs-review: exhibit-label-sha1
### needs-review: exhibit-label-sha256
### needs-review: exhibit-label-verification
### needs-review: exhibit-verification-verified
### needs-review: exhibit-verification-mismatch
### needs-review: exhibit-verification-not-stored
### needs-review: exhibit-verification-unreadable
### needs-review: exhibit-verification-interrupted
### needs-review: exhibit-no-image
### needs-review: exhibit-label-scheme
### needs-review: exhibit-volume
### needs-review: exhibit-no-fs
### needs-review: exhibit-label-counts
### needs-review: exhibit-counts
### needs-review: exhibit-label-errors
### needs-review: progress-image
### needs-review: progress-image-line
### reviewed:

ingest-error-disk-image-unreadable = មិនអាចអានរូបភាពថាស (disk image) នៅបៃទី { $offset } បានទេ
ingest-error-disk-partition-table = តារាងភាគថាសខូច; ផ្នែកដែលអាចអានបាន ត្រូវបានប្រើ
ingest-error-disk-no-file-system = ភាគថាស { $volume } គ្មានប្រព័ន្ធឯកសារដែល vilab អាចអានបានទេ: ឯកសារត្រូវបានស្រង់ចេញពីទំហំរបស់វាដោយផ្ទាល់ (carving) ជំនួសវិញ
ingest-error-disk-file-system-damaged = ប្រព័ន្ធឯកសារនៃភាគថាស { $volume } ខូចនៅកន្លែងនេះ; ផ្នែកដែលនៅសល់នៅតែត្រូវបានអាន
ingest-error-disk-content-partial = ឯកសារនេះមានចន្លោះទទេ (sparse) ត្រូវបានបង្ហាប់ ឬអ៊ិនគ្រីបនៅលើថាស: បៃដែលបានរក្សាទុកមិនមែនជាខ្លឹមសារទាំងមូលទេ

error-disk-image-unreadable = មិនអាចបើក { $file } ជារូបភាពថាស (disk image) បានទេ។
error-exhibit-not-found = គ្មានវត្ថុតាង { $exhibit } នៅក្នុងសំណុំរឿងដែលអ្នកអាចមើលបានទេ។
error-exhibit-ambiguous = សំណុំរឿងច្រើនមានវត្ថុតាង { $exhibit } ({ $cases }): សូមបញ្ជាក់មួយណាដោយប្រើ --case។

exhibit-heading = វត្ថុតាង { $exhibit } នៃសំណុំរឿង { $case } (uid { $uid })
exhibit-label-source = អានពី
exhibit-label-container = ប្រភេទរូបភាពថាស
exhibit-label-size = ទំហំរូបភាពថាស (បៃ)
exhibit-label-stored-md5 = MD5 ដែលរក្សាទុកក្នុងរូបភាព
exhibit-label-stored-sha1 = SHA-1 ដែលរក្សាទុកក្នុងរូបភាព
exhibit-label-md5 = MD5 នៃការអានពេញលេញ
exhibit-label-sha1 = SHA-1 នៃការអានពេញលេញ
exhibit-label-sha256 = SHA-256 នៃការអានពេញលេញ
exhibit-label-verification = ការផ្ទៀងផ្ទាត់
exhibit-verification-verified = បានផ្ទៀងផ្ទាត់: hash ដែលរក្សាទុកក្នុងរូបភាព ត្រូវនឹងការអានពេញលេញ
exhibit-verification-mismatch = មិនត្រូវគ្នា: ការអានពេញលេញ មិនផ្តល់ hash ដែលរក្សាទុកក្នុងរូបភាពទេ
exhibit-verification-not-stored = រូបភាពមិនរក្សាទុក hash ទេ; hash ខាងលើជាកំណត់ត្រានៃការអាននេះ
exhibit-verification-unreadable = មិនអាចអានរូបភាពរហូតដល់ចុងបញ្ចប់បានទេ
exhibit-verification-interrupted = បានឈប់មុនចុងបញ្ចប់; ការបញ្ចូលលើកក្រោយនឹងពិនិត្យរូបភាពម្តងទៀត
exhibit-no-image = មិនមែនជារូបភាពថាសទេ: គ្មាន hash នៃការចម្លង
exhibit-label-scheme = តារាងភាគថាស
exhibit-volume = ភាគថាស { $index } ({ $entry }) បៃ { $start } ដល់ { $end } ប្រព័ន្ធឯកសារ { $fs }: កំពុងប្រើ { $allocated } បានលុប { $deleted } ស្រង់ចេញ (carved) { $carved } កំហុស { $errors }
exhibit-no-fs = រកមិនឃើញ
exhibit-label-counts = ឯកសារដែលបានរកឃើញ
exhibit-counts = កំពុងប្រើ { $allocated } បានលុប { $deleted } ស្រង់ចេញ (carved) { $carved }
exhibit-label-errors = កំហុសដែលនៅបើក
progress-image = កំពុងពិនិត្យរូបភាព: { $mb_per_second } MB/s នៅសល់ { $eta }
progress-image-line = កំពុងពិនិត្យរូបភាព: { $mb } នៃ { $total } MB, { $mb_per_second } MB/s នៅសល់ { $eta }

# --- onepass: the space outside every partition (issue 23) ---
exhibit-outside = ក្រៅភាគថាសទាំងអស់: បានស្វែងរក { $bytes } បៃ ស្រង់ចេញ (carved) { $carved } កំហុស { $errors }
