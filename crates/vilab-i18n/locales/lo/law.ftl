### Native review status: NOT REVIEWED.
### These Lao texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Lao speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: law-written law-imported law-no-imports
### needs-review: law-imports-column-id law-imports-column-imported-at
### needs-review: law-imports-column-bytes law-imports-column-sha256
### needs-review: law-imports-column-name law-import-unknown law-import-needed
### needs-review: law-import-removed
### reviewed:

law-written = ຂຽນແລ້ວ: { $path }
law-imported = ນຳເຂົ້າ { $name } ເປັນການນຳເຂົ້າເລກທີ { $id }: ແຫຼ່ງຂໍ້ມູນ, ນິຕິກຳ ແລະ ບົດບັນຍັດ { $records } ລາຍການ; ຄ່າທີ່ຖືກແທນທີ່ (ຄ່າເກົ່າເກັບໄວ້ໃນປະຫວັດ): { $replaced }; ຄ່າທີ່ເພີ່ມ: { $added }
law-no-imports = ບໍ່ມີການນຳເຂົ້າ: ຕາຕະລາງປຽບທຽບກົດໝາຍໃຊ້ສະເພາະຂໍ້ມູນທີ່ມາພ້ອມກັບໂປຣແກຣມ

law-imports-column-id = ເລກທີ
law-imports-column-imported-at = ເວລານຳເຂົ້າ
law-imports-column-bytes = ໄບຕ໌
law-imports-column-sha256 = sha256
law-imports-column-name = ຊື່

law-import-unknown =
    { $held ->
        [0] ບໍ່ມີການນຳເຂົ້າກົດໝາຍເລກທີ { $id } ໃນຫ້ອງທົດລອງນີ້ (ບໍ່ມີການນຳເຂົ້າໃດໆ; ເບິ່ງ `vilab law imports`)
       *[other] ບໍ່ມີການນຳເຂົ້າກົດໝາຍເລກທີ { $id } ໃນຫ້ອງທົດລອງນີ້ (ການນຳເຂົ້າທີ່ມີ: { $ids }; ເບິ່ງ `vilab law imports`)
    }
law-import-needed = ບໍ່ໄດ້ລຶບການນຳເຂົ້າ { $id } ({ $name }): ການນຳເຂົ້າ { $later } ({ $later_name }) ຈະໃຊ້ບໍ່ໄດ້ຖ້າບໍ່ມີການນຳເຂົ້ານີ້; ກະລຸນາລຶບການນຳເຂົ້າ { $later } ກ່ອນ
law-import-removed =
    { $remaining ->
        [0] ລຶບການນຳເຂົ້າ { $id } ({ $name }) ແລ້ວ; ຕາຕະລາງປຽບທຽບກົດໝາຍໃຊ້ສະເພາະຂໍ້ມູນທີ່ມາພ້ອມກັບໂປຣແກຣມ
        [1] ລຶບການນຳເຂົ້າ { $id } ({ $name }) ແລ້ວ; ຕາຕະລາງປຽບທຽບກົດໝາຍໃຊ້ພຽງການນຳເຂົ້າ { $ids }
       *[other] ລຶບການນຳເຂົ້າ { $id } ({ $name }) ແລ້ວ; ຕາຕະລາງປຽບທຽບກົດໝາຍໃຊ້ການນຳເຂົ້າ { $ids } ຕາມລຳດັບນັ້ນ
    }
