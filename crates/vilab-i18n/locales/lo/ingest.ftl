### Native review status: NOT REVIEWED.
### These Lao texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Lao speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: stage-read stage-archive stage-decode stage-exif stage-store
### needs-review: ingest-interrupted ingest-files-found ingest-summary-heading
### needs-review: ingest-label-files-found ingest-label-already-done
### needs-review: ingest-label-files-processed ingest-label-contents
### needs-review: ingest-label-new-media ingest-label-new-occurrences
### needs-review: ingest-label-new-errors ingest-label-throughput
### needs-review: ingest-label-resolved-errors ingest-label-to-retry
### needs-review: ingest-incomplete ingest-resolved-by ingest-aborted-runs
### needs-review: ingest-note-duplicate-name ingest-note-local-name-differs
### needs-review: ingest-throughput progress-ingest-bar progress-ingest-line
### needs-review: progress-eta progress-file-bar progress-file-line
### reviewed:

ingest-interrupted = ການນຳເຂົ້າຖືກຂັດຈັງຫວະ: ແລ່ນຄຳສັ່ງເດີມອີກຄັ້ງເພື່ອດຳເນີນການຕໍ່ໂດຍບໍ່ມີຂໍ້ມູນຊ້ຳກັນ.
ingest-files-found = ພົບ { $count } ໄຟລ໌

ingest-summary-heading = ສະຫຼຸບການນຳເຂົ້າ
ingest-label-files-found = ໄຟລ໌ທີ່ພົບ
ingest-label-already-done = ນຳເຂົ້າແລ້ວ (ຂ້າມ)
ingest-label-files-processed = ໄຟລ໌ທີ່ປະມວນຜົນແລ້ວ
ingest-label-contents = ເນື້ອໃນ (ລວມທັງໄຟລ໌ໃນໄຟລ໌ບີບອັດ)
ingest-label-new-media = ລາຍການສື່ໃໝ່
ingest-label-new-occurrences = ຕຳແໜ່ງທີ່ພົບໃໝ່
ingest-label-new-errors = ຂໍ້ຜິດພາດການນຳເຂົ້າໃໝ່
ingest-label-throughput = ອັດຕາການປະມວນຜົນ
ingest-label-resolved-errors = ຂໍ້ຜິດພາດກ່ອນໜ້ານີ້ທີ່ແກ້ໄຂແລ້ວ
ingest-label-to-retry = ໄຟລ໌ທີ່ຕ້ອງລອງໃໝ່

ingest-incomplete = ການນຳເຂົ້າຍັງບໍ່ສົມບູນ: ມີ { $count } ໄຟລ໌ທີ່ບໍ່ສາມາດອ່ານ ຫຼື ເກັບຮັກສາໄດ້ (ເບິ່ງ `vilab media errors`: ດິສກ໌ເສຍ, ຄັງຫຼັກຖານເຕັມ ຫຼື ໜ່ວຍຄວາມຈຳບໍ່ພຽງພໍ). ໄຟລ໌ເຫຼົ່ານີ້ບໍ່ຖືກນັບວ່າສຳເລັດ: ກະລຸນາແກ້ໄຂສາເຫດ ແລ້ວແລ່ນຄຳສັ່ງເດີມອີກຄັ້ງ; ລະບົບຈະລອງໃໝ່ສະເພາະໄຟລ໌ເຫຼົ່ານັ້ນ.
ingest-resolved-by = (ແກ້ໄຂແລ້ວໂດຍຮອບການເຮັດວຽກ { $run })
ingest-aborted-runs =
    { $count ->
       *[other] ໝາຍເຫດ: ຮອບການນຳເຂົ້າ { $runs } ຍັງຄ້າງຢູ່ໃນສະຖານະກຳລັງເຮັດວຽກ ເນື່ອງຈາກຂະບວນການໄດ້ສິ້ນສຸດລົງໂດຍບໍ່ສຳເລັດ (ລະບົບຂັດຂ້ອງ ຫຼື ຖືກບັງຄັບໃຫ້ຢຸດ): ໄດ້ໝາຍວ່າຍົກເລີກແລ້ວ; ແລ່ນການນຳເຂົ້າເດີມອີກຄັ້ງເພື່ອດຳເນີນການຕໍ່
    }

ingest-note-duplicate-name = ໄຟລ໌ອື່ນໃນໄຟລ໌ບີບອັດນີ້ (ລາຍການທີ { $index }) ມີຊື່ດຽວກັນ
ingest-note-local-name-differs = ສ່ວນຫົວພາຍໃນ (local header) ຂອງໄຟລ໌ນີ້ລະບຸຊື່ອື່ນ

ingest-throughput = { $files_per_second } ໄຟລ໌/ວິນາທີ, { $mb_per_second } MB/s ({ $seconds } ວິນາທີ)

progress-ingest-bar =
    { $members ->
        [0] { $files_per_second } ໄຟລ໌/ວິນາທີ  { $mb_per_second } MB/s  ເຫຼືອປະມານ { $eta }  ຂໍ້ຜິດພາດ { $errors }
       *[other] { $files_per_second } ໄຟລ໌/ວິນາທີ  { $mb_per_second } MB/s  ເຫຼືອປະມານ { $eta }  ຂໍ້ຜິດພາດ { $errors }  ໄຟລ໌ໃນໄຟລ໌ບີບອັດ { $members }
    }
progress-ingest-line =
    { $members ->
        [0] ຄວາມຄືບໜ້າ: { $files }/{ $files_total } ໄຟລ໌, { $files_per_second } ໄຟລ໌/ວິນາທີ, { $mb_per_second } MB/s, ເຫຼືອປະມານ { $eta }, ຂໍ້ຜິດພາດ { $errors }
       *[other] ຄວາມຄືບໜ້າ: { $files }/{ $files_total } ໄຟລ໌, { $files_per_second } ໄຟລ໌/ວິນາທີ, { $mb_per_second } MB/s, ເຫຼືອປະມານ { $eta }, ຂໍ້ຜິດພາດ { $errors }, ໄຟລ໌ໃນໄຟລ໌ບີບອັດ { $members }
    }
progress-eta = ເຫຼືອປະມານ { $left }
progress-file-bar = { $mb_per_second } MB/s  { $eta }
progress-file-line = ຄວາມຄືບໜ້າ: { $read_mb }/{ $total_mb } MB, { $mb_per_second } MB/s, { $eta }

stage-read = ການອ່ານ
stage-archive = ໄຟລ໌ບີບອັດ
stage-decode = ການຖອດລະຫັດຮູບພາບ
stage-exif = EXIF
stage-store = ການເກັບຮັກສາ
