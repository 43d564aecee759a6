### Native review status: NOT REVIEWED.
### These Lao texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Lao speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: web-nav-account web-admin-add-heading web-admin-initial-password web-admin-add
### needs-review: web-admin-add-note web-admin-col-change web-admin-remove-case web-admin-set-role
### needs-review: web-admin-add-case web-admin-new-password web-admin-set-password web-admin-enable
### needs-review: web-admin-disable web-account-heading web-account-password-heading web-account-current
### needs-review: web-account-new web-account-change web-account-change-note 

web-nav-account = ບັນຊີຜູ້ໃຊ້ຂອງຂ້ອຍ

## Accounts, for an administrator.

web-admin-add-heading = ເພີ່ມບັນຊີຜູ້ໃຊ້
web-admin-initial-password = ລະຫັດຜ່ານທຳອິດ
web-admin-add = ເພີ່ມບັນຊີຜູ້ໃຊ້
web-admin-add-note = ມອບລະຫັດຜ່ານທຳອິດໃຫ້ເຈົ້າຂອງບັນຊີດ້ວຍຕົນເອງ; ເຂົາເຈົ້າສາມາດປ່ຽນມັນໄດ້ໃນໜ້າບັນຊີຂອງເຂົາເຈົ້າ.
web-admin-col-change = ປ່ຽນແປງ
web-admin-remove-case = ຍົກເລີກການເປັນສະມາຊິກຂອງຄະດີ { $case }
web-admin-set-role = ປ່ຽນບົດບາດ
web-admin-add-case = ເຮັດໃຫ້ເປັນສະມາຊິກ
web-admin-new-password = ລະຫັດຜ່ານໃໝ່
web-admin-set-password = ຕັ້ງລະຫັດຜ່ານ
web-admin-enable = ເປີດໃຊ້
web-admin-disable = ປິດໃຊ້

## One's own account.

web-account-heading = ບັນຊີຜູ້ໃຊ້ຂອງຂ້ອຍ
web-account-password-heading = ປ່ຽນລະຫັດຜ່ານຂອງຂ້ອຍ
web-account-current = ລະຫັດຜ່ານປັດຈຸບັນ
web-account-new = ລະຫັດຜ່ານໃໝ່
web-account-change = ປ່ຽນລະຫັດຜ່ານ
web-account-change-note = ທຸກເຊດຊັນຂອງບັນຊີນີ້ຈະສິ້ນສຸດ, ລວມທັງເຊດຊັນນີ້: ກະລຸນາເຂົ້າລະບົບອີກຄັ້ງດ້ວຍລະຫັດຜ່ານໃໝ່.
