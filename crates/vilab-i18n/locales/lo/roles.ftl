### Native review status: NOT REVIEWED.
### These Lao texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Lao speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: role-admin role-analyst role-investigator role-trainer
### needs-review: role-trainee role-partner role-auditor
### needs-review: role-public
### reviewed:

role-admin = ຜູ້ບໍລິຫານລະບົບ
role-analyst = ນັກວິເຄາະ
role-investigator = ເຈົ້າໜ້າທີ່ສືບສວນ
role-trainer = ຄູຝຶກ
role-trainee = ຜູ້ເຂົ້າຮັບການຝຶກອົບຮົມ
role-partner = ອົງການຄູ່ຮ່ວມງານ
role-auditor = ຜູ້ກວດສອບ
# The public role (issue 20).
role-public = ສາທາລະນະຊົນ (ສະເພາະຮູບຕັດທີ່ອະນຸມັດແລ້ວ)
