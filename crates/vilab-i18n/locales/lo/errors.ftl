### Native review status: NOT REVIEWED.
### These Lao texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Lao speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: error-permission-denied error-not-logged-in
### needs-review: error-login-failed error-login-throttled
### needs-review: error-case-not-found error-internal error-unknown-language
### needs-review: error-detail error-generic error-invalid-input
### needs-review: error-file-unreadable error-file-unwritable
### needs-review: error-session-ended error-lab-not-found error-lab-exists
### needs-review: error-lab-dir-not-empty error-lab-too-new
### needs-review: error-lab-identity-invalid error-case-exists
### needs-review: error-exhibit-source-changed error-account-not-found
### needs-review: error-account-exists error-last-administrator
### needs-review: error-media-not-found error-media-key-ambiguous
### needs-review: error-hashset-not-found error-hashset-exists
### needs-review: error-hashset-malformed error-profile-unknown
### needs-review: error-profiles-malformed error-interrupted
### needs-review: error-law-import-invalid error-law-import-not-found
### needs-review: error-law-import-needed error-law-query-invalid
### needs-review: error-audit-chain-broken error-database-error
### needs-review: error-evidence-error error-evidence-corrupt
### needs-review: error-ingest-failed lab-no-home file-unwritable
### needs-review: error-no-thumbnail error-series-not-found error-series-exists error-category-unknown error-value-out-of-range error-nothing-selected
### needs-review: error-person-not-found error-location-not-found error-lead-not-found error-owner-not-member
### reviewed:
### needs-review: error-upload-not-image
### needs-review: error-series-link-same-case
### needs-review: error-gallery-not-found error-gallery-closed error-gallery-item-not-found error-gallery-member-role error-bundle-not-found error-exercise-not-found
### needs-review: error-region-invalid error-region-not-found error-rendition-not-found error-rendition-stale error-approval-same-actor error-crop-touches-person error-audience-not-allowed error-rendition-not-approved

error-permission-denied = ບໍ່ມີສິດ: ບົດບາດຂອງທ່ານ ຫຼື ການເປັນສະມາຊິກຄະດີຂອງທ່ານບໍ່ອະນຸຍາດໃຫ້ດຳເນີນການ { $action }.
error-not-logged-in = ທ່ານຍັງບໍ່ໄດ້ເຂົ້າສູ່ລະບົບ. ກະລຸນາເຂົ້າສູ່ລະບົບ ແລ້ວລອງໃໝ່.
error-login-failed = ເຂົ້າສູ່ລະບົບບໍ່ສຳເລັດ: ຊື່ຜູ້ໃຊ້ ຫຼື ລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ.
error-login-throttled = ເຂົ້າສູ່ລະບົບບໍ່ສຳເລັດຫຼາຍເທື່ອເກີນໄປ. ກະລຸນາລອງໃໝ່ໃນອີກ { $seconds } ວິນາທີ.
error-case-not-found = ບໍ່ມີຄະດີຊື່ '{ $case }' ໃນຫ້ອງທົດລອງນີ້.
error-internal = ຂໍ້ຜິດພາດພາຍໃນລະບົບ: ການດຳເນີນການບໍ່ສຳເລັດ. ລາຍລະອຽດຢູ່ໃນບັນທຶກຂອງລະບົບ; ກະລຸນາແຈ້ງຜູ້ບໍລິຫານລະບົບ.
error-unknown-language = ບໍ່ຮູ້ຈັກພາສາ '{ $value }': vilab ຮອງຮັບພາສາ en, km, lo, th ແລະ vi.

error-detail = ລາຍລະອຽດ: { $detail }
error-generic = ຂໍ້ຜິດພາດ: { $detail }
error-invalid-input = { $field } ບໍ່ຖືກຕ້ອງ: { $reason }
error-file-unreadable = ບໍ່ສາມາດອ່ານ { $file }.
error-file-unwritable = ບໍ່ສາມາດຂຽນ { $file }.
error-session-ended = ເຊສຊັນຂອງທ່ານໄດ້ສິ້ນສຸດລົງແລ້ວ (ໝົດອາຍຸ, ທ່ານໄດ້ອອກຈາກລະບົບ ຫຼື ບັນຊີຖືກປິດການນຳໃຊ້). ກະລຸນາເຂົ້າສູ່ລະບົບອີກຄັ້ງດ້ວຍ `vilab login`.
error-lab-not-found = ບໍ່ມີຫ້ອງທົດລອງ vilab ຢູ່ທີ່ { $path } (ສ້າງໄດ້ດ້ວຍ `vilab init --lab { $path }`).
error-lab-exists = ມີຫ້ອງທົດລອງ vilab ຢູ່ທີ່ { $path } ແລ້ວ.
error-lab-dir-not-empty = ຈະບໍ່ສ້າງຫ້ອງທົດລອງໃນ { $path }: ໂຟນເດີນີ້ບໍ່ຫວ່າງ.
error-lab-too-new = { $path } ຖືກຂຽນໂດຍ vilab ລຸ້ນທີ່ໃໝ່ກວ່າ (ໂຄງສ້າງຂໍ້ມູນ { $found }; ລຸ້ນນີ້ຮອງຮັບເຖິງ { $known }). ກະລຸນາອັບເກຣດ vilab.
error-lab-identity-invalid = ກະແຈລົງລາຍເຊັນຂອງຫ້ອງທົດລອງທີ່ { $path } ບໍ່ກົງກັບຖານຂໍ້ມູນຂອງຫ້ອງທົດລອງ.
error-case-exists = ມີຄະດີຊື່ '{ $case }' ຢູ່ແລ້ວ.
error-exhibit-source-changed = ວັດຖຸພະຍານ '{ $exhibit }' ຖືກນຳເຂົ້າຄັ້ງທຳອິດຈາກ { $recorded }, ບໍ່ແມ່ນ { $given }. ຖ້າເປັນວັດຖຸພະຍານດຽວກັນທີ່ເຊື່ອມຕໍ່ (mount) ໄວ້ບ່ອນອື່ນ, ໃຫ້ເພີ່ມ --remounted; ຖ້າບໍ່ແມ່ນ, ໃຫ້ຕັ້ງຊື່ວັດຖຸພະຍານເປັນຊື່ອື່ນ.
error-account-not-found = ບໍ່ມີບັນຊີຊື່ '{ $user }'.
error-account-exists = ມີບັນຊີຊື່ '{ $user }' ຢູ່ແລ້ວ.
error-last-administrator = '{ $user }' ເປັນຜູ້ບໍລິຫານລະບົບຄົນສຸດທ້າຍທີ່ຍັງເປີດໃຊ້ງານຢູ່: ກະລຸນາກຳນົດຜູ້ບໍລິຫານລະບົບຄົນອື່ນກ່ອນ.
error-media-not-found = ບໍ່ມີລາຍການສື່ທີ່ກົງກັບ { $key }.
error-media-key-ambiguous = { $key } ກົງກັບລາຍການສື່ຫຼາຍລາຍການ: ກະລຸນາໃສ່ຕົວເລກເພີ່ມ.
error-hashset-not-found = ບໍ່ມີຊຸດຄ່າແຮຊຊື່ '{ $name }'.
error-hashset-exists = ມີຊຸດຄ່າແຮຊຊື່ '{ $name }' ຢູ່ແລ້ວ (ລຶບຊຸດນັ້ນກ່ອນ ຫຼື ນຳເຂົ້າດ້ວຍຊື່ອື່ນ).
error-hashset-malformed = ບໍ່ສາມາດອ່ານໄຟລ໌ຊຸດຄ່າແຮຊໃນຮູບແບບ VICS, ລາຍການຄ່າແຮຊ ຫຼື CSV ໄດ້; ບໍ່ມີຂໍ້ມູນໃດຈາກໄຟລ໌ນີ້ຖືກນຳເຂົ້າ.
error-profile-unknown = ບໍ່ຮູ້ຈັກໂປຣໄຟລ໌ໝວດໝູ່ '{ $profile }' (ທີ່ມີ: { $known }; ຫ້ອງທົດລອງສາມາດເພີ່ມໂປຣໄຟລ໌ຂອງຕົນເອງໃນ profiles.toml).
error-profiles-malformed = ໂປຣໄຟລ໌ໝວດໝູ່ຂອງຫ້ອງທົດລອງໃນ { $file } ມີຮູບແບບບໍ່ຖືກຕ້ອງ.
error-interrupted = ຢຸດກ່ອນສຳເລັດ: ບໍ່ມີຂໍ້ມູນໃດຈາກ { $file } ຖືກເກັບຮັກສາ. ກະລຸນາແລ່ນຄຳສັ່ງເດີມອີກຄັ້ງ.
error-law-import-invalid = ໄຟລ໌ຂໍ້ເທັດຈິງທາງກົດໝາຍຖືກປະຕິເສດ; ບໍ່ມີຂໍ້ມູນໃດຖືກເກັບຮັກສາ.
error-law-import-not-found = ບໍ່ມີການນຳເຂົ້າກົດໝາຍເລກທີ { $id } (ການນຳເຂົ້າທີ່ມີ: { $known }).
error-law-import-needed = ບໍ່ສາມາດລຶບການນຳເຂົ້າເລກທີ { $id } ({ $name }) ໄດ້: ການນຳເຂົ້າເລກທີ { $later } ({ $later_name }) ຕ້ອງໃຊ້ມັນ. ກະລຸນາລຶບການນຳເຂົ້ານັ້ນກ່ອນ.
error-law-query-invalid = ຕາຕະລາງປຽບທຽບກົດໝາຍບໍ່ສາມາດຕອບຄຳຖາມນີ້ໄດ້.
error-audit-chain-broken = ຕ່ອງໂສ້ບັນທຶກການກວດສອບບໍ່ຜ່ານການຢັ້ງຢືນ: ມັນຖືກແກ້ໄຂຈາກພາຍນອກ vilab.
error-database-error = ຖານຂໍ້ມູນຂອງຫ້ອງທົດລອງຂັດຂ້ອງ; ບໍ່ມີສ່ວນໃດຂອງການດຳເນີນການນີ້ສຳເລັດ.
error-evidence-error = ຄັງຫຼັກຖານຂັດຂ້ອງ (ໃນການອ່ານ ຫຼື ການຂຽນ).
error-evidence-corrupt = ຄັງຫຼັກຖານມີເນື້ອໃນທີ່ເສຍຫາຍ, ອ່ານບໍ່ໄດ້ ຫຼື ສູນຫາຍ.
error-ingest-failed = ບໍ່ສາມາດດຳເນີນການນຳເຂົ້າໄດ້.
lab-no-home = ບໍ່ມີໂຟນເດີຫຼັກ (home) ສຳລັບເກັບຫ້ອງທົດລອງເລີ່ມຕົ້ນ: ກະລຸນາລະບຸ --lab ຫຼື ກຳນົດ VILAB_LAB.
file-unwritable = ບໍ່ສາມາດຂຽນ { $file }
error-no-thumbnail = { $key } ບໍ່ມີຮູບຂະໜາດນ້ອຍໃຫ້ສະແດງ (ມັນບໍ່ແມ່ນຮູບພາບ ຫຼື ບໍ່ສາມາດຖອດລະຫັດໄດ້).
error-series-not-found = ບໍ່ມີຊຸດ { $id } ໃນຄະດີນີ້.
error-series-exists = ມີຊຸດຊື່ '{ $name }' ໃນຄະດີນີ້ແລ້ວ.
error-category-unknown = ໝວດ { $category } ບໍ່ແມ່ນໝວດໜຶ່ງຂອງໂປຣໄຟລ໌ '{ $profile }'.
error-value-out-of-range = { $field } ຕ້ອງຢູ່ລະຫວ່າງ { $min } ແລະ { $max }; { $value } ບໍ່ຢູ່ໃນຊ່ວງນັ້ນ.
error-nothing-selected = ກະລຸນາເລືອກຢ່າງໜ້ອຍໜຶ່ງລາຍການກ່ອນ.

## Records beside the media (victims, offenders, locations, leads).
error-person-not-found = ບໍ່ມີບຸກຄົນ { $id } ໃນຄະດີນີ້.
error-location-not-found = ບໍ່ມີສະຖານທີ່ { $id } ໃນຄະດີນີ້.
error-lead-not-found = ບໍ່ມີເບາະແສ { $id } ໃນຄະດີນີ້.
error-owner-not-member = '{ $user }' ບໍ່ແມ່ນສະມາຊິກຂອງຄະດີ { $case } ແລະ ບໍ່ສາມາດຮັບຜິດຊອບເບາະແສຂອງຄະດີນີ້ໄດ້.
error-upload-not-image = ຮູບທີ່ໃຊ້ຄົ້ນຫາບໍ່ແມ່ນຮູບທີ່ vilab ອ່ານໄດ້ (ກວດພົບ: { $kind }).
error-series-link-same-case = ຊຸດ { $id } ຢູ່ໃນຄະດີນີ້: ຊຸດໜຶ່ງເຊື່ອມໂຍງໄດ້ກັບຊຸດຂອງຄະດີອື່ນເທົ່ານັ້ນ (ໃຫ້ລວມສອງຊຸດຂອງຄະດີດຽວກັນແທນ).
error-gallery-not-found = ບໍ່ພົບຫ້ອງສະແດງພາບ { $gallery } ໃນບັນດາຫ້ອງສະແດງພາບທີ່ທ່ານເປັນສະມາຊິກ.
error-gallery-closed = ຫ້ອງສະແດງພາບ { $gallery } ບໍ່ໄດ້ເປີດໃນຕອນນີ້: ຜູ້ເຂົ້າຮ່ວມເບິ່ງໄດ້ສະເພາະລະຫວ່າງວັນເປີດ ແລະ ວັນປິດຂອງມັນເທົ່ານັ້ນ.
error-gallery-item-not-found = ບໍ່ມີລາຍການ { $item } ໃນຫ້ອງສະແດງພາບນີ້.
error-gallery-member-role = '{ $user }' ບໍ່ສາມາດມີບົດບາດນັ້ນໃນຫ້ອງສະແດງພາບນີ້ໄດ້: ຜູ້ແກ້ໄຂຕ້ອງເປັນນັກວິເຄາະ ຫຼື ຄູຝຶກ, ແລະ ຜູ້ເຂົ້າຮ່ວມຕ້ອງມີສິດເບິ່ງພາບທີ່ກະກຽມໄວ້ສຳລັບກຸ່ມເປົ້າໝາຍຂອງມັນ.
error-bundle-not-found = ບໍ່ມີຊຸດອອບໄລນ໌ { $bundle } ທີ່ສ້າງຈາກຫ້ອງສະແດງພາບນີ້.
error-exercise-not-found = ຫ້ອງສະແດງພາບ { $gallery } ບໍ່ມີບົດຝຶກຫັດ.

# Regions and renditions per audience (issue 20).
error-region-invalid = ພື້ນທີ່ຖືກປະຕິເສດ: { $field }: { $reason }.
error-region-not-found = ບໍ່ມີພື້ນທີ່ { $uid } ຢູ່ໃນລາຍການນີ້ (ບໍ່ມີ ຫຼື ຖືກລຶບແລ້ວ).
error-rendition-not-found = ບໍ່ມີສະບັບສະແດງ { $uid } ໃນຫ້ອງປະຕິບັດການນີ້.
error-rendition-stale = ສະບັບສະແດງ { $uid } ລ້າສະໄໝແລ້ວ: ພື້ນທີ່ໜຶ່ງຂອງລາຍການຂອງມັນປ່ຽນແປງຫຼັງຈາກສ້າງ. ກະລຸນາສ້າງໃໝ່.
error-approval-same-actor = ທ່ານເປັນຜູ້ສ້າງຮູບຕັດສາທາລະນະ { $uid }: ນັກວິເຄາະຄົນອື່ນຕ້ອງອະນຸມັດ (ສີ່ຕາ).
error-crop-touches-person = ຮູບຕັດຂອງພື້ນທີ່ວັດຖຸ { $object } ຈະສະແດງສ່ວນໜຶ່ງຂອງພື້ນທີ່ບຸກຄົນ { $person } (ລວມທັງໄລຍະຫ່າງ): ບໍ່ໄດ້ສ້າງສະບັບສະແດງ. ກະລຸນາຍ້າຍ ຫຼື ຫຍໍ້ພື້ນທີ່ວັດຖຸ.
error-audience-not-allowed = ບົດບາດຂອງທ່ານບໍ່ສາມາດຮັບສະບັບສະແດງສຳລັບກຸ່ມຜູ້ຊົມ '{ $audience }'.
error-rendition-not-approved = ຮູບຕັດສາທາລະນະ { $uid } ກຳລັງລໍຖ້າການອະນຸມັດຈາກນັກວິເຄາະຄົນທີສອງ: ຍັງບໍ່ສາມາດອອກໄປໄດ້.
