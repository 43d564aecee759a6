### Native review status: NOT REVIEWED.
### These Thai texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Thai speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: web-nav-account web-admin-add-heading web-admin-initial-password web-admin-add
### needs-review: web-admin-add-note web-admin-col-change web-admin-remove-case web-admin-set-role
### needs-review: web-admin-add-case web-admin-new-password web-admin-set-password web-admin-enable
### needs-review: web-admin-disable web-account-heading web-account-password-heading web-account-current
### needs-review: web-account-new web-account-change web-account-change-note 

web-nav-account = บัญชีผู้ใช้ของฉัน

## Accounts, for an administrator.

web-admin-add-heading = เพิ่มบัญชีผู้ใช้
web-admin-initial-password = รหัสผ่านแรก
web-admin-add = เพิ่มบัญชีผู้ใช้
web-admin-add-note = มอบรหัสผ่านแรกให้เจ้าของบัญชีด้วยตนเอง เจ้าของเปลี่ยนได้ที่หน้าบัญชีของตน
web-admin-col-change = เปลี่ยนแปลง
web-admin-remove-case = สิ้นสุดการเป็นสมาชิกของคดี { $case }
web-admin-set-role = เปลี่ยนบทบาท
web-admin-add-case = ให้เป็นสมาชิก
web-admin-new-password = รหัสผ่านใหม่
web-admin-set-password = ตั้งรหัสผ่าน
web-admin-enable = เปิดใช้งาน
web-admin-disable = ปิดใช้งาน

## One's own account.

web-account-heading = บัญชีผู้ใช้ของฉัน
web-account-password-heading = เปลี่ยนรหัสผ่านของฉัน
web-account-current = รหัสผ่านปัจจุบัน
web-account-new = รหัสผ่านใหม่
web-account-change = เปลี่ยนรหัสผ่าน
web-account-change-note = ทุกเซสชันของบัญชีนี้จะสิ้นสุดลง รวมทั้งเซสชันนี้ด้วย: เข้าสู่ระบบอีกครั้งด้วยรหัสผ่านใหม่
