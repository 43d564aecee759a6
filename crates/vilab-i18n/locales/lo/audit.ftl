### Native review status: NOT REVIEWED.
### These Lao texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Lao speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: audit-label-records audit-label-head audit-label-last-signed
### needs-review: audit-unsigned-tail audit-intact audit-broken
### needs-review: audit-problem-gap audit-problem-order audit-problem-hash
### needs-review: audit-problem-checkpoint audit-problem-signature
### needs-review: audit-problem-cut-off
### reviewed:

audit-label-records = ລາຍການບັນທຶກ
audit-label-head = ລາຍການບັນທຶກສຸດທ້າຍ ແລະ ຄ່າແຮຊຂອງມັນ
audit-label-last-signed = ລາຍການບັນທຶກສຸດທ້າຍທີ່ລົງລາຍເຊັນແລ້ວ
audit-unsigned-tail = { $count } ລາຍການບັນທຶກຫຼັງຈາກຈຸດກວດສອບ (checkpoint) ທີ່ລົງລາຍເຊັນຄັ້ງສຸດທ້າຍ (ສ່ວນທ້າຍຂອງຄຳສັ່ງທີ່ບໍ່ສຳເລັດ)
audit-intact = ຕ່ອງໂສ້ບັນທຶກການກວດສອບຄົບຖ້ວນສົມບູນ.
audit-broken = ຕ່ອງໂສ້ບັນທຶກການກວດສອບຂາດຄວາມຕໍ່ເນື່ອງ: ລາຍການບັນທຶກທຳອິດທີ່ຜິດປົກກະຕິແມ່ນ { $seq }.
audit-problem-gap = ລາຍການບັນທຶກ { $first } ຫາ { $last } ສູນຫາຍ
audit-problem-order = ລາຍການບັນທຶກ { $found } ຢູ່ໃນຕຳແໜ່ງທີ່ຄວນເປັນລາຍການບັນທຶກ { $expected }
audit-problem-hash = ຄ່າແຮຊຂອງລາຍການບັນທຶກ { $seq } ບໍ່ກົງກັບຄ່າແຮຊທີ່ເກັບໄວ້: ລາຍການນີ້ ຫຼື ລາຍການກ່ອນໜ້າຖືກແກ້ໄຂ, ແຊກ ຫຼື ຍ້າຍຕຳແໜ່ງ
audit-problem-checkpoint = ຈຸດກວດສອບທີ່ລົງລາຍເຊັນໄວ້ຢູ່ລາຍການບັນທຶກ { $seq } ບໍ່ກົງກັບຕ່ອງໂສ້
audit-problem-signature = ຈຸດກວດສອບຢູ່ລາຍການບັນທຶກ { $seq } ບໍ່ໄດ້ລົງລາຍເຊັນໂດຍຫ້ອງທົດລອງນີ້
audit-problem-cut-off = ບັນທຶກສິ້ນສຸດຢູ່ລາຍການ { $last }, ແຕ່ຈຸດກວດສອບທີ່ລົງລາຍເຊັນໄວ້ອ້າງເຖິງລາຍການ { $checkpoint }: ສ່ວນທ້າຍຂອງບັນທຶກຖືກຕັດອອກ
