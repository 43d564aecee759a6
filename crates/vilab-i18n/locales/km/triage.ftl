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
