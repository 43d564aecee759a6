### Native review status: NOT REVIEWED.
### These Thai texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Thai speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: error-permission-denied error-not-logged-in
### needs-review: error-login-failed error-login-throttled
### needs-review: error-case-not-found error-internal error-unknown-language
### reviewed:

error-permission-denied = ไม่มีสิทธิ์: บทบาทของท่านไม่ได้รับอนุญาตให้ดำเนินการนี้
error-not-logged-in = ท่านยังไม่ได้เข้าสู่ระบบ กรุณาเข้าสู่ระบบแล้วลองอีกครั้ง
error-login-failed = เข้าสู่ระบบไม่สำเร็จ: ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง
error-login-throttled = เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป กรุณาลองอีกครั้งใน { $seconds } วินาที
error-case-not-found = ไม่พบคดีชื่อ '{ $case }' ในห้องปฏิบัติการนี้
error-internal = เกิดข้อผิดพลาดภายในระบบ: การดำเนินการไม่เสร็จสมบูรณ์ รายละเอียดอยู่ในบันทึกของระบบ กรุณาแจ้งผู้ดูแลระบบ
error-unknown-language = ไม่รู้จักภาษา '{ $value }': vilab รองรับภาษา en, km, lo, th และ vi
