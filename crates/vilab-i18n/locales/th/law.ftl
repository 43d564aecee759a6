### Native review status: NOT REVIEWED.
### These Thai texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Thai speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: law-written law-imported law-no-imports
### needs-review: law-imports-column-id law-imports-column-imported-at
### needs-review: law-imports-column-bytes law-imports-column-sha256
### needs-review: law-imports-column-name law-import-unknown law-import-needed
### needs-review: law-import-removed
### reviewed:

law-written = เขียนแล้ว: { $path }
law-imported = นำเข้า { $name } เป็นการนำเข้าหมายเลข { $id }: แหล่งที่มา ตราสาร และบทบัญญัติ { $records } รายการ; ค่าที่ถูกแทนที่ (ค่าเดิมเก็บไว้ในประวัติ): { $replaced }; ค่าที่เพิ่ม: { $added }
law-no-imports = ไม่มีการนำเข้า: ตารางเปรียบเทียบกฎหมายใช้เฉพาะข้อมูลที่มาพร้อมโปรแกรม

law-imports-column-id = หมายเลข
law-imports-column-imported-at = วันเวลาที่นำเข้า
law-imports-column-bytes = ไบต์
law-imports-column-sha256 = sha256
law-imports-column-name = ชื่อ

law-import-unknown =
    { $held ->
        [0] ไม่มีการนำเข้ากฎหมายหมายเลข { $id } ในห้องปฏิบัติการนี้ (ไม่มีการนำเข้าใดเลย; ดู `vilab law imports`)
       *[other] ไม่มีการนำเข้ากฎหมายหมายเลข { $id } ในห้องปฏิบัติการนี้ (การนำเข้าที่มี: { $ids }; ดู `vilab law imports`)
    }
law-import-needed = ไม่ได้ลบการนำเข้า { $id } ({ $name }): การนำเข้า { $later } ({ $later_name }) จะใช้ไม่ได้หากไม่มีการนำเข้านี้ กรุณาลบการนำเข้า { $later } ก่อน
law-import-removed =
    { $remaining ->
        [0] ลบการนำเข้า { $id } ({ $name }) แล้ว ตารางเปรียบเทียบกฎหมายใช้เฉพาะข้อมูลที่มาพร้อมโปรแกรม
        [1] ลบการนำเข้า { $id } ({ $name }) แล้ว ตารางเปรียบเทียบกฎหมายใช้การนำเข้า { $ids } เพียงรายการเดียว
       *[other] ลบการนำเข้า { $id } ({ $name }) แล้ว ตารางเปรียบเทียบกฎหมายใช้การนำเข้า { $ids } ตามลำดับนั้น
    }
