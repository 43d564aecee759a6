### Native review status: NOT REVIEWED.
### These Lao texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Lao speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: user-password-changed auth-new-password-prompt auth-new-password-again
### needs-review: auth-new-password-mismatch auth-new-password-needs-terminal
### needs-review: auth-password-prompt auth-password-unreadable
### needs-review: auth-password-file-unreadable auth-password-file-empty
### needs-review: auth-no-session-place login-needs-user login-done logout-done
### needs-review: user-added user-disabled user-enabled user-role-set
### needs-review: user-password-set user-cases-added user-cases-removed
### needs-review: login-unlock-kept login-unlock-not-kept login-unlock-no-runtime login-unlock-not-memory
### reviewed:

auth-password-prompt = ລະຫັດຜ່ານຂອງ { $user }:
auth-password-unreadable = ບໍ່ສາມາດອ່ານລະຫັດຜ່ານຈາກເທີມິນອລ
auth-password-file-unreadable = ບໍ່ສາມາດອ່ານໄຟລ໌ລະຫັດຜ່ານ { $file }
auth-password-file-empty = { $file }: ແຖວທຳອິດ (ລະຫັດຜ່ານ) ຫວ່າງເປົ່າ
auth-no-session-place = ບໍ່ມີບ່ອນເກັບເຊສຊັນ (ບໍ່ມີ XDG_RUNTIME_DIR ແລະ ບໍ່ມີໂຟນເດີຫຼັກ): ກະລຸນາກຳນົດ VILAB_SESSION_FILE
login-needs-user = ກະລຸນາລະບຸບັນຊີທີ່ຈະເຂົ້າສູ່ລະບົບດ້ວຍ --user NAME
login-done = ເຂົ້າສູ່ລະບົບໃນນາມ { $user } ({ $role }) ຈົນເຖິງ { $until }. ເຊສຊັນຖືກເກັບໄວ້ໃນ { $file }; `vilab logout` ຈະສິ້ນສຸດເຊສຊັນ.
logout-done = ອອກຈາກລະບົບແລ້ວ: ເຊສຊັນຖືກຖອນຄືນ.
user-added = ສ້າງບັນຊີ { $user } ແລ້ວ ({ $role }).
user-disabled = ປິດການນຳໃຊ້ບັນຊີ { $user } ແລ້ວ: ບັນຊີນີ້ບໍ່ສາມາດເຂົ້າສູ່ລະບົບໄດ້ອີກ ແລະ ເຊສຊັນຂອງບັນຊີໄດ້ສິ້ນສຸດລົງແລ້ວ.
user-enabled = ເປີດການນຳໃຊ້ບັນຊີ { $user } ແລ້ວ.
user-role-set = ປັດຈຸບັນ { $user } ມີບົດບາດເປັນ { $role }.
user-password-set = ໄດ້ຕັ້ງລະຫັດຜ່ານຂອງ { $user } ແລ້ວ; ເຊສຊັນຂອງບັນຊີນີ້ໄດ້ສິ້ນສຸດລົງແລ້ວ.
user-cases-added = ປັດຈຸບັນ { $user } ເປັນສະມາຊິກຂອງຄະດີ { $case }.
user-cases-removed = { $user } ບໍ່ໄດ້ເປັນສະມາຊິກຂອງຄະດີ { $case } ອີກຕໍ່ໄປ.
user-password-changed = ໄດ້ປ່ຽນລະຫັດຜ່ານຂອງ { $user } ແລ້ວ; ທຸກເຊສຊັນຂອງບັນຊີນີ້ໄດ້ສິ້ນສຸດລົງ. ກະລຸນາເຂົ້າລະບົບໃໝ່ດ້ວຍ `vilab login`.
auth-new-password-prompt = ລະຫັດຜ່ານໃໝ່:
auth-new-password-again = ປ້ອນລະຫັດຜ່ານໃໝ່ອີກຄັ້ງ:
auth-new-password-mismatch = ລະຫັດຜ່ານໃໝ່ທັງສອງຄັ້ງບໍ່ກົງກັນ; ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ
auth-new-password-needs-terminal = ບໍ່ມີໜ້າຈໍຄຳສັ່ງເພື່ອຖາມລະຫັດຜ່ານໃໝ່: ກະລຸນາລະບຸດ້ວຍ --new-password-file
login-unlock-kept = ຫ້ອງທົດລອງທີ່ເຂົ້າລະຫັດຈະເປີດໄດ້ໂດຍບໍ່ຕ້ອງໃຊ້ວະລີລະຫັດຜ່ານຈົນຮອດເວລານັ້ນ: ກະແຈຂອງມັນຖືກເກັບໄວ້ໃນໜ່ວຍຄວາມຈຳເທົ່ານັ້ນ ແລະ `vilab logout` ຫຼື ການປິດເຄື່ອງຈະລຶບມັນອອກ.
login-unlock-not-kept = ຄຳສັ່ງຕ່າງໆຈະຖາມຫາວະລີລະຫັດຜ່ານຂອງຫ້ອງທົດລອງ: { $why }
login-unlock-no-runtime = ບໍ່ມີໂຟນເດີ runtime ສ່ວນຕົວ ($XDG_RUNTIME_DIR) ເພື່ອເກັບກະແຈໄວ້ໃນໜ່ວຍຄວາມຈຳ
login-unlock-not-memory = { $dir } ບໍ່ແມ່ນລະບົບໄຟລ໌ໃນໜ່ວຍຄວາມຈຳ (tmpfs) ດັ່ງນັ້ນກະແຈຈຶ່ງບໍ່ຖືກເກັບໄວ້ທີ່ນັ້ນ
