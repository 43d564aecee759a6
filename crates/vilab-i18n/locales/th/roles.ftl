### Native review status: NOT REVIEWED.
### These Thai texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Thai speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: role-admin role-analyst role-investigator role-trainer
### needs-review: role-trainee role-partner role-auditor
### needs-review: role-public
### reviewed:

role-admin = ผู้ดูแลระบบ
role-analyst = นักวิเคราะห์
role-investigator = เจ้าหน้าที่สืบสวน
role-trainer = ผู้ฝึกอบรม
role-trainee = ผู้เข้ารับการฝึกอบรม
role-partner = หน่วยงานพันธมิตร
role-auditor = ผู้ตรวจสอบ
# The public role (issue 20).
role-public = สาธารณชน (เฉพาะภาพตัดที่อนุมัติแล้ว)
