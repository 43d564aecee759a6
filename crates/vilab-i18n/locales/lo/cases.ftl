### Native review status: NOT REVIEWED.
### These Lao texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Lao speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: case-created case-heading case-label-files case-label-media
### needs-review: case-label-decoded case-label-exif-gps case-label-kinds
### needs-review: case-label-errors case-label-members case-exhibit case-run
### needs-review: run-status-running run-status-completed run-status-incomplete
### needs-review: run-status-interrupted run-status-failed run-status-aborted
### needs-review: init-created init-label-lab-id init-label-public-key
### needs-review: init-label-admin init-next demo-generated
### needs-review: demo-generated-counts demo-hashset demo-case demo-expected
### needs-review: demo-label-occurrences demo-label-contents demo-label-corrupt
### needs-review: demo-accounts demo-audit-intact demo-explore
### needs-review: demo-training-case demo-training
### needs-review: demo-training-exercise demo-training-exercise-made
### reviewed:

case-created = ສ້າງຄະດີ { $case } ແລ້ວ (uid { $uid }).
case-heading = ຄະດີ { $case } (uid { $uid })
case-label-files = ໄຟລ໌ (ຕຳແໜ່ງທີ່ພົບ)
case-label-media = ລາຍການສື່ທີ່ບໍ່ຊ້ຳກັນ
case-label-decoded = ຮູບພາບທີ່ຖອດລະຫັດ ແລະ ຄຳນວນຄ່າແຮຊແລ້ວ
case-label-exif-gps = ມີ EXIF / ມີ GPS
case-label-kinds = ຕາມປະເພດ
case-label-errors = ຂໍ້ຜິດພາດການນຳເຂົ້າຕາມຂັ້ນຕອນ
case-label-members = ສະມາຊິກ
case-exhibit = ວັດຖຸພະຍານ { $exhibit } ຈາກ { $source }
case-run = ຮອບການເຮັດວຽກ { $run }: { $status }, ເລີ່ມເມື່ອ { $started }, { $files } ໄຟລ໌
run-status-running = ກຳລັງເຮັດວຽກ
run-status-completed = ສຳເລັດ
run-status-incomplete = ບໍ່ສົມບູນ (ມີໄຟລ໌ທີ່ຕ້ອງລອງໃໝ່)
run-status-interrupted = ຖືກຂັດຈັງຫວະ
run-status-failed = ລົ້ມເຫຼວ
run-status-aborted = ຍົກເລີກ (ຂະບວນການໄດ້ສິ້ນສຸດລົງໂດຍບໍ່ສຳເລັດ)

init-created = ສ້າງຫ້ອງທົດລອງທີ່ { $path } ແລ້ວ
init-label-lab-id = ເລກລະຫັດຫ້ອງທົດລອງ
init-label-public-key = ກະແຈສາທາລະນະຂອງຫ້ອງທົດລອງ (ed25519)
init-label-admin = ຜູ້ບໍລິຫານລະບົບ
init-next = ຂັ້ນຕອນຕໍ່ໄປ: ເຂົ້າສູ່ລະບົບດ້ວຍ `vilab login --lab { $lab } --user { $admin }`, ຈາກນັ້ນສ້າງບັນຊີສຳລັບຜູ້ທີ່ຈະເຮັດວຽກໃນຫ້ອງທົດລອງດ້ວຍ `vilab user add`.

demo-generated = ກຳລັງສ້າງຂໍ້ມູນວັດຖຸພະຍານທີ່ຍຶດໄດ້ແບບຈຳລອງ (seed { $seed }) ໃນ { $dir }
demo-generated-counts = { $files } ໄຟລ໌, ໄຟລ໌ໃນໄຟລ໌ບີບອັດ { $members } ໄຟລ໌, { $mb } MB
demo-hashset = ຊຸດຄ່າແຮຊ { $name } ({ $entries } ລາຍການ, VICS 2.0, ໂປຣໄຟລ໌ vic-us) ຈາກ { $file }
demo-case = ຄະດີ { $case }
demo-expected = ຄ່າທີ່ຄາດໄວ້ຈາກຕົວສ້າງຂໍ້ມູນ
demo-label-occurrences = ຕຳແໜ່ງທີ່ພົບ
demo-label-contents = ເນື້ອໃນທີ່ແຕກຕ່າງກັນ
demo-label-corrupt = ໄຟລ໌ທີ່ເສຍຫາຍ
demo-accounts = ບັນຊີຂອງການສາທິດ (ສະແດງລະຫັດຜ່ານພຽງຄັ້ງດຽວ):
demo-audit-intact = ຕ່ອງໂສ້ບັນທຶກການກວດສອບຜ່ານການຢັ້ງຢືນ: { $records } ລາຍການບັນທຶກ, ລົງລາຍເຊັນໂດຍຫ້ອງທົດລອງ.
demo-explore = ສຳຫຼວດຂໍ້ມູນດ້ວຍຄຳສັ່ງຕໍ່ໄປນີ້:

# issue 20, the training pack of the demo.
demo-training-case = ຊຸດຝຶກອົບຮົມ
demo-training = ສາກຝຶກອົບຮົມແບບຈຳລອງ { $scenes } ສາກ ທີ່ມີຂໍ້ຄຶດຝັງໄວ້ ໄດ້ຖືກນຳເຂົ້າໃນຄະດີ { $case } ({ $items } ລາຍການ). ຄຳຕອບສຳລັບຄູຝຶກ ຢູ່ໃນ { $file }
demo-training-exercise = ບົດຝຶກຫັດການຝຶກອົບຮົມ
demo-training-exercise-made = ຫ້ອງສະແດງສຳລັບຜູ້ຝຶກອົບຮົມ “{ $title }” ({ $gallery }): { $items } ສາກພ້ອມບົດຝຶກຫັດ; { $trainer } ແກ້ໄຂ ແລະ ອ່ານຜົນ (vilab exercise results), { $trainee } ຕອບ (vilab exercise answer).
