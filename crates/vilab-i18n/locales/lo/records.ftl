### Native review status: NOT REVIEWED.
### These Lao texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Lao speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: web-records-link web-leads-link web-records-heading web-records-victims
### needs-review: web-records-offenders web-records-locations web-records-none web-records-col-label
### needs-review: web-records-col-notes web-records-col-status web-records-col-set-by web-records-col-links
### needs-review: web-records-col-position web-records-col-description web-records-set web-records-new-person
### needs-review: web-records-new-location web-records-kind web-records-add web-records-lat
### needs-review: web-records-lon web-records-link-series web-records-link-item person-kind-victim
### needs-review: person-kind-offender id-status-unidentified id-status-identified id-status-safeguarded
### needs-review: lead-status-open lead-status-followed lead-status-closed web-search-kind-person
### needs-review: web-search-kind-location web-search-kind-lead web-search-kind-series web-leads-heading
### needs-review: web-leads-search web-leads-search-button web-leads-found web-leads-any
### needs-review: web-leads-col-owner web-leads-filter web-leads-col-item web-leads-col-text
### needs-review: web-leads-col-rect web-leads-nobody web-leads-new web-leads-rect-hint
### needs-review: web-leads-w web-leads-h
### needs-review: web-records-edit web-records-save web-records-unlink web-records-link-to web-records-link-add web-records-linked-heading
### reviewed:

## Records beside the media: victims, offenders, locations, leads, search
## (the browser lab's records and leads pages, the media page's lead form).

web-records-link = ຜູ້ເຄາະຮ້າຍ, ຜູ້ກະທຳຜິດ ແລະ ສະຖານທີ່
web-leads-link = ເບາະແສ ແລະ ການຄົ້ນຫາ
web-records-heading = ຜູ້ເຄາະຮ້າຍ, ຜູ້ກະທຳຜິດ ແລະ ສະຖານທີ່ຂອງຄະດີ { $case }
web-records-victims = ຜູ້ເຄາະຮ້າຍ
web-records-offenders = ຜູ້ກະທຳຜິດ
web-records-locations = ສະຖານທີ່
web-records-none = ຍັງບໍ່ມີ.
web-records-col-label = ຊື່ ຫຼື ຄຳອະທິບາຍ
web-records-col-notes = ບັນທຶກ
web-records-col-status = ສະຖານະ
web-records-col-set-by = ກຳນົດໂດຍ
web-records-col-links = ເຊື່ອມໂຍງກັບ
web-records-col-position = ຕຳແໜ່ງ
web-records-col-description = ຄຳອະທິບາຍ
web-records-set = ກຳນົດ
web-records-new-person = ເພີ່ມຜູ້ເຄາະຮ້າຍ ຫຼື ຜູ້ກະທຳຜິດ
web-records-new-location = ເພີ່ມສະຖານທີ່
web-records-kind = ປະເພດ
web-records-add = ເພີ່ມ
web-records-lat = ເສັ້ນຂະໜານ
web-records-lon = ເສັ້ນແວງ
web-records-link-series = ຊຸດ { $id }
web-records-link-item = ລາຍການ { $id }
# Editing records in the pages.
web-records-edit = ແກ້ໄຂ
web-records-save = ບັນທຶກ
web-records-unlink = ຍົກເລີກການເຊື່ອມ
web-records-link-to = ເຊື່ອມກັບສິ່ງນີ້
web-records-link-add = ເຊື່ອມ
web-records-linked-heading = ຜູ້ເຄາະຮ້າຍ, ຜູ້ກະທຳຜິດ ແລະ ສະຖານທີ່ຂອງຄະດີ { $case } ທີ່ເຊື່ອມຢູ່ນີ້
person-kind-victim = ຜູ້ເຄາະຮ້າຍ
person-kind-offender = ຜູ້ກະທຳຜິດ
id-status-unidentified = ຍັງບໍ່ໄດ້ລະບຸຕົວຕົນ
id-status-identified = ລະບຸຕົວຕົນແລ້ວ
id-status-safeguarded = ໄດ້ຮັບການປົກປ້ອງແລ້ວ
lead-status-open = ເປີດຢູ່
lead-status-followed = ຕິດຕາມແລ້ວ
lead-status-closed = ປິດແລ້ວ
web-search-kind-person = ບຸກຄົນ
web-search-kind-location = ສະຖານທີ່
web-search-kind-lead = ເບາະແສ
web-search-kind-series = ຊຸດ
web-leads-heading = ເບາະແສຂອງຄະດີ { $case }
web-leads-search = ຄົ້ນຫາຊື່, ບັນທຶກ ແລະ ເບາະແສ
web-leads-search-button = ຄົ້ນຫາ
web-leads-found = ພົບ: { $count }
web-leads-any = ທັງໝົດ
web-leads-col-owner = ຜູ້ຮັບຜິດຊອບ
web-leads-filter = ກັ່ນຕອງ
web-leads-col-item = ລາຍການ
web-leads-col-text = ບັນທຶກ
web-leads-col-rect = ພື້ນທີ່ (ພິກເຊວ)
web-leads-nobody = ບໍ່ມີໃຜ
web-leads-new = ປັກເບາະແສໃສ່ລາຍການນີ້ໃນຄະດີ { $case }
web-leads-rect-hint = ຖ້າຕ້ອງການ, ພື້ນທີ່ໜຶ່ງຂອງຮູບ: ລາກເທິງຮູບຂ້າງເທິງ ຫຼື ພິມເປັນພິກເຊວຂອງຮູບຕົ້ນສະບັບ: x ແລະ y ຈາກມຸມຊ້າຍເທິງ, ຄວາມກວ້າງ ແລະ ຄວາມສູງ.
web-leads-w = ຄວາມກວ້າງ
web-leads-h = ຄວາມສູງ
