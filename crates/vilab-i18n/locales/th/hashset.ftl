### Native review status: NOT REVIEWED.
### These Thai texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Thai speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: hashset-import-interrupted hashset-import-finishing
### needs-review: hashset-imported
### needs-review: hashset-label-name hashset-label-entries
### needs-review: hashset-label-profile hashset-label-format hashset-label-uid
### needs-review: hashset-label-source hashset-label-imported hashset-exported
### needs-review: hashset-removed
### reviewed:

hashset-import-interrupted = การนำเข้าถูกหยุดด้วย Ctrl-C ไม่มีข้อมูลใดถูกจัดเก็บ กรุณาเรียกใช้คำสั่งเดิมอีกครั้ง
hashset-import-finishing = อ่านไฟล์แล้ว กำลังสร้างดัชนีค่าแฮชและบันทึกข้อมูล
hashset-imported = นำเข้าชุดค่าแฮช { $name } แล้ว ({ $entries } รายการ, โปรไฟล์ { $profile }, รูปแบบ { $format })

hashset-label-name = ชื่อ
hashset-label-entries = จำนวนรายการ
hashset-label-profile = โปรไฟล์หมวดหมู่
hashset-label-format = รูปแบบ
hashset-label-uid = uid
hashset-label-source = SHA-256 ของไฟล์ที่นำเข้า
hashset-label-imported = วันเวลาที่นำเข้า
hashset-exported = ส่งออก { $records } รายการไปยัง { $file } แล้ว
hashset-removed = ลบชุดค่าแฮช { $name } แล้ว ({ $entries } รายการ)
