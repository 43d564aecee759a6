### Native review status: NOT REVIEWED.
### These Vietnamese texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Vietnamese speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: error-permission-denied error-not-logged-in
### needs-review: error-login-failed error-login-throttled
### needs-review: error-case-not-found error-internal error-unknown-language
### reviewed:

error-permission-denied = Không có quyền: vai trò của tài khoản này không được phép thực hiện thao tác này.
error-not-logged-in = Chưa đăng nhập. Vui lòng đăng nhập rồi thử lại.
error-login-failed = Đăng nhập không thành công: tên người dùng hoặc mật khẩu không đúng.
error-login-throttled = Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau { $seconds } giây.
error-case-not-found = Không có vụ án nào tên '{ $case }' trong phòng thí nghiệm này.
error-internal = Lỗi nội bộ: thao tác chưa được hoàn tất. Chi tiết được ghi trong nhật ký; vui lòng báo cho quản trị viên.
error-unknown-language = Không nhận ra ngôn ngữ '{ $value }': vilab hỗ trợ en, km, lo, th và vi.
