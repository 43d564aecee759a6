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
### needs-review: match-probed triage-category triage-source
### needs-review: category-uncategorized category-number category-vic-us-0
### needs-review: category-vic-us-1 category-vic-us-2 category-vic-us-3
### needs-review: category-vic-us-4 category-dhs-0 category-dhs-1
### needs-review: category-dhs-2 category-dhs-3 category-dhs-4 category-dhs-5
### needs-review: category-caid-1 category-caid-2 category-caid-3
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

match-probed = { $probed } (ທຽບກັບ { $known } + { $other } PDQ)
triage-category = ໝວດໝູ່ { $category }
triage-source = ແຫຼ່ງທີ່ມາ { $source }
category-uncategorized = ຍັງບໍ່ໄດ້ຈັດໝວດໝູ່
category-number = ໝວດໝູ່ { $number }

category-vic-us-0 = ບໍ່ກ່ຽວຂ້ອງ
category-vic-us-1 = ສື່ການລ່ວງລະເມີດເດັກ (CAM)
category-vic-us-2 = ສື່ທີ່ຂູດຮີດເດັກ (ບໍ່ແມ່ນ CAM) / ຍາກທີ່ຈະລະບຸອາຍຸ
category-vic-us-3 = ພາບທີ່ສ້າງດ້ວຍຄອມພິວເຕີ (CGI) / ພາບເຄື່ອນໄຫວ
category-vic-us-4 = ພາບສຳລັບປຽບທຽບ
category-dhs-0 = CAT-0 ຍັງບໍ່ໄດ້ຈັດໝວດໝູ່
category-dhs-1 = CAT-1
category-dhs-2 = CAT-2
category-dhs-3 = CAT-3
category-dhs-4 = CAT-4
category-dhs-5 = CAT-5 ບໍ່ກ່ຽວຂ້ອງ
category-caid-1 = A
category-caid-2 = B
category-caid-3 = C
