### Native review status: NOT REVIEWED.
### These Lao texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Lao speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: gallery-notice
### needs-review: gallery-prepared-for
### needs-review: gallery-from-lab
### needs-review: gallery-expires
### needs-review: gallery-expired
### needs-review: gallery-expiry-soft
### needs-review: gallery-language
### needs-review: gallery-noscript
### needs-review: gallery-back
### needs-review: gallery-item
### needs-review: gallery-participant
### needs-review: gallery-clue-prompt
### needs-review: gallery-clue-pin-hint
### needs-review: gallery-clue-pinned
### needs-review: gallery-clue-add
### needs-review: gallery-clues-yours
### needs-review: gallery-clues-none
### needs-review: gallery-clues-count
### needs-review: gallery-save-clues
### needs-review: gallery-save-note
### needs-review: gallery-answer-country
### needs-review: gallery-answer-place
### needs-review: gallery-answer-objects
### needs-review: gallery-answer-free-text
### needs-review: gallery-answer-keep
### needs-review: gallery-answer-kept
### needs-review: gallery-save-answers
### needs-review: gallery-country-kh
### needs-review: gallery-country-la
### needs-review: gallery-country-th
### needs-review: gallery-country-vn
### needs-review: gallery-country-other
### needs-review: gallery-object-shop-sign
### needs-review: gallery-object-power-socket
### needs-review: gallery-object-licence-plate
### needs-review: gallery-object-banknote
### needs-review: gallery-object-product-label
### needs-review: gallery-object-other
### needs-review: gallery-verify-ok
### needs-review: gallery-verify-failed
### needs-review: gallery-label-bundle
### needs-review: gallery-label-recipient
### needs-review: gallery-label-expires
### needs-review: gallery-label-fingerprint
### needs-review: gallery-label-files
### needs-review: gallery-label-public-key
### needs-review: gallery-label-skipped
### needs-review: gallery-export-written

# Offline gallery bundles (issue 20).
gallery-notice = ຮູບພາບທີ່ໄດ້ລຶບຂໍ້ມູນລະບຸຕົວຕົນອອກແລ້ວ ຈາກການສືບສວນສື່ການລ່ວງລະເມີດທາງເພດເດັກ ສະແດງເພື່ອຊ່ວຍລະບຸຕົວຜູ້ເຄາະຮ້າຍ ແລະ ສະຖານທີ່. ກະລຸນາຢ່າສຳເນົາ, ແບ່ງປັນ ຫຼື ໂພສຮູບເຫຼົ່ານີ້.
gallery-prepared-for = ກະກຽມໃຫ້
gallery-from-lab = ຈາກ
gallery-expires = ເບິ່ງໄດ້ຈົນຮອດ
gallery-expired = ຄັງຮູບນີ້ໝົດອາຍຸແລ້ວ: ຮູບພາບຈະບໍ່ສະແດງອີກ. ກະລຸນາລຶບໂຟນເດີນີ້.
gallery-expiry-soft = ວັນໝົດອາຍຸຖືກກວດສອບໂດຍໜ້າເຫຼົ່ານີ້ເທົ່ານັ້ນ; ໄຟລ໌ຍັງຢູ່ໃນຄອມພິວເຕີນີ້ຈົນກວ່າທ່ານຈະລຶບມັນ.
gallery-language = ພາສາ
gallery-noscript = ຄັງຮູບນີ້ຕ້ອງການ JavaScript. ມັນເຮັດວຽກຢູ່ໃນຄອມພິວເຕີນີ້ເທົ່ານັ້ນ ແລະ ບໍ່ສົ່ງຫຍັງຜ່ານເຄືອຂ່າຍ.
gallery-back = ກັບຄືນໄປຄັງຮູບ
gallery-item = ລາຍການ
gallery-participant = ຊື່ຂອງທ່ານ
gallery-clue-prompt = ຂໍ້ຄຶດຂອງທ່ານ: ທ່ານຈື່ຫຍັງໄດ້ແດ່ (ສະຖານທີ່, ວັດຖຸ, ປ້າຍ, ພາສາ)?
gallery-clue-pin-hint = ຄລິກທີ່ຮູບເພື່ອປັກໝຸດຂໍ້ຄຶດຂອງທ່ານໃສ່ຈຸດໃດໜຶ່ງ (ບໍ່ບັງຄັບ).
gallery-clue-pinned = ປັກໝຸດໃສ່ຮູບແລ້ວ
gallery-clue-add = ເພີ່ມຂໍ້ຄຶດ
gallery-clues-yours = ຂໍ້ຄຶດຂອງທ່ານສຳລັບລາຍການນີ້
gallery-clues-none = ຍັງບໍ່ມີຂໍ້ຄຶດ.
gallery-clues-count = ຂໍ້ຄຶດທີ່ພິມໃນຄັງຮູບນີ້:
gallery-save-clues = ບັນທຶກຂໍ້ຄຶດຂອງຂ້ອຍເປັນໄຟລ໌
gallery-save-note = ກະລຸນາສົ່ງໄຟລ໌ທີ່ບັນທຶກໄວ້ໄປຫາຫ້ອງປະຕິບັດການທີ່ກະກຽມຄັງຮູບນີ້.
gallery-answer-country = ປະເທດ
gallery-answer-place = ສະຖານທີ່ (ເມືອງ, ເຂດ, ແຂວງ)
gallery-answer-objects = ວັດຖຸທີ່ທ່ານຈະຕິດຕາມ
gallery-answer-free-text = ເຫດຜົນຂອງທ່ານ
gallery-answer-keep = ເກັບຄຳຕອບຂອງຂ້ອຍ
gallery-answer-kept = ເກັບຄຳຕອບແລ້ວ
gallery-save-answers = ບັນທຶກຄຳຕອບຂອງຂ້ອຍເປັນໄຟລ໌
gallery-country-kh = ກຳປູເຈຍ
gallery-country-la = ລາວ
gallery-country-th = ໄທ
gallery-country-vn = ຫວຽດນາມ
gallery-country-other = ປະເທດອື່ນ
gallery-object-shop-sign = ປ້າຍຮ້ານ
gallery-object-power-socket = ປລັກໄຟ
gallery-object-licence-plate = ປ້າຍທະບຽນລົດ
gallery-object-banknote = ທະນະບັດ
gallery-object-product-label = ສະຫຼາກສິນຄ້າ
gallery-object-other = ວັດຖຸອື່ນ
gallery-verify-ok = ກວດສອບຊຸດແລ້ວ: ລາຍເຊັນຂອງຫ້ອງປະຕິບັດການຖືກຕ້ອງ, ທຸກໄຟລ໌ຢູ່ໃນລາຍການພ້ອມຄ່າແຮຊ, ແລະ ບໍ່ມີຫຍັງອື່ນຢູ່ນັ້ນ.
gallery-verify-failed = ຊຸດນີ້ກວດສອບບໍ່ຜ່ານ: { $path }: { $detail }
gallery-label-bundle = ຊຸດ
gallery-label-recipient = ກະກຽມໃຫ້
gallery-label-expires = ເບິ່ງໄດ້ຈົນຮອດ
gallery-label-fingerprint = ລາຍນິ້ວມືຂອງກະແຈຫ້ອງປະຕິບັດການ
gallery-label-files = ໄຟລ໌
gallery-label-public-key = ກະແຈສາທາລະນະຂອງຫ້ອງປະຕິບັດການ
gallery-label-skipped = ປະໄວ້ (ບໍ່ມີຮູບພາບປັດຈຸບັນ)
gallery-export-written = ຂຽນຊຸດໄປທີ່ { $path } ມີ { $items } ລາຍການ. ໃຫ້ກະແຈສາທາລະນະຂອງຫ້ອງປະຕິບັດການແກ່ຜູ້ຮັບເພື່ອກວດສອບ: vilab gallery verify --key KEY FOLDER.
