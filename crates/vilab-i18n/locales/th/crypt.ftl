### Native review status: NOT REVIEWED.
### These Thai texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Thai speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: unlock-passphrase-prompt unlock-unreadable unlock-file-unreadable
### needs-review: unlock-file-empty unlock-new-prompt unlock-new-again unlock-new-mismatch
### needs-review: unlock-new-needs-terminal init-encrypted init-label-recovery-key
### needs-review: init-recovery-key-note init-no-encrypt-warning lab-passphrase-changed
### needs-review: lab-recovery-key-replaced demo-label-passphrase demo-passphrase-note
### needs-review: error-lab-locked error-wrong-passphrase error-wrong-recovery-key
### needs-review: error-lab-keys-invalid error-lab-not-encrypted
### needs-review: lab-encrypt-done lab-encrypt-already

unlock-passphrase-prompt = วลีรหัสผ่านของห้องปฏิบัติการ { $path }:
unlock-unreadable = อ่านวลีรหัสผ่านจากเทอร์มินัลไม่ได้
unlock-file-unreadable = อ่านไฟล์ { $file } ไม่ได้
unlock-file-empty = ไฟล์ { $file } ว่างเปล่า: บรรทัดแรกต้องมีวลีรหัสผ่านหรือคีย์กู้คืน
unlock-new-prompt = วลีรหัสผ่านใหม่ของห้องปฏิบัติการ:
unlock-new-again = วลีรหัสผ่านใหม่อีกครั้ง:
unlock-new-mismatch = วลีรหัสผ่านทั้งสองไม่ตรงกัน ไม่มีสิ่งใดถูกสร้างหรือเปลี่ยนแปลง
unlock-new-needs-terminal = ไม่มีเทอร์มินัลสำหรับถามวลีรหัสผ่านใหม่: โปรดระบุไว้ในไฟล์ (บรรทัดแรก)
init-encrypted = ห้องปฏิบัติการถูกเข้ารหัสแล้ว: หากไม่มีวลีรหัสผ่านหรือคีย์กู้คืน จะไม่มีสิ่งใดในนั้นที่อ่านได้
init-label-recovery-key = คีย์กู้คืน
init-recovery-key-note = จดคีย์กู้คืนไว้ตอนนี้และเก็บไว้ในที่ปิดล็อกแยกจากคอมพิวเตอร์เครื่องนี้: คีย์จะแสดงเพียงครั้งนี้ครั้งเดียว และใช้เปิดห้องปฏิบัติการได้หากวลีรหัสผ่านสูญหาย
init-no-encrypt-warning = คำเตือน: ห้องปฏิบัติการ { $path } ไม่ได้เข้ารหัส: ผู้ใดที่ถือดิสก์นี้สามารถอ่านพยานหลักฐาน ภาพย่อ ชื่อคดี และบันทึกการตรวจสอบได้ ใช้ --no-encrypt เฉพาะบนดิสก์ที่เข้ารหัสทั้งลูก หรือเพื่อการทดสอบเท่านั้น
lab-passphrase-changed = เปลี่ยนวลีรหัสผ่านของห้องปฏิบัติการ { $path } แล้ว วลีเดิมเปิดไม่ได้อีกต่อไป ข้อมูลไม่ได้ถูกเขียนใหม่
lab-recovery-key-replaced = แทนที่คีย์กู้คืนของห้องปฏิบัติการ { $path } แล้ว คีย์เดิมเปิดไม่ได้อีกต่อไป
demo-label-passphrase = วลีรหัสผ่านของห้องปฏิบัติการ
demo-passphrase-note = ห้องปฏิบัติการสาธิตถูกเข้ารหัส: วลีรหัสผ่านข้างต้นแสดงเพียงครั้งนี้ครั้งเดียว คำสั่งบนห้องปฏิบัติการสาธิตจะถามหาวลีนี้ (หรืออ่านจากไฟล์ที่ VILAB_PASSPHRASE_FILE ระบุ)
error-lab-locked = ห้องปฏิบัติการ { $path } ถูกเข้ารหัส: โปรดให้วลีรหัสผ่าน (ถามบนเทอร์มินัล หรือในไฟล์ที่ VILAB_PASSPHRASE_FILE ระบุ) หรือคีย์กู้คืน (VILAB_RECOVERY_KEY_FILE)
error-wrong-passphrase = วลีรหัสผ่านไม่ถูกต้อง: ห้องปฏิบัติการยังคงล็อกอยู่ ไม่มีสิ่งใดถูกเปลี่ยนแปลง
error-wrong-recovery-key = คีย์กู้คืนไม่ถูกต้องหรือพิมพ์ผิด: ห้องปฏิบัติการยังคงล็อกอยู่ ไม่มีสิ่งใดถูกเปลี่ยนแปลง
error-lab-keys-invalid = คีย์ของห้องปฏิบัติการเปิดไฟล์ของห้องไม่ได้: ช่องคีย์หรือไฟล์ที่เข้ารหัสถูกแก้ไขหรือเสียหาย หรือเป็นของห้องปฏิบัติการอื่น
error-lab-not-encrypted = ห้องปฏิบัติการ { $path } ไม่ได้เข้ารหัส: ไม่มีวลีรหัสผ่านหรือคีย์กู้คืนให้เปลี่ยน
lab-encrypt-done = ห้องปฏิบัติการ { $path } ถูกเข้ารหัสแล้ว ไฟล์ที่จัดเก็บได้รับการตรวจสอบขณะเข้ารหัส และข้อมูลที่ไม่เข้ารหัสถูกเขียนทับและลบแล้ว สำเนาที่ระบบไฟล์หรือดิสก์อาจเก็บไว้ (สแนปช็อต การกระจายการเขียนของ SSD) อยู่นอกเหนือการควบคุมของ vilab: โปรดใช้การเข้ารหัสทั้งดิสก์ด้วย
lab-encrypt-already = ห้องปฏิบัติการ { $path } ถูกเข้ารหัสอยู่แล้ว ไม่มีการดำเนินการใด
