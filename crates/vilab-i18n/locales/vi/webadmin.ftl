### Native review status: NOT REVIEWED.
### These Vietnamese texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Vietnamese speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: web-nav-account web-admin-add-heading web-admin-initial-password web-admin-add
### needs-review: web-admin-add-note web-admin-col-change web-admin-remove-case web-admin-set-role
### needs-review: web-admin-add-case web-admin-new-password web-admin-set-password web-admin-enable
### needs-review: web-admin-disable web-account-heading web-account-password-heading web-account-current
### needs-review: web-account-new web-account-change web-account-change-note 

web-nav-account = Tài khoản của tôi

## Accounts, for an administrator.

web-admin-add-heading = Thêm tài khoản
web-admin-initial-password = Mật khẩu ban đầu
web-admin-add = Thêm tài khoản
web-admin-add-note = Hãy trao trực tiếp mật khẩu ban đầu cho chủ tài khoản; họ có thể đổi mật khẩu trên trang tài khoản của mình.
web-admin-col-change = Thay đổi
web-admin-remove-case = Chấm dứt tư cách thành viên của vụ án { $case }
web-admin-set-role = Đổi vai trò
web-admin-add-case = Thêm làm thành viên
web-admin-new-password = Mật khẩu mới
web-admin-set-password = Đặt mật khẩu
web-admin-enable = Kích hoạt
web-admin-disable = Vô hiệu hóa

## One's own account.

web-account-heading = Tài khoản của tôi
web-account-password-heading = Đổi mật khẩu của tôi
web-account-current = Mật khẩu hiện tại
web-account-new = Mật khẩu mới
web-account-change = Đổi mật khẩu
web-account-change-note = Mọi phiên của tài khoản này đều kết thúc, kể cả phiên này: hãy đăng nhập lại bằng mật khẩu mới.
