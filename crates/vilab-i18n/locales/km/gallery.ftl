### Native review status: NOT REVIEWED.
### These Khmer texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Khmer speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: gallery-notice
### needs-review: gallery-prepared-for
### needs-review: gallery-from-lab
### needs-review: gallery-expires
### needs-review: gallery-expired
### needs-review: gallery-expiry-soft
### needs-review: gallery-language
### needs-review: gallery-noscript
### needs-review: gallery-back
### needs-review: gallery-item
### needs-review: gallery-participant
### needs-review: gallery-clue-prompt
### needs-review: gallery-clue-pin-hint
### needs-review: gallery-clue-pinned
### needs-review: gallery-clue-add
### needs-review: gallery-clues-yours
### needs-review: gallery-clues-none
### needs-review: gallery-clues-count
### needs-review: gallery-save-clues
### needs-review: gallery-save-note
### needs-review: gallery-answer-country
### needs-review: gallery-answer-place
### needs-review: gallery-answer-objects
### needs-review: gallery-answer-free-text
### needs-review: gallery-answer-keep
### needs-review: gallery-answer-kept
### needs-review: gallery-save-answers
### needs-review: gallery-country-kh
### needs-review: gallery-country-la
### needs-review: gallery-country-th
### needs-review: gallery-country-vn
### needs-review: gallery-country-other
### needs-review: gallery-object-shop-sign
### needs-review: gallery-object-power-socket
### needs-review: gallery-object-licence-plate
### needs-review: gallery-object-banknote
### needs-review: gallery-object-product-label
### needs-review: gallery-object-other
### needs-review: gallery-verify-ok
### needs-review: gallery-verify-failed
### needs-review: gallery-label-bundle
### needs-review: gallery-label-recipient
### needs-review: gallery-label-expires
### needs-review: gallery-label-fingerprint
### needs-review: gallery-label-files
### needs-review: gallery-label-public-key
### needs-review: gallery-label-skipped
### needs-review: gallery-export-written

# Offline gallery bundles (issue 20).
gallery-notice = រូបភាពដែលបានលុបព័ត៌មានសម្គាល់ ពីការស៊ើបអង្កេតលើសម្ភារៈរំលោភបំពានផ្លូវភេទកុមារ បង្ហាញដើម្បីជួយកំណត់អត្តសញ្ញាណជនរងគ្រោះ និងទីកន្លែង។ សូមកុំចម្លង ចែករំលែក ឬបង្ហោះរូបភាពទាំងនេះ។
gallery-prepared-for = រៀបចំសម្រាប់
gallery-from-lab = ពី
gallery-expires = អាចមើលបានរហូតដល់
gallery-expired = វិចិត្រសាលនេះផុតកាលកំណត់ហើយ៖ រូបភាពលែងបង្ហាញទៀតហើយ។ សូមលុបថតឯកសារនេះចោល។
gallery-expiry-soft = កាលបរិច្ឆេទផុតកំណត់ត្រូវបានពិនិត្យដោយទំព័រទាំងនេះប៉ុណ្ណោះ។ ឯកសារនៅតែនៅលើកុំព្យូទ័រនេះ រហូតដល់អ្នកលុបវាចោល។
gallery-language = ភាសា
gallery-noscript = វិចិត្រសាលនេះត្រូវការ JavaScript។ វាដំណើរការតែលើកុំព្យូទ័រនេះប៉ុណ្ណោះ ហើយមិនផ្ញើអ្វីតាមបណ្ដាញទេ។
gallery-back = ត្រឡប់ទៅវិចិត្រសាលវិញ
gallery-item = ធាតុ
gallery-participant = ឈ្មោះរបស់អ្នក
gallery-clue-prompt = តម្រុយរបស់អ្នក៖ តើអ្នកស្គាល់អ្វីខ្លះ (ទីកន្លែង វត្ថុ ស្លាកសញ្ញា ភាសា)?
gallery-clue-pin-hint = ចុចលើរូបភាព ដើម្បីភ្ជាប់តម្រុយរបស់អ្នកទៅចំណុចមួយ (ស្រេចចិត្ត)។
gallery-clue-pinned = បានភ្ជាប់នឹងរូបភាព
gallery-clue-add = បន្ថែមតម្រុយ
gallery-clues-yours = តម្រុយរបស់អ្នកលើធាតុនេះ
gallery-clues-none = មិនទាន់មានតម្រុយនៅឡើយទេ។
gallery-clues-count = តម្រុយដែលបានវាយក្នុងវិចិត្រសាលនេះ៖
gallery-save-clues = រក្សាទុកតម្រុយរបស់ខ្ញុំជាឯកសារ
gallery-save-note = សូមផ្ញើឯកសារដែលបានរក្សាទុក ទៅមន្ទីរពិសោធន៍ដែលបានរៀបចំវិចិត្រសាលនេះ។
gallery-answer-country = ប្រទេស
gallery-answer-place = ទីកន្លែង (ក្រុង ស្រុក ខេត្ត)
gallery-answer-objects = វត្ថុដែលអ្នកនឹងតាមដាន
gallery-answer-free-text = ហេតុផលរបស់អ្នក
gallery-answer-keep = រក្សាចម្លើយរបស់ខ្ញុំ
gallery-answer-kept = បានរក្សាចម្លើយ
gallery-save-answers = រក្សាទុកចម្លើយរបស់ខ្ញុំជាឯកសារ
gallery-country-kh = កម្ពុជា
gallery-country-la = ឡាវ
gallery-country-th = ថៃ
gallery-country-vn = វៀតណាម
gallery-country-other = ប្រទេសផ្សេងទៀត
gallery-object-shop-sign = ស្លាកហាង
gallery-object-power-socket = ព្រីភ្លើង
gallery-object-licence-plate = ស្លាកលេខយានយន្ត
gallery-object-banknote = ក្រដាសប្រាក់
gallery-object-product-label = ស្លាកផលិតផល
gallery-object-other = វត្ថុផ្សេងទៀត
gallery-verify-ok = បានផ្ទៀងផ្ទាត់កញ្ចប់៖ ហត្ថលេខារបស់មន្ទីរពិសោធន៍ត្រឹមត្រូវ ឯកសារនីមួយៗមានក្នុងបញ្ជីជាមួយតម្លៃហាស ហើយគ្មានអ្វីផ្សេងទៀតនៅទីនោះទេ។
gallery-verify-failed = កញ្ចប់មិនអាចផ្ទៀងផ្ទាត់បានទេ៖ { $path }: { $detail }
gallery-label-bundle = កញ្ចប់
gallery-label-recipient = រៀបចំសម្រាប់
gallery-label-expires = អាចមើលបានរហូតដល់
gallery-label-fingerprint = ស្នាមម្រាមដៃនៃសោរបស់មន្ទីរពិសោធន៍
gallery-label-files = ឯកសារ
gallery-label-public-key = សោសាធារណៈរបស់មន្ទីរពិសោធន៍
gallery-label-skipped = បានទុកចោល (គ្មានរូបភាពបច្ចុប្បន្ន)
gallery-export-written = បានសរសេរកញ្ចប់ទៅ { $path } ដែលមាន { $items } ធាតុ។ សូមផ្តល់សោសាធារណៈរបស់មន្ទីរពិសោធន៍ដល់អ្នកទទួល ដើម្បីផ្ទៀងផ្ទាត់វា៖ vilab gallery verify --key KEY FOLDER។
