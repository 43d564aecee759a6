### Native review status: NOT REVIEWED.
### These Khmer texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Khmer speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: match-heading match-label-exact match-label-near-known
### needs-review: match-label-near-other match-label-probed triage-heading
### needs-review: triage-label-linked triage-known triage-near-known
### needs-review: triage-new
### needs-review: match-probed triage-category triage-source
### needs-review: category-uncategorized category-number category-vic-us-0
### needs-review: category-vic-us-1 category-vic-us-2 category-vic-us-3
### needs-review: category-vic-us-4 category-dhs-0 category-dhs-1
### needs-review: category-dhs-2 category-dhs-3 category-dhs-4 category-dhs-5
### needs-review: category-caid-1 category-caid-2 category-caid-3
### reviewed:

match-heading = ការផ្ទៀងផ្ទាត់ភាពត្រូវគ្នា
match-label-exact = ត្រូវគ្នាទាំងស្រុងជាមួយសំណុំ hash
match-label-near-known = ត្រូវគ្នាតាម PDQ ជាមួយសំណុំ hash
match-label-near-other = ត្រូវគ្នាតាម PDQ ជាមួយសំណុំរឿងផ្សេង
match-label-probed = រូបភាពដែលបានពិនិត្យ

triage-heading = ការចាត់ថ្នាក់បឋម (គ្រាន់តែជាសំណើប៉ុណ្ណោះ មិនសរសេរជាន់លើការសម្រេចរបស់អ្នកត្រួតពិនិត្យឡើយ)
triage-label-linked = មានក្នុងសំណុំរឿងផ្សេងទៀតផងដែរ
triage-known = ស្គាល់រួច
triage-near-known = ស្រដៀងនឹងដែលស្គាល់រួច
triage-new = ថ្មី

match-probed = { $probed } (ធៀបនឹង { $known } + { $other } PDQ)
triage-category = ចំណាត់ថ្នាក់ { $category }
triage-source = ប្រភព { $source }
category-uncategorized = មិនទាន់ចាត់ថ្នាក់
category-number = ចំណាត់ថ្នាក់ { $number }

category-vic-us-0 = មិនពាក់ព័ន្ធ
category-vic-us-1 = សម្ភារៈរំលោភបំពានកុមារ (CAM)
category-vic-us-2 = សម្ភារៈកេងប្រវ័ញ្ចកុមារ (មិនមែន CAM) / ពិបាកកំណត់អាយុ
category-vic-us-3 = រូបភាពបង្កើតដោយកុំព្យូទ័រ (CGI) / គំនូរជីវចល
category-vic-us-4 = រូបភាពសម្រាប់ប្រៀបធៀប
category-dhs-0 = CAT-0 មិនទាន់ចាត់ថ្នាក់
category-dhs-1 = CAT-1
category-dhs-2 = CAT-2
category-dhs-3 = CAT-3
category-dhs-4 = CAT-4
category-dhs-5 = CAT-5 មិនពាក់ព័ន្ធ
category-caid-1 = A
category-caid-2 = B
category-caid-3 = C
