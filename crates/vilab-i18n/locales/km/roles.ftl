### Native review status: NOT REVIEWED.
### These Khmer texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Khmer speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: role-admin role-analyst role-investigator role-trainer
### needs-review: role-trainee role-partner role-auditor
### needs-review: role-public
### reviewed:

role-admin = អ្នកគ្រប់គ្រងប្រព័ន្ធ
role-analyst = អ្នកវិភាគ
role-investigator = អ្នកស៊ើបអង្កេត
role-trainer = គ្រូបណ្តុះបណ្តាល
role-trainee = សិក្ខាកាម
role-partner = ស្ថាប័នដៃគូ
role-auditor = សវនករ
# The public role (issue 20).
role-public = សាធារណជន (តែរូបកាត់ដែលបានអនុម័ត)
