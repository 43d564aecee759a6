### Native review status: NOT REVIEWED.
### These Thai texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Thai speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: user-password-changed auth-new-password-prompt auth-new-password-again
### needs-review: auth-new-password-mismatch auth-new-password-needs-terminal
### needs-review: auth-password-prompt auth-password-unreadable
### needs-review: auth-password-file-unreadable auth-password-file-empty
### needs-review: auth-no-session-place login-needs-user login-done logout-done
### needs-review: user-added user-disabled user-enabled user-role-set
### needs-review: user-password-set user-cases-added user-cases-removed
### needs-review: login-unlock-kept login-unlock-not-kept login-unlock-no-runtime login-unlock-not-memory
### reviewed:

auth-password-prompt = รหัสผ่านของ { $user }:
auth-password-unreadable = ไม่สามารถอ่านรหัสผ่านจากเทอร์มินัล
auth-password-file-unreadable = ไม่สามารถอ่านไฟล์รหัสผ่าน { $file }
auth-password-file-empty = { $file }: บรรทัดแรก (รหัสผ่าน) ว่างเปล่า
auth-no-session-place = ไม่มีที่สำหรับเก็บเซสชัน (ไม่มี XDG_RUNTIME_DIR และไม่มีโฟลเดอร์หลัก): กรุณากำหนด VILAB_SESSION_FILE
login-needs-user = กรุณาระบุบัญชีที่จะใช้เข้าสู่ระบบด้วย --user NAME
login-done = เข้าสู่ระบบในชื่อ { $user } ({ $role }) จนถึง { $until } เซสชันถูกเก็บไว้ใน { $file } ใช้ `vilab logout` เพื่อสิ้นสุดเซสชัน
logout-done = ออกจากระบบแล้ว: เซสชันถูกเพิกถอน
user-added = สร้างบัญชี { $user } แล้ว ({ $role })
user-disabled = ระงับการใช้งานบัญชี { $user } แล้ว: บัญชีนี้ไม่สามารถเข้าสู่ระบบได้อีก และเซสชันทั้งหมดของบัญชีสิ้นสุดลงแล้ว
user-enabled = เปิดใช้งานบัญชี { $user } แล้ว
user-role-set = { $user } มีบทบาทเป็น { $role } แล้ว
user-password-set = ตั้งรหัสผ่านของ { $user } แล้ว เซสชันทั้งหมดของบัญชีนี้สิ้นสุดลงแล้ว
user-cases-added = { $user } เป็นสมาชิกของคดี { $case } แล้ว
user-cases-removed = { $user } ไม่ได้เป็นสมาชิกของคดี { $case } อีกต่อไป
user-password-changed = เปลี่ยนรหัสผ่านของ { $user } แล้ว เซสชันทั้งหมดของบัญชีนี้สิ้นสุดลง กรุณาเข้าสู่ระบบใหม่ด้วย `vilab login`
auth-new-password-prompt = รหัสผ่านใหม่:
auth-new-password-again = ยืนยันรหัสผ่านใหม่อีกครั้ง:
auth-new-password-mismatch = รหัสผ่านใหม่ทั้งสองครั้งไม่ตรงกัน ไม่มีการเปลี่ยนแปลงใด
auth-new-password-needs-terminal = ไม่มีเทอร์มินัลสำหรับถามรหัสผ่านใหม่ กรุณาระบุด้วย --new-password-file
login-unlock-kept = ห้องปฏิบัติการที่เข้ารหัสจะเปิดได้โดยไม่ต้องใช้วลีรหัสผ่านจนถึงเวลานั้น: กุญแจของห้องปฏิบัติการเก็บไว้ในหน่วยความจำเท่านั้น และ `vilab logout` หรือการปิดเครื่องจะลบกุญแจนั้นทิ้ง
login-unlock-not-kept = คำสั่งต่าง ๆ จะถามวลีรหัสผ่านของห้องปฏิบัติการ: { $why }
login-unlock-no-runtime = ไม่มีไดเรกทอรีรันไทม์ส่วนตัว ($XDG_RUNTIME_DIR) สำหรับเก็บกุญแจไว้ในหน่วยความจำ
login-unlock-not-memory = { $dir } ไม่ใช่ระบบไฟล์ในหน่วยความจำ (tmpfs) จึงไม่เก็บกุญแจไว้ที่นั่น
