### Native review status: NOT REVIEWED.
### These Lao texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Lao speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: web-regions-heading web-regions-tool web-regions-tool-rect web-regions-tool-polygon web-regions-kind
### needs-review: web-regions-kind-face web-regions-kind-body web-regions-kind-mark web-regions-kind-text web-regions-kind-other
### needs-review: web-regions-kind-object web-regions-treatment web-regions-treatment-fill web-regions-treatment-pixelate web-regions-treatment-blur
### needs-review: web-regions-weak-warning web-regions-help web-regions-close web-regions-suggest web-regions-accept
### needs-review: web-regions-no-faces web-regions-none web-regions-col-version web-regions-col-who web-regions-col-when
### needs-review: web-regions-col-source web-regions-source-drawn web-regions-source-suggested web-regions-delete web-regions-audience-partner
### needs-review: web-regions-audience-trainee web-regions-audience-public web-renditions-heading web-renditions-make web-renditions-none
### needs-review: web-renditions-col-audience web-renditions-col-maker web-renditions-col-state web-renditions-stale web-renditions-approved-by
### needs-review: web-renditions-awaiting web-renditions-approve

## Regions and renditions on the media page (issue 20): the drawing
## tools, face suggestions, the list of regions, renditions per audience.

web-regions-heading = ພື້ນທີ່ຂອງຄະດີ { $case }
web-regions-tool = ແຕ້ມ
web-regions-tool-rect = ຮູບສີ່ຫຼ່ຽມ (ລາກ)
web-regions-tool-polygon = ຮູບຫຼາຍຫຼ່ຽມ (ຄລິກທີ່ມຸມຂອງມັນ)
web-regions-kind = ປະເພດ
web-regions-kind-face = ໃບໜ້າ
web-regions-kind-body = ຮ່າງກາຍ
web-regions-kind-mark = ເຄື່ອງໝາຍລະບຸຕົວຕົນ
web-regions-kind-text = ຂໍ້ຄວາມ
web-regions-kind-other = ການປິດບັງອື່ນໆ
web-regions-kind-object = ວັດຖຸທີ່ຈະສະແດງ
web-regions-treatment = ວິທີປິດບັງ
web-regions-treatment-fill = ຖົມສີທັງໝົດ
web-regions-treatment-pixelate = ເຮັດເປັນພິກເຊວ
web-regions-treatment-blur = ເຮັດໃຫ້ມົວ
web-regions-weak-warning = ການເຮັດເປັນພິກເຊວ ແລະ ການເຮັດໃຫ້ມົວ ທັງສອງອ່ອນກວ່າການຖົມສີ: ໃບໜ້າ ຫຼື ເຄື່ອງໝາຍ ອາດຍັງຖືກຈື່ໄດ້. ເລືອກໃຊ້ສະເພາະບ່ອນທີ່ການຖົມສີຈະບັງສິ່ງທີ່ຜູ້ເບິ່ງຕ້ອງເຫັນເທົ່ານັ້ນ.
web-regions-help = ລາກເທິງຮູບເພື່ອແຕ້ມຮູບສີ່ຫຼ່ຽມ; ສຳລັບຮູບຫຼາຍຫຼ່ຽມ ຄລິກທີ່ມຸມຂອງມັນ ແລ້ວຄລິກສອງເທື່ອ ຫຼື ກົດ ປິດຮູບຫຼາຍຫຼ່ຽມ. ຕຳແໜ່ງເປັນພິກເຊວຂອງຮູບຕົ້ນສະບັບ.
web-regions-close = ປິດຮູບຫຼາຍຫຼ່ຽມ
web-regions-suggest = ສະເໜີໃບໜ້າ
web-regions-accept = ຮັບເອົາ
web-regions-no-faces = ບໍ່ພົບໃບໜ້າ.
web-regions-none = ຍັງບໍ່ມີພື້ນທີ່.
web-regions-col-version = ສະບັບ
web-regions-col-who = ໂດຍ
web-regions-col-when = ເວລາ
web-regions-col-source = ແຫຼ່ງທີ່ມາ
web-regions-source-drawn = ແຕ້ມດ້ວຍມື
web-regions-source-suggested = ຖືກສະເໜີ, ຮັບເອົາແລ້ວ
web-regions-delete = ລຶບ
web-regions-audience-partner = ອົງການຄູ່ຮ່ວມງານ
web-regions-audience-trainee = ຜູ້ເຂົ້າຮັບການຝຶກອົບຮົມ
web-regions-audience-public = ສາທາລະນະຊົນ
web-renditions-heading = ສະບັບສະແດງຂອງຄະດີ { $case }
web-renditions-make = ສ້າງສຳລັບ { $audience }
web-renditions-none = ຍັງບໍ່ມີສະບັບສະແດງ.
web-renditions-col-audience = ກຸ່ມຜູ້ຊົມ
web-renditions-col-maker = ສ້າງໂດຍ
web-renditions-col-state = ສະຖານະ
web-renditions-stale = ລ້າສະໄໝ: ພື້ນທີ່ໜຶ່ງປ່ຽນແປງ
web-renditions-approved-by = ອະນຸມັດໂດຍ { $who }
web-renditions-awaiting = ລໍຖ້າການອະນຸມັດຈາກນັກວິເຄາະຄົນທີສອງ
web-renditions-approve = ອະນຸມັດ
