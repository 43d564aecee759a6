### Native review status: NOT REVIEWED.
### These Thai texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Thai speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: backup-progress backup-stage-snapshot backup-stage-blobs
### needs-review: backup-stage-verify backup-done backup-label-blobs backup-label-bytes
### needs-review: backup-note restore-needs-user restore-done
### needs-review: error-backup-needs-encryption error-backup-invalid error-file-exists
### needs-review: hashset-profiles-set hashset-profiles-encrypted hashset-profiles-none

backup-progress = { $stage }: ไฟล์ที่จัดเก็บ { $done }/{ $total }, { $mb_per_second } MB/s, { $eta }
backup-stage-snapshot = สแนปช็อตของฐานข้อมูล
backup-stage-blobs = ไฟล์ที่จัดเก็บ
backup-stage-verify = กำลังตรวจสอบห้องปฏิบัติการที่กู้คืน
backup-done = เขียนข้อมูลสำรองไปที่ { $file } แล้ว ข้อมูลสำรองถูกเข้ารหัสด้วยคีย์ของห้องปฏิบัติการ: มีเพียงวลีรหัสผ่านหรือคีย์กู้คืนของห้องปฏิบัติการเท่านั้นที่เปิดได้
backup-label-blobs = ไฟล์ที่จัดเก็บ
backup-label-bytes = ขนาดไฟล์สำรอง (ไบต์)
backup-note = เก็บข้อมูลสำรองไว้ห่างจากคอมพิวเตอร์เครื่องนี้ กู้คืนได้ด้วย: vilab restore FILE --lab NEW-LAB --user ADMINISTRATOR
restore-needs-user = ระบุผู้ดูแลระบบของห้องปฏิบัติการที่สำรองไว้ด้วย --user (อ่านรหัสผ่านจาก VILAB_PASSWORD_FILE หรือถาม)
restore-done = กู้คืนห้องปฏิบัติการ { $path } แล้ว: ตรวจสอบไฟล์ที่จัดเก็บทุกไฟล์ ฐานข้อมูล และบันทึกการตรวจสอบแล้ว
error-backup-needs-encryption = ห้องปฏิบัติการ { $path } ไม่ได้เข้ารหัส: ข้อมูลสำรองจะมีพยานหลักฐานที่ไม่เข้ารหัส โปรดเข้ารหัสก่อนด้วย `vilab lab encrypt` แล้วจึงสำรองข้อมูล
error-backup-invalid = { $path } ไม่ใช่ข้อมูลสำรองของ vilab หรือถูกแก้ไข เสียหาย หรือถูกตัดทอน: ไม่มีสิ่งใดถูกกู้คืน
error-file-exists = { $file } มีอยู่แล้ว: ไม่มีสิ่งใดถูกเขียนทับ โปรดเลือกชื่ออื่น

hashset-profiles-set = แทนที่โปรไฟล์ของห้องปฏิบัติการเองแล้ว: { $count } ({ $names }) โปรไฟล์ในตัวยังคงอยู่
hashset-profiles-encrypted = โปรไฟล์ถูกจัดเก็บแบบเข้ารหัสในห้องปฏิบัติการ แต่ไฟล์ { $file } เองไม่ได้เข้ารหัส: โปรดลบทิ้ง หรือเก็บรักษาให้ปลอดภัยเท่ากับห้องปฏิบัติการ
hashset-profiles-none = ห้องปฏิบัติการไม่มีโปรไฟล์ของตนเอง: ใช้เฉพาะโปรไฟล์ในตัวเท่านั้น
