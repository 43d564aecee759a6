### Native review status: NOT REVIEWED.
### These Lao texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Lao speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: error-permission-denied error-not-logged-in
### needs-review: error-login-failed error-login-throttled
### needs-review: error-case-not-found error-internal error-unknown-language
### reviewed:

error-permission-denied = ບໍ່ມີສິດ: ບົດບາດຂອງທ່ານບໍ່ໄດ້ຮັບອະນຸຍາດໃຫ້ດຳເນີນການນີ້.
error-not-logged-in = ທ່ານຍັງບໍ່ໄດ້ເຂົ້າສູ່ລະບົບ. ກະລຸນາເຂົ້າສູ່ລະບົບ ແລ້ວລອງໃໝ່.
error-login-failed = ເຂົ້າສູ່ລະບົບບໍ່ສຳເລັດ: ຊື່ຜູ້ໃຊ້ ຫຼື ລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ.
error-login-throttled = ເຂົ້າສູ່ລະບົບບໍ່ສຳເລັດຫຼາຍເທື່ອເກີນໄປ. ກະລຸນາລອງໃໝ່ໃນອີກ { $seconds } ວິນາທີ.
error-case-not-found = ບໍ່ມີຄະດີຊື່ '{ $case }' ໃນຫ້ອງທົດລອງນີ້.
error-internal = ຂໍ້ຜິດພາດພາຍໃນລະບົບ: ການດຳເນີນການບໍ່ສຳເລັດ. ລາຍລະອຽດຢູ່ໃນບັນທຶກຂອງລະບົບ; ກະລຸນາແຈ້ງຜູ້ບໍລິຫານລະບົບ.
error-unknown-language = ບໍ່ຮູ້ຈັກພາສາ '{ $value }': vilab ຮອງຮັບພາສາ en, km, lo, th ແລະ vi.
