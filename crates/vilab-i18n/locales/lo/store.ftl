### Native review status: NOT REVIEWED.
### These Lao texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Lao speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: store-verify-clean store-verify-problems store-repair-hint
### needs-review: store-stale-temps store-stale-temp-failed
### reviewed:

store-verify-clean = ກວດສອບຄັງຫຼັກຖານແລ້ວ: ທຸກກ້ອນຂໍ້ມູນ (blob) ກົງກັບ SHA-256 ຂອງມັນ.
store-verify-problems = ພົບບັນຫາໃນຄັງຫຼັກຖານ:
store-repair-hint = ສ້ອມແປງ   ພົບ { $sha256 } ໃນຄະດີ '{ $case }', ວັດຖຸພະຍານ '{ $exhibit }', ທີ່ { $place }: ເພື່ອກູ້ຄືນ, ກະລຸນານຳເຂົ້າຕົ້ນສະບັບອີກຄັ້ງດ້ວຍ --repair: { $command }
store-stale-temps = ໄດ້ລຶບໄຟລ໌ຊົ່ວຄາວ { $count } ໄຟລ໌ ຂະໜາດ { $bytes } ໄບຕ໌ ທີ່ຄ້າງຢູ່ຈາກການຂຽນທີ່ບໍ່ສຳເລັດ (ລະບົບຂັດຂ້ອງ ຫຼື ຖືກບັງຄັບໃຫ້ຢຸດ)
store-stale-temp-failed = ບໍ່ສາມາດລຶບ { $path }: { $reason }
