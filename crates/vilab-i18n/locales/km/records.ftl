### Native review status: NOT REVIEWED.
### These Khmer texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Khmer speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: web-records-link web-leads-link web-records-heading web-records-victims
### needs-review: web-records-offenders web-records-locations web-records-none web-records-col-label
### needs-review: web-records-col-notes web-records-col-status web-records-col-set-by web-records-col-links
### needs-review: web-records-col-position web-records-col-description web-records-set web-records-new-person
### needs-review: web-records-new-location web-records-kind web-records-add web-records-lat
### needs-review: web-records-lon web-records-link-series web-records-link-item person-kind-victim
### needs-review: person-kind-offender id-status-unidentified id-status-identified id-status-safeguarded
### needs-review: lead-status-open lead-status-followed lead-status-closed web-search-kind-person
### needs-review: web-search-kind-location web-search-kind-lead web-search-kind-series web-leads-heading
### needs-review: web-leads-search web-leads-search-button web-leads-found web-leads-any
### needs-review: web-leads-col-owner web-leads-filter web-leads-col-item web-leads-col-text
### needs-review: web-leads-col-rect web-leads-nobody web-leads-new web-leads-rect-hint
### needs-review: web-leads-w web-leads-h
### needs-review: web-records-edit web-records-save web-records-unlink web-records-link-to web-records-link-add web-records-linked-heading
### reviewed:

## Records beside the media: victims, offenders, locations, leads, search
## (the browser lab's records and leads pages, the media page's lead form).

web-records-link = ជនរងគ្រោះ ជនល្មើស និងទីតាំង
web-leads-link = តម្រុយ និងការស្វែងរក
web-records-heading = ជនរងគ្រោះ ជនល្មើស និងទីតាំងនៃសំណុំរឿង { $case }
web-records-victims = ជនរងគ្រោះ
web-records-offenders = ជនល្មើស
web-records-locations = ទីតាំង
web-records-none = មិនទាន់មានទេ។
web-records-col-label = ឈ្មោះ ឬការពិពណ៌នា
web-records-col-notes = កំណត់ចំណាំ
web-records-col-status = ស្ថានភាព
web-records-col-set-by = កំណត់ដោយ
web-records-col-links = ភ្ជាប់ទៅ
web-records-col-position = ទីតាំងភូមិសាស្ត្រ
web-records-col-description = ការពិពណ៌នា
web-records-set = កំណត់
web-records-new-person = បន្ថែមជនរងគ្រោះ ឬជនល្មើស
web-records-new-location = បន្ថែមទីតាំង
web-records-kind = ប្រភេទ
web-records-add = បន្ថែម
web-records-lat = រយៈទទឹង
web-records-lon = រយៈបណ្តោយ
web-records-link-series = ស៊េរី { $id }
web-records-link-item = ធាតុ { $id }
# Editing records in the pages.
web-records-edit = កែសម្រួល
web-records-save = រក្សាទុក
web-records-unlink = ផ្តាច់
web-records-link-to = ភ្ជាប់ទៅនឹងនេះ
web-records-link-add = ភ្ជាប់
web-records-linked-heading = ជនរងគ្រោះ ជនល្មើស និងទីតាំងនៃសំណុំរឿង { $case } ដែលបានភ្ជាប់នៅទីនេះ
person-kind-victim = ជនរងគ្រោះ
person-kind-offender = ជនល្មើស
id-status-unidentified = មិនទាន់កំណត់អត្តសញ្ញាណ
id-status-identified = បានកំណត់អត្តសញ្ញាណ
id-status-safeguarded = បានការពារសុវត្ថិភាព
lead-status-open = បើក
lead-status-followed = បានតាមដាន
lead-status-closed = បានបិទ
web-search-kind-person = បុគ្គល
web-search-kind-location = ទីតាំង
web-search-kind-lead = តម្រុយ
web-search-kind-series = ស៊េរី
web-leads-heading = តម្រុយនៃសំណុំរឿង { $case }
web-leads-search = ស្វែងរកឈ្មោះ កំណត់ចំណាំ និងតម្រុយ
web-leads-search-button = ស្វែងរក
web-leads-found = រកឃើញ៖ { $count }
web-leads-any = ទាំងអស់
web-leads-col-owner = អ្នកទទួលបន្ទុក
web-leads-filter = ត្រង
web-leads-col-item = ធាតុ
web-leads-col-text = កំណត់ចំណាំ
web-leads-col-rect = តំបន់ (ភីកសែល)
web-leads-nobody = គ្មាននរណាម្នាក់
web-leads-new = ភ្ជាប់តម្រុយទៅធាតុនេះក្នុងសំណុំរឿង { $case }
web-leads-rect-hint = ជាជម្រើស តំបន់មួយនៃរូបភាព៖ អូសនៅលើរូបភាពខាងលើ ឬវាយបញ្ចូលជាភីកសែលនៃរូបដើម៖ x និង y ពីជ្រុងខាងលើឆ្វេង ទទឹង និងកម្ពស់។
web-leads-w = ទទឹង
web-leads-h = កម្ពស់
