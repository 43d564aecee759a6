### Native review status: NOT REVIEWED.
### These Lao texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Lao speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: backup-progress backup-stage-snapshot backup-stage-blobs
### needs-review: backup-stage-verify backup-done backup-label-blobs backup-label-bytes
### needs-review: backup-note restore-needs-user restore-done
### needs-review: error-backup-needs-encryption error-backup-invalid error-file-exists
### needs-review: hashset-profiles-set hashset-profiles-encrypted hashset-profiles-none

backup-progress = { $stage }: ໄຟລ໌ທີ່ເກັບໄວ້ { $done }/{ $total }, { $mb_per_second } MB/s, { $eta }
backup-stage-snapshot = ພາບຖ່າຍຂອງຖານຂໍ້ມູນ
backup-stage-blobs = ໄຟລ໌ທີ່ເກັບໄວ້
backup-stage-verify = ກຳລັງກວດສອບຫ້ອງທົດລອງທີ່ກູ້ຄືນ
backup-done = ຂຽນການສຳຮອງຂໍ້ມູນໄປທີ່ { $file } ແລ້ວ. ມັນຖືກເຂົ້າລະຫັດດ້ວຍກະແຈຂອງຫ້ອງທົດລອງ: ມີພຽງວະລີລະຫັດຜ່ານ ຫຼື ກະແຈກູ້ຄືນຂອງຫ້ອງທົດລອງເທົ່ານັ້ນທີ່ເປີດມັນໄດ້.
backup-label-blobs = ໄຟລ໌ທີ່ເກັບໄວ້
backup-label-bytes = ຂະໜາດໄຟລ໌ສຳຮອງ (ໄບຕ໌)
backup-note = ເກັບການສຳຮອງຂໍ້ມູນໄວ້ຫ່າງຈາກຄອມພິວເຕີນີ້. ກູ້ຄືນມັນດ້ວຍ: vilab restore FILE --lab NEW-LAB --user ADMINISTRATOR
restore-needs-user = ລະບຸຜູ້ບໍລິຫານລະບົບຂອງຫ້ອງທົດລອງທີ່ສຳຮອງໄວ້ດ້ວຍ --user (ລະຫັດຜ່ານອ່ານຈາກ VILAB_PASSWORD_FILE ຫຼື ຖືກຖາມ)
restore-done = ຫ້ອງທົດລອງ { $path } ຖືກກູ້ຄືນແລ້ວ: ທຸກໄຟລ໌ທີ່ເກັບໄວ້, ຖານຂໍ້ມູນ ແລະ ບັນທຶກການກວດສອບໄດ້ຖືກກວດແລ້ວ.
error-backup-needs-encryption = ຫ້ອງທົດລອງ { $path } ບໍ່ໄດ້ເຂົ້າລະຫັດ: ການສຳຮອງຂໍ້ມູນຈະບັນຈຸຫຼັກຖານຂອງມັນແບບບໍ່ເຂົ້າລະຫັດ. ໃຫ້ເຂົ້າລະຫັດມັນກ່ອນດ້ວຍ `vilab lab encrypt`, ແລ້ວຈຶ່ງສຳຮອງ.
error-backup-invalid = { $path } ບໍ່ແມ່ນການສຳຮອງຂໍ້ມູນຂອງ vilab, ຫຼື ມັນຖືກດັດແປງ, ເສຍຫາຍ ຫຼື ຖືກຕັດສັ້ນ: ບໍ່ມີຫຍັງຖືກກູ້ຄືນ.
error-file-exists = { $file } ມີຢູ່ແລ້ວ: ບໍ່ມີຫຍັງຖືກຂຽນທັບ. ກະລຸນາເລືອກຊື່ອື່ນ.

hashset-profiles-set = ໂປຣໄຟລ໌ຂອງຫ້ອງທົດລອງເອງຖືກແທນທີ່ແລ້ວ: { $count } ({ $names }). ໂປຣໄຟລ໌ທີ່ມີມາໃນຕົວຍັງຄົງຢູ່.
hashset-profiles-encrypted = ພວກມັນຖືກເກັບແບບເຂົ້າລະຫັດໃນຫ້ອງທົດລອງ. ໄຟລ໌ { $file } ເອງບໍ່ໄດ້ເຂົ້າລະຫັດ: ໃຫ້ລຶບມັນ ຫຼື ເກັບມັນໃຫ້ປອດໄພເທົ່າກັບຫ້ອງທົດລອງ.
hashset-profiles-none = ຫ້ອງທົດລອງບໍ່ມີໂປຣໄຟລ໌ຂອງຕົນເອງ: ໃຊ້ພຽງແຕ່ໂປຣໄຟລ໌ທີ່ມີມາໃນຕົວເທົ່ານັ້ນ.
