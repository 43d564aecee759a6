### Native review status: NOT REVIEWED.
### These Khmer texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Khmer speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: hashset-import-interrupted hashset-import-finishing
### needs-review: hashset-imported
### reviewed:

hashset-import-interrupted = ការនាំចូលត្រូវបានបញ្ឈប់ដោយ Ctrl-C។ គ្មានទិន្នន័យណាមួយត្រូវបានរក្សាទុកទេ សូមដំណើរការពាក្យបញ្ជាដដែលម្តងទៀត
hashset-import-finishing = បានអានឯកសាររួចហើយ។ កំពុងធ្វើលិបិក្រមតម្លៃ hash និងរក្សាទុក
hashset-imported = បាននាំចូលសំណុំ hash { $name } (ធាតុចំនួន { $entries }, ប្រវត្តិរូប { $profile }, ទម្រង់ { $format })
