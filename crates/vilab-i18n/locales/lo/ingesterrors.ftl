### Native review status: NOT REVIEWED.
### These Lao texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Lao speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: ingest-error-walk-failed ingest-error-symlink-not-followed
### needs-review: ingest-error-not-a-regular-file ingest-error-stat-failed
### needs-review: ingest-error-open-failed ingest-error-read-failed
### needs-review: ingest-error-out-of-memory ingest-error-longer-than-declared
### needs-review: ingest-error-empty-file ingest-error-over-memory-budget
### needs-review: ingest-error-over-in-memory-limit ingest-error-decode-failed
### needs-review: ingest-error-decode-truncated ingest-error-no-image
### needs-review: ingest-error-decode-damaged ingest-error-unsupported-format
### needs-review: ingest-error-too-many-pixels ingest-error-over-memory-grant
### needs-review: ingest-error-exif-unreadable ingest-error-thumbnail-failed
### needs-review: ingest-error-pdq-failed ingest-error-store-failed
### needs-review: ingest-error-out-of-space ingest-error-store-read-failed
### needs-review: ingest-error-archive-read-failed
### needs-review: ingest-error-archive-unreadable
### needs-review: ingest-error-archive-entries-overlap
### needs-review: ingest-error-archive-split
### needs-review: ingest-error-archive-too-many-entries
### needs-review: ingest-error-archive-directory-too-large
### needs-review: ingest-error-archive-too-deep
### needs-review: ingest-error-archive-bomb-ratio
### needs-review: ingest-error-archive-bomb-expansion
### needs-review: ingest-error-member-unreadable
### needs-review: ingest-error-member-unsupported-method
### needs-review: ingest-error-member-encrypted
### needs-review: ingest-error-member-crc-mismatch
### needs-review: ingest-error-member-shorter-than-declared
### needs-review: ingest-error-member-longer-than-declared
### needs-review: ingest-error-member-damaged ingest-error-legacy
### needs-review: ingest-allocation-decode ingest-allocation-conversion
### needs-review: ingest-allocation-exif-parse ingest-allocation-exif-copy
### needs-review: ingest-allocation-jpeg-output
### needs-review: ingest-allocation-jpeg-coefficients
### reviewed:

ingest-error-walk-failed = ບໍ່ສາມາດໄລ່ອ່ານລາຍການໃນໂຟນເດີນີ້ໄດ້
ingest-error-symlink-not-followed = ບໍ່ໄດ້ຕິດຕາມລິ້ງສັນຍາລັກ (symbolic link) ນີ້ໄປຫາປາຍທາງ { $target }
ingest-error-not-a-regular-file = ບໍ່ແມ່ນໄຟລ໌ທຳມະດາ (ເປັນອຸປະກອນ, socket ຫຼື pipe): ບໍ່ໄດ້ອ່ານ
ingest-error-stat-failed = ບໍ່ສາມາດອ່ານຂະໜາດ ແລະ ເວລາຂອງໄຟລ໌ນີ້ໄດ້
ingest-error-open-failed = ບໍ່ສາມາດເປີດໄຟລ໌ນີ້ໄດ້
ingest-error-read-failed = ບໍ່ສາມາດອ່ານໄຟລ໌ນີ້ໄດ້; ລະບົບຈະອ່ານໄຟລ໌ນີ້ອີກຄັ້ງໃນຮອບການເຮັດວຽກຄັ້ງຕໍ່ໄປ
ingest-error-out-of-memory = ໜ່ວຍຄວາມຈຳບໍ່ພຽງພໍສຳລັບ { $bytes } ໄບຕ໌; ລະບົບຈະອ່ານໄຟລ໌ນີ້ອີກຄັ້ງໃນຮອບການເຮັດວຽກຄັ້ງຕໍ່ໄປ
ingest-error-longer-than-declared = ມີຂະໜາດ { $size } ໄບຕ໌ ໃນຂະນະທີ່ລະບຸໄວ້ { $declared } ໄບຕ໌: ເກັບຮັກສາແລ້ວ ແຕ່ບໍ່ໄດ້ຖອດລະຫັດ
ingest-error-empty-file = ໄຟລ໌ຫວ່າງເປົ່າ (0 ໄບຕ໌)
ingest-error-over-memory-budget = ບໍ່ໄດ້ຖອດລະຫັດ: ຕ້ອງໃຊ້ໜ່ວຍຄວາມຈຳ { $needed } ໄບຕ໌, ເຊິ່ງຫຼາຍກວ່າງົບປະມານໜ່ວຍຄວາມຈຳທັງໝົດຂອງການນຳເຂົ້າທີ່ມີ { $budget } ໄບຕ໌
ingest-error-over-in-memory-limit = ຮູບພາບຂະໜາດ { $size } ໄບຕ໌, ເກີນຂີດຈຳກັດການປະມວນຜົນໃນໜ່ວຍຄວາມຈຳທີ່ { $limit } ໄບຕ໌: ເກັບຮັກສາແລ້ວ ແຕ່ບໍ່ໄດ້ຖອດລະຫັດ
ingest-error-decode-failed = ບໍ່ສາມາດຖອດລະຫັດຮູບພາບ { $format } ນີ້ໄດ້
ingest-error-decode-truncated = ບໍ່ສາມາດຖອດລະຫັດຮູບພາບ { $format } ນີ້ໄດ້: ຂໍ້ມູນບໍ່ຄົບເພາະຖືກຕັດທ້າຍ
ingest-error-no-image = ບໍ່ສາມາດຖອດລະຫັດໄຟລ໌ { $format } ນີ້ໄດ້: ບໍ່ມີຮູບພາບຢູ່ໃນໄຟລ໌
ingest-error-decode-damaged = ຂໍ້ມູນ { $format } ເສຍຫາຍ (ຄຳເຕືອນ { $warnings } ລາຍການ): ຄຳນວນຄ່າແຮຊແລ້ວ ແຕ່ຮູບພາບທີ່ໄດ້ມີຂໍ້ມູນພຽງບາງສ່ວນ
ingest-error-unsupported-format = vilab ລຸ້ນທີ່ຕິດຕັ້ງນີ້ບໍ່ມີຕົວຖອດລະຫັດສຳລັບຮູບແບບ { $format }: ເກັບຮັກສາແລ້ວ ແຕ່ບໍ່ໄດ້ຖອດລະຫັດ
ingest-error-too-many-pixels = ຮູບພາບຂະໜາດ { $width } x { $height } ພິກເຊວ, ເກີນຂີດຈຳກັດ { $limit } ພິກເຊວ: ເກັບຮັກສາແລ້ວ ແຕ່ບໍ່ໄດ້ຖອດລະຫັດ
ingest-error-over-memory-grant = { $allocation } ຕ້ອງໃຊ້ໜ່ວຍຄວາມຈຳ { $needed } ໄບຕ໌, ເກີນກວ່າທີ່ອະນຸຍາດ { $allowed } ໄບຕ໌: ເກັບຮັກສາແລ້ວ ແຕ່ບໍ່ໄດ້ຖອດລະຫັດ
ingest-error-exif-unreadable = ຂໍ້ມູນ EXIF ມີຮູບແບບບໍ່ຖືກຕ້ອງ
ingest-error-thumbnail-failed = ບໍ່ສາມາດສ້າງຮູບຫຍໍ້ໄດ້
ingest-error-pdq-failed = ບໍ່ສາມາດຄຳນວນຄ່າແຮຊ PDQ ໄດ້
ingest-error-store-failed = ບໍ່ສາມາດຂຽນລົງຄັງຫຼັກຖານໄດ້; ລະບົບຈະເກັບຮັກສາໃນຮອບການເຮັດວຽກຄັ້ງຕໍ່ໄປ
ingest-error-out-of-space = ຄັງຫຼັກຖານມີພື້ນທີ່ບໍ່ພຽງພໍ: ກະລຸນາເພີ່ມພື້ນທີ່ຫວ່າງ ແລ້ວແລ່ນຄຳສັ່ງເດີມອີກຄັ້ງ
ingest-error-store-read-failed = ບໍ່ສາມາດອ່ານໄຟລ໌ບີບອັດຄືນຈາກຄັງຫຼັກຖານໄດ້
ingest-error-archive-read-failed = ການອ່ານໄຟລ໌ບີບອັດລົ້ມເຫຼວໃກ້ກັບຕຳແໜ່ງໄບຕ໌ { $offset }
ingest-error-archive-unreadable = ບໍ່ສາມາດເປີດໄຟລ໌ບີບອັດ zip ນີ້ໄດ້
ingest-error-archive-entries-overlap = ປະຕິເສດ: ລາຍການ { $first } ແລະ { $second } ຂອງໄຟລ໌ zip ນີ້ໃຊ້ຂໍ້ມູນຮ່ວມກັນທີ່ໄບຕ໌ { $offset } (ລະເບີດ zip ຫຼື zip bomb)
ingest-error-archive-split = ໄຟລ໌ zip ນີ້ຖືກແບ່ງອອກເປັນຫຼາຍໄຟລ໌ (ບັນທຶກທ້າຍ ຫຼື end record ທີ່ໄບຕ໌ { $offset } ຢູ່ໃນດິສກ໌ { $disk }): ກະລຸນາລວມສ່ວນຕ່າງໆເຂົ້າກັນກ່ອນ
ingest-error-archive-too-many-entries = ໄຟລ໌ zip ນີ້ມີ { $count } ລາຍການ ຫຼື ຫຼາຍກວ່າ, ເກີນຂີດຈຳກັດ { $limit } ລາຍການ
ingest-error-archive-directory-too-large = ໄດເຣັກທໍຣີກາງ (central directory) ຂອງໄຟລ໌ zip ນີ້ມີຂະໜາດ { $size } ໄບຕ໌, ເກີນຂີດຈຳກັດ { $limit } ໄບຕ໌
ingest-error-archive-too-deep = ໄຟລ໌ບີບອັດຊ້ອນກັນເລິກເກີນ { $limit } ຊັ້ນ: ບັນທຶກໄວ້ແລ້ວ ແຕ່ບໍ່ໄດ້ເປີດ
ingest-error-archive-bomb-ratio = ການປ້ອງກັນລະເບີດ zip: ໄດ້ຂໍ້ມູນ { $size } ໄບຕ໌ ຈາກຂໍ້ມູນບີບອັດ { $compressed } ໄບຕ໌ (ອັດຕາສ່ວນເກີນ { $limit })
ingest-error-archive-bomb-expansion = ການປ້ອງກັນລະເບີດ zip: ໄຟລ໌ບີບອັດນີ້ຂະຫຍາຍອອກລວມກັນເກີນ { $limit } ໄບຕ໌
ingest-error-member-unreadable = ບໍ່ສາມາດອ່ານລາຍການ { $entry } ໃນໄຟລ໌ zip ໄດ້
ingest-error-member-unsupported-method = ລາຍການ { $entry } ໃນໄຟລ໌ zip ຖືກບີບອັດດ້ວຍວິທີ { $method }, ເຊິ່ງ vilab ບໍ່ສາມາດຄາຍການບີບອັດໄດ້
ingest-error-member-encrypted = ລາຍການ { $entry } ໃນໄຟລ໌ zip ຖືກເຂົ້າລະຫັດ: ເກັບຮັກສາແລ້ວ ແຕ່ບໍ່ໄດ້ຄາຍການບີບອັດ
ingest-error-member-crc-mismatch = ລາຍການ { $entry } ໃນໄຟລ໌ zip ມີຄ່າ CRC-32 ເປັນ { $actual }, ບໍ່ກົງກັບຄ່າ { $expected } ທີ່ລະບຸໄວ້: ເກັບຮັກສາຂໍ້ມູນ { $stored } ໄບຕ໌ທີ່ອ່ານໄດ້ໄວ້ຕາມສະພາບເດີມ
ingest-error-member-shorter-than-declared = ລາຍການ { $entry } ໃນໄຟລ໌ zip ໃຫ້ຂໍ້ມູນ { $actual } ໄບຕ໌, ໜ້ອຍກວ່າ { $expected } ໄບຕ໌ທີ່ລະບຸໄວ້: ເກັບຮັກສາຂໍ້ມູນ { $stored } ໄບຕ໌ທີ່ອ່ານໄດ້ໄວ້ຕາມສະພາບເດີມ
ingest-error-member-longer-than-declared = ລາຍການ { $entry } ໃນໄຟລ໌ zip ໃຫ້ຂໍ້ມູນຢ່າງໜ້ອຍ { $actual } ໄບຕ໌, ຫຼາຍກວ່າ { $expected } ໄບຕ໌ທີ່ລະບຸໄວ້: ເກັບຮັກສາຂໍ້ມູນ { $stored } ໄບຕ໌ທີ່ອ່ານໄດ້ໄວ້ຕາມສະພາບເດີມ
ingest-error-member-damaged = ລາຍການ { $entry } ໃນໄຟລ໌ zip ມີຂໍ້ມູນບີບອັດທີ່ເສຍຫາຍ ຫຼື ຖືກຕັດທ້າຍຫຼັງຈາກ { $produced } ໄບຕ໌: ເກັບຮັກສາຂໍ້ມູນ { $stored } ໄບຕ໌ທີ່ອ່ານໄດ້ໄວ້ຕາມສະພາບເດີມ
ingest-error-legacy = ບັນທຶກໂດຍ vilab ລຸ້ນກ່ອນໜ້າ

ingest-allocation-decode = ການຖອດລະຫັດ { $format }
ingest-allocation-conversion = ການແປງ { $format } ເປັນ 8 ບິດ
ingest-allocation-exif-parse = ການແຍກວິເຄາະ EXIF
ingest-allocation-exif-copy = ການສຳເນົາ EXIF
ingest-allocation-jpeg-output = ຂໍ້ມູນຜົນລັບ JPEG
ingest-allocation-jpeg-coefficients = ບັຟເຟີຄ່າສຳປະສິດ JPEG
