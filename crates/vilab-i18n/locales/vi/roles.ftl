### Native review status: NOT REVIEWED.
### These Vietnamese texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Vietnamese speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: role-admin role-analyst role-investigator role-trainer
### needs-review: role-trainee role-partner role-auditor
### needs-review: role-public
### reviewed:

role-admin = quản trị viên
role-analyst = chuyên viên phân tích
role-investigator = điều tra viên
role-trainer = giảng viên
role-trainee = học viên
role-partner = cơ quan đối tác
role-auditor = kiểm toán viên
# The public role (issue 20).
role-public = công chúng (chỉ ảnh cắt đã được duyệt)
