### Native review status: NOT REVIEWED.
### These Thai texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Thai speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: store-verify-clean store-verify-problems store-repair-hint
### needs-review: store-stale-temps store-stale-temp-failed
### reviewed:

store-verify-clean = ตรวจสอบคลังพยานหลักฐานแล้ว: ข้อมูลทุกก้อน (blob) ตรงกับค่า SHA-256 ของตน
store-verify-problems = พบปัญหาในคลังพยานหลักฐาน:
store-repair-hint = ซ่อมแซม   พบ { $sha256 } ในคดี '{ $case }' ของกลาง '{ $exhibit }' ที่ { $place }: หากต้องการกู้คืน ให้นำเข้าต้นฉบับอีกครั้งด้วย --repair: { $command }
store-stale-temps = ลบไฟล์ชั่วคราว { $count } ไฟล์ ขนาด { $bytes } ไบต์ ซึ่งค้างอยู่จากการเขียนที่ไม่เสร็จสมบูรณ์ (ระบบขัดข้องหรือถูกบังคับหยุด)
store-stale-temp-failed = ไม่สามารถลบ { $path }: { $reason }
