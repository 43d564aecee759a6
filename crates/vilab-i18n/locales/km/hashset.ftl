### Native review status: NOT REVIEWED.
### These Khmer texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Khmer speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: hashset-import-interrupted hashset-import-finishing
### needs-review: hashset-imported
### needs-review: hashset-label-name hashset-label-entries
### needs-review: hashset-label-profile hashset-label-format hashset-label-uid
### needs-review: hashset-label-source hashset-label-imported hashset-exported
### needs-review: hashset-removed
### reviewed:

hashset-import-interrupted = ការនាំចូលត្រូវបានបញ្ឈប់ដោយ Ctrl-C។ គ្មានទិន្នន័យណាមួយត្រូវបានរក្សាទុកទេ សូមដំណើរការពាក្យបញ្ជាដដែលម្តងទៀត
hashset-import-finishing = បានអានឯកសាររួចហើយ។ កំពុងធ្វើលិបិក្រមតម្លៃ hash និងរក្សាទុក
hashset-imported = បាននាំចូលសំណុំ hash { $name } (ធាតុចំនួន { $entries }, ប្រវត្តិរូប { $profile }, ទម្រង់ { $format })

hashset-label-name = ឈ្មោះ
hashset-label-entries = ចំនួនធាតុ
hashset-label-profile = ប្រវត្តិរូបចំណាត់ថ្នាក់
hashset-label-format = ទម្រង់
hashset-label-uid = uid
hashset-label-source = SHA-256 នៃឯកសារដែលបាននាំចូល
hashset-label-imported = ពេលនាំចូល
hashset-exported = បាននាំចេញធាតុចំនួន { $records } ទៅ { $file }
hashset-removed = បានលុបសំណុំ hash { $name } (ធាតុចំនួន { $entries })
