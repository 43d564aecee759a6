### Native review status: NOT REVIEWED.
### These Lao texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Lao speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: interrupt-requested terminate-requested interrupt-forced
### needs-review: outcome-allowed outcome-denied outcome-failed list-none
### reviewed:

interrupt-requested = ກຳລັງຢຸດ ຫຼັງຈາກໄຟລ໌ທີ່ກຳລັງດຳເນີນການຢູ່ສຳເລັດ (ກົດ Ctrl-C ອີກຄັ້ງເພື່ອອອກທັນທີ). ແລ່ນຄຳສັ່ງເດີມອີກຄັ້ງເພື່ອດຳເນີນການຕໍ່.
terminate-requested = ໄດ້ຮັບຄຳຮ້ອງຂໍໃຫ້ຢຸດເຊົາ: ຈະຢຸດຫຼັງຈາກໄຟລ໌ທີ່ກຳລັງດຳເນີນການຢູ່ສຳເລັດ. ແລ່ນຄຳສັ່ງເດີມອີກຄັ້ງເພື່ອດຳເນີນການຕໍ່.
interrupt-forced = ໄດ້ຢຸດທັນທີ. ຂໍ້ມູນທີ່ບັນທຶກແລ້ວຍັງຄົງຢູ່; ແລ່ນຄຳສັ່ງເດີມອີກຄັ້ງເພື່ອດຳເນີນການຕໍ່.

outcome-allowed = ອະນຸຍາດ
outcome-denied = ປະຕິເສດ
outcome-failed = ລົ້ມເຫຼວ

list-none = ບໍ່ມີ
