### Native review status: NOT REVIEWED.
### These Vietnamese texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Vietnamese speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: interrupt-requested terminate-requested interrupt-forced
### needs-review: outcome-allowed outcome-denied outcome-failed list-none
### reviewed:

interrupt-requested = Đang dừng sau khi xử lý xong các tệp đang thực hiện (nhấn Ctrl-C lần nữa để thoát ngay). Chạy lại cùng lệnh để tiếp tục.
terminate-requested = Đã nhận yêu cầu kết thúc: đang dừng sau khi xử lý xong các tệp đang thực hiện. Chạy lại cùng lệnh để tiếp tục.
interrupt-forced = Đã dừng ngay. Dữ liệu đã ghi vẫn được giữ nguyên; chạy lại cùng lệnh để tiếp tục.

outcome-allowed = được phép
outcome-denied = bị từ chối
outcome-failed = thất bại

list-none = không có
