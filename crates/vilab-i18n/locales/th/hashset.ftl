### Native review status: NOT REVIEWED.
### These Thai texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Thai speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: hashset-import-interrupted hashset-import-finishing
### needs-review: hashset-imported
### reviewed:

hashset-import-interrupted = การนำเข้าถูกหยุดด้วย Ctrl-C ไม่มีข้อมูลใดถูกจัดเก็บ กรุณาเรียกใช้คำสั่งเดิมอีกครั้ง
hashset-import-finishing = อ่านไฟล์แล้ว กำลังสร้างดัชนีค่าแฮชและบันทึกข้อมูล
hashset-imported = นำเข้าชุดค่าแฮช { $name } แล้ว ({ $entries } รายการ, โปรไฟล์ { $profile }, รูปแบบ { $format })
