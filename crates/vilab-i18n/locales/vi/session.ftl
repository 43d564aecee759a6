### Native review status: NOT REVIEWED.
### These Vietnamese texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Vietnamese speaker who works in child protection or criminal justice.
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

auth-password-prompt = Mật khẩu của { $user }:
auth-password-unreadable = không thể đọc mật khẩu từ thiết bị đầu cuối
auth-password-file-unreadable = không thể đọc tệp mật khẩu { $file }
auth-password-file-empty = { $file }: dòng đầu tiên (mật khẩu) bị trống
auth-no-session-place = không có nơi lưu phiên làm việc (không có XDG_RUNTIME_DIR và không có thư mục chính): hãy đặt VILAB_SESSION_FILE
login-needs-user = hãy chỉ định tài khoản đăng nhập bằng --user NAME
login-done = Đã đăng nhập với tài khoản { $user } ({ $role }) đến { $until }. Phiên làm việc được lưu trong { $file }; lệnh `vilab logout` sẽ kết thúc phiên.
logout-done = Đã đăng xuất: phiên làm việc đã bị thu hồi.
user-added = Đã tạo tài khoản { $user } ({ $role }).
user-disabled = Đã vô hiệu hóa tài khoản { $user }: tài khoản không thể đăng nhập nữa và các phiên làm việc của tài khoản đã kết thúc.
user-enabled = Đã kích hoạt tài khoản { $user }.
user-role-set = { $user } hiện có vai trò { $role }.
user-password-set = Đã đặt mật khẩu của { $user }; các phiên làm việc của tài khoản đã kết thúc.
user-cases-added = { $user } hiện là thành viên của vụ án { $case }.
user-cases-removed = { $user } không còn là thành viên của vụ án { $case }.
user-password-changed = Đã đổi mật khẩu của { $user }; mọi phiên làm việc của tài khoản này đã kết thúc. Hãy đăng nhập lại bằng `vilab login`.
auth-new-password-prompt = Mật khẩu mới:
auth-new-password-again = Nhập lại mật khẩu mới:
auth-new-password-mismatch = hai lần nhập mật khẩu mới không khớp; không có gì thay đổi
auth-new-password-needs-terminal = không có cửa sổ dòng lệnh để hỏi mật khẩu mới: hãy cung cấp bằng --new-password-file
login-unlock-kept = Phòng thí nghiệm đã mã hóa sẽ mở mà không cần cụm mật khẩu cho đến lúc đó: khóa của nó chỉ được giữ trong bộ nhớ, và `vilab logout` hoặc việc tắt máy sẽ xóa nó.
login-unlock-not-kept = Các lệnh sẽ hỏi cụm mật khẩu của phòng thí nghiệm: { $why }
login-unlock-no-runtime = không có thư mục runtime riêng ($XDG_RUNTIME_DIR) để giữ khóa trong bộ nhớ
login-unlock-not-memory = { $dir } không phải là hệ thống tệp trong bộ nhớ (tmpfs), nên khóa không được giữ ở đó
