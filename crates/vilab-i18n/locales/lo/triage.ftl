### Native review status: NOT REVIEWED.
### These Lao texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Lao speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: match-heading match-label-exact match-label-near-known
### needs-review: match-label-near-other match-label-probed triage-heading
### needs-review: triage-label-linked triage-known triage-near-known
### needs-review: triage-new
### reviewed:

match-heading = ການຈັບຄູ່
match-label-exact = ກົງກັບຊຸດຄ່າແຮຊທຸກປະການ
match-label-near-known = ໃກ້ຄຽງກັບຊຸດຄ່າແຮຊ (PDQ)
match-label-near-other = ໃກ້ຄຽງກັບຄະດີອື່ນ (PDQ)
match-label-probed = ຮູບພາບທີ່ກວດສອບແລ້ວ

triage-heading = ການຄັດແຍກເບື້ອງຕົ້ນ (ເປັນພຽງຂໍ້ສະເໜີ; ຄຳຕັດສິນຂອງຜູ້ກວດກາຈະບໍ່ຖືກຂຽນທັບ)
triage-label-linked = ພົບໃນຄະດີອື່ນນຳ
triage-known = ຮູ້ຈັກແລ້ວ
triage-near-known = ໃກ້ຄຽງກັບທີ່ຮູ້ຈັກແລ້ວ
triage-new = ໃໝ່
