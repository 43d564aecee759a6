### Native review status: NOT REVIEWED.
### These Lao texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Lao speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: hashset-import-interrupted hashset-import-finishing
### needs-review: hashset-imported
### reviewed:

hashset-import-interrupted = ການນຳເຂົ້າຖືກຢຸດດ້ວຍ Ctrl-C; ບໍ່ມີຂໍ້ມູນໃດຖືກເກັບຮັກສາ, ກະລຸນາແລ່ນຄຳສັ່ງເດີມອີກຄັ້ງ
hashset-import-finishing = ອ່ານໄຟລ໌ແລ້ວ; ກຳລັງສ້າງດັດຊະນີຄ່າແຮຊ ແລະ ບັນທຶກຂໍ້ມູນ
hashset-imported = ນຳເຂົ້າຊຸດຄ່າແຮຊ { $name } ແລ້ວ ({ $entries } ລາຍການ, ໂປຣໄຟລ໌ { $profile }, ຮູບແບບ { $format })
