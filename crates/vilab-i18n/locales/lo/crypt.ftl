### Native review status: NOT REVIEWED.
### These Lao texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Lao speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: unlock-passphrase-prompt unlock-unreadable unlock-file-unreadable
### needs-review: unlock-file-empty unlock-new-prompt unlock-new-again unlock-new-mismatch
### needs-review: unlock-new-needs-terminal init-encrypted init-label-recovery-key
### needs-review: init-recovery-key-note init-no-encrypt-warning lab-passphrase-changed
### needs-review: lab-recovery-key-replaced demo-label-passphrase demo-passphrase-note
### needs-review: error-lab-locked error-wrong-passphrase error-wrong-recovery-key
### needs-review: error-lab-keys-invalid error-lab-not-encrypted
### needs-review: lab-encrypt-done lab-encrypt-already

unlock-passphrase-prompt = ວະລີລະຫັດຜ່ານຂອງຫ້ອງທົດລອງ { $path }:
unlock-unreadable = ບໍ່ສາມາດອ່ານວະລີລະຫັດຜ່ານຈາກເທີມິນອລໄດ້
unlock-file-unreadable = ບໍ່ສາມາດອ່ານໄຟລ໌ { $file } ໄດ້
unlock-file-empty = ໄຟລ໌ { $file } ຫວ່າງເປົ່າ: ແຖວທຳອິດຂອງມັນຕ້ອງມີວະລີລະຫັດຜ່ານ ຫຼື ກະແຈກູ້ຄືນ
unlock-new-prompt = ວະລີລະຫັດຜ່ານໃໝ່ຂອງຫ້ອງທົດລອງ:
unlock-new-again = ວະລີລະຫັດຜ່ານໃໝ່ອີກຄັ້ງ:
unlock-new-mismatch = ວະລີລະຫັດຜ່ານທັງສອງບໍ່ຄືກັນ; ບໍ່ມີຫຍັງຖືກສ້າງ ຫຼື ປ່ຽນແປງ
unlock-new-needs-terminal = ບໍ່ມີເທີມິນອລເພື່ອຖາມວະລີລະຫັດຜ່ານໃໝ່: ໃຫ້ມັນຢູ່ໃນໄຟລ໌ (ແຖວທຳອິດ)
init-encrypted = ຫ້ອງທົດລອງຖືກເຂົ້າລະຫັດແລ້ວ: ຖ້າບໍ່ມີວະລີລະຫັດຜ່ານ ຫຼື ກະແຈກູ້ຄືນຂອງມັນ, ບໍ່ມີຫຍັງໃນນັ້ນທີ່ອ່ານໄດ້.
init-label-recovery-key = ກະແຈກູ້ຄືນ
init-recovery-key-note = ຂຽນກະແຈກູ້ຄືນໄວ້ດຽວນີ້ ແລະ ເກັບມັນໄວ້ໃນບ່ອນລັອກ ຫ່າງຈາກຄອມພິວເຕີນີ້: ມັນຈະສະແດງພຽງຄັ້ງດຽວນີ້, ແລະ ມັນເປີດຫ້ອງທົດລອງໄດ້ຖ້າວະລີລະຫັດຜ່ານເສຍ.
init-no-encrypt-warning = ຄຳເຕືອນ: ຫ້ອງທົດລອງ { $path } ບໍ່ໄດ້ເຂົ້າລະຫັດ: ໃຜກໍຕາມທີ່ຖືດິສນີ້ສາມາດອ່ານຫຼັກຖານ, ຮູບຫຍໍ້, ຊື່ຄະດີ ແລະ ບັນທຶກການກວດສອບຂອງມັນໄດ້. ໃຊ້ --no-encrypt ສະເພາະເທິງດິສທີ່ເຂົ້າລະຫັດທັງໝົດ, ຫຼື ສຳລັບການທົດສອບເທົ່ານັ້ນ.
lab-passphrase-changed = ວະລີລະຫັດຜ່ານຂອງຫ້ອງທົດລອງ { $path } ຖືກປ່ຽນແລ້ວ; ອັນເກົ່າເປີດມັນບໍ່ໄດ້ອີກ. ຂໍ້ມູນບໍ່ໄດ້ຖືກຂຽນໃໝ່.
lab-recovery-key-replaced = ກະແຈກູ້ຄືນຂອງຫ້ອງທົດລອງ { $path } ຖືກແທນທີ່ແລ້ວ; ອັນເກົ່າເປີດມັນບໍ່ໄດ້ອີກ.
demo-label-passphrase = ວະລີລະຫັດຜ່ານຂອງຫ້ອງທົດລອງ
demo-passphrase-note = ຫ້ອງທົດລອງສາທິດຖືກເຂົ້າລະຫັດ: ວະລີລະຫັດຜ່ານຂ້າງເທິງສະແດງພຽງຄັ້ງດຽວນີ້. ຄຳສັ່ງເທິງຫ້ອງທົດລອງສາທິດຈະຖາມຫາມັນ (ຫຼື ອ່ານມັນຈາກໄຟລ໌ທີ່ VILAB_PASSPHRASE_FILE ບອກຊື່).
error-lab-locked = ຫ້ອງທົດລອງ { $path } ຖືກເຂົ້າລະຫັດ: ໃຫ້ວະລີລະຫັດຜ່ານຂອງມັນ (ຖາມເທິງເທີມິນອລ, ຫຼື ໃນໄຟລ໌ທີ່ VILAB_PASSPHRASE_FILE ບອກຊື່) ຫຼື ກະແຈກູ້ຄືນຂອງມັນ (VILAB_RECOVERY_KEY_FILE).
error-wrong-passphrase = ວະລີລະຫັດຜ່ານຜິດ: ຫ້ອງທົດລອງຍັງຖືກລັອກ; ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
error-wrong-recovery-key = ກະແຈກູ້ຄືນຜິດ ຫຼື ພິມຜິດ: ຫ້ອງທົດລອງຍັງຖືກລັອກ; ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
error-lab-keys-invalid = ກະແຈຂອງຫ້ອງທົດລອງເປີດໄຟລ໌ຂອງມັນບໍ່ໄດ້: ຊ່ອງກະແຈ ຫຼື ໄຟລ໌ທີ່ເຂົ້າລະຫັດຖືກດັດແປງ ຫຼື ເສຍຫາຍ, ຫຼື ເປັນຂອງຫ້ອງທົດລອງອື່ນ.
error-lab-not-encrypted = ຫ້ອງທົດລອງ { $path } ບໍ່ໄດ້ເຂົ້າລະຫັດ: ມັນບໍ່ມີວະລີລະຫັດຜ່ານ ຫຼື ກະແຈກູ້ຄືນໃຫ້ປ່ຽນ.
lab-encrypt-done = ຫ້ອງທົດລອງ { $path } ຖືກເຂົ້າລະຫັດແລ້ວ; ໄຟລ໌ທີ່ເກັບໄວ້ຖືກກວດສອບໃນຂະນະເຂົ້າລະຫັດ, ແລະ ຂໍ້ມູນທີ່ບໍ່ໄດ້ເຂົ້າລະຫັດຖືກຂຽນທັບ ແລະ ລຶບອອກແລ້ວ. ສຳເນົາທີ່ລະບົບໄຟລ໌ ຫຼື ດິສອາດເກັບໄວ້ (ສະແນັບຊັອດ, ການກະຈາຍການຂຽນຂອງ SSD) ຢູ່ນອກເໜືອການຄວບຄຸມຂອງ vilab: ໃຫ້ໃຊ້ການເຂົ້າລະຫັດດິສທັງໝົດນຳ.
lab-encrypt-already = ຫ້ອງທົດລອງ { $path } ຖືກເຂົ້າລະຫັດແລ້ວ; ບໍ່ມີຫຍັງຖືກເຮັດ.
