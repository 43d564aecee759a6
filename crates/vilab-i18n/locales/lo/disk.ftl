### Native review status: NOT REVIEWED.
### These Lao texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Lao speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: ingest-error-disk-image-unreadable
### needs-review: ingest-error-disk-partition-table
### needs-review: ingest-error-disk-no-file-system
### needs-review: ingest-error-disk-file-system-damaged
### needs-review: ingest-error-disk-content-partial
### needs-review: error-disk-image-unreadable
### needs-review: error-exhibit-not-found
### needs-review: error-exhibit-ambiguous
### needs-review: exhibit-heading
### needs-review: exhibit-outside
### needs-review: exhibit-label-source
### needs-review: exhibit-label-container
### needs-review: exhibit-label-size
### needs-review: exhibit-label-stored-md5
### needs-review: exhibit-label-stored-sha1
### needs-review: exhibit-label-md5
### needs-review: exhibit-label-sha1
### needs-review: exhibit-label-sha256
### needs-review: exhibit-label-verification
### needs-review: exhibit-verification-verified
### needs-review: exhibit-verification-mismatch
### needs-review: exhibit-verification-not-stored
### needs-review: exhibit-verification-unreadable
### needs-review: exhibit-verification-interrupted
### needs-review: exhibit-no-image
### needs-review: exhibit-label-scheme
### needs-review: exhibit-volume
### needs-review: exhibit-no-fs
### needs-review: exhibit-label-counts
### needs-review: exhibit-counts
### needs-review: exhibit-label-errors
### needs-review: progress-image
### needs-review: progress-image-line
### reviewed:

ingest-error-disk-image-unreadable = ບໍ່ສາມາດອ່ານອິມເມດດິສກ໌ (disk image) ທີ່ໄບຕ໌ { $offset } ໄດ້
ingest-error-disk-partition-table = ຕາຕະລາງພາທິຊັນເສຍຫາຍ; ໃຊ້ສ່ວນທີ່ອ່ານໄດ້
ingest-error-disk-no-file-system = ໂວລຸ່ມ { $volume } ບໍ່ມີລະບົບໄຟລ໌ທີ່ vilab ອ່ານໄດ້: ຈຶ່ງກູ້ໄຟລ໌ຈາກພື້ນທີ່ຂອງມັນໂດຍກົງ (carving) ແທນ
ingest-error-disk-file-system-damaged = ລະບົບໄຟລ໌ຂອງໂວລຸ່ມ { $volume } ເສຍຫາຍຢູ່ບ່ອນນີ້; ສ່ວນທີ່ເຫຼືອຍັງຖືກອ່ານ
ingest-error-disk-content-partial = ໄຟລ໌ນີ້ເປັນແບບມີຊ່ອງວ່າງ (sparse), ຖືກບີບອັດ ຫຼື ເຂົ້າລະຫັດຢູ່ໃນດິສກ໌: ໄບຕ໌ທີ່ເກັບໄວ້ບໍ່ແມ່ນເນື້ອຫາທັງໝົດ

error-disk-image-unreadable = ບໍ່ສາມາດເປີດ { $file } ເປັນອິມເມດດິສກ໌ (disk image) ໄດ້.
error-exhibit-not-found = ບໍ່ມີວັດຖຸພະຍານ { $exhibit } ໃນຄະດີທີ່ທ່ານເບິ່ງໄດ້.
error-exhibit-ambiguous = ມີຫຼາຍຄະດີທີ່ມີວັດຖຸພະຍານ { $exhibit } ({ $cases }): ກະລຸນາລະບຸດ້ວຍ --case.

exhibit-heading = ວັດຖຸພະຍານ { $exhibit } ຂອງຄະດີ { $case } (uid { $uid })
exhibit-label-source = ອ່ານຈາກ
exhibit-label-container = ຮູບແບບອິມເມດ
exhibit-label-size = ຂະໜາດອິມເມດ (ໄບຕ໌)
exhibit-label-stored-md5 = MD5 ທີ່ເກັບໄວ້ໃນອິມເມດ
exhibit-label-stored-sha1 = SHA-1 ທີ່ເກັບໄວ້ໃນອິມເມດ
exhibit-label-md5 = MD5 ຂອງການອ່ານທັງໝົດ
exhibit-label-sha1 = SHA-1 ຂອງການອ່ານທັງໝົດ
exhibit-label-sha256 = SHA-256 ຂອງການອ່ານທັງໝົດ
exhibit-label-verification = ການກວດສອບ
exhibit-verification-verified = ກວດສອບແລ້ວ: ຄ່າແຮຊທີ່ເກັບໄວ້ໃນອິມເມດກົງກັບການອ່ານທັງໝົດ
exhibit-verification-mismatch = ບໍ່ກົງກັນ: ການອ່ານທັງໝົດບໍ່ໄດ້ຄ່າແຮຊທີ່ເກັບໄວ້ໃນອິມເມດ
exhibit-verification-not-stored = ອິມເມດບໍ່ໄດ້ເກັບຄ່າແຮຊ; ຄ່າແຮຊຂ້າງເທິງແມ່ນບັນທຶກຂອງການອ່ານນີ້
exhibit-verification-unreadable = ບໍ່ສາມາດອ່ານອິມເມດໄດ້ຈົນຈົບ
exhibit-verification-interrupted = ຢຸດກ່ອນຈົບ; ການນຳເຂົ້າຄັ້ງຕໍ່ໄປຈະກວດອິມເມດອີກຄັ້ງ
exhibit-no-image = ບໍ່ແມ່ນອິມເມດດິສກ໌: ບໍ່ມີຄ່າແຮຊຂອງການສຳເນົາ
exhibit-label-scheme = ຕາຕະລາງພາທິຊັນ
exhibit-volume = ໂວລຸ່ມ { $index } ({ $entry }), ໄບຕ໌ { $start } ຫາ { $end }, ລະບົບໄຟລ໌ { $fs }: ໃຊ້ງານ { $allocated }, ຖືກລຶບ { $deleted }, ກູ້ຈາກພື້ນທີ່ວ່າງ (carved) { $carved }, ຂໍ້ຜິດພາດ { $errors }
exhibit-no-fs = ບໍ່ພົບ
exhibit-label-counts = ໄຟລ໌ທີ່ພົບ
exhibit-counts = ໃຊ້ງານ { $allocated }, ຖືກລຶບ { $deleted }, ກູ້ຈາກພື້ນທີ່ວ່າງ (carved) { $carved }
exhibit-label-errors = ຂໍ້ຜິດພາດທີ່ຍັງເປີດຢູ່
progress-image = ກຳລັງກວດອິມເມດ: { $mb_per_second } MB/s, ເຫຼືອ { $eta }
progress-image-line = ກຳລັງກວດອິມເມດ: { $mb } ຈາກ { $total } MB, { $mb_per_second } MB/s, ເຫຼືອ { $eta }

# --- onepass: the space outside every partition (issue 23) ---
exhibit-outside = ນອກທຸກພາທິຊັນ: ຊອກຫາ { $bytes } ໄບຕ໌, ກູ້ຈາກພື້ນທີ່ວ່າງ (carved) { $carved }, ຂໍ້ຜິດພາດ { $errors }
