### Native review status: NOT REVIEWED.
### These Vietnamese texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Vietnamese speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: audit-label-records audit-label-head audit-label-last-signed
### needs-review: audit-unsigned-tail audit-intact audit-broken
### needs-review: audit-problem-gap audit-problem-order audit-problem-hash
### needs-review: audit-problem-checkpoint audit-problem-signature
### needs-review: audit-problem-cut-off
### reviewed:

audit-label-records = bản ghi
audit-label-head = bản ghi cuối cùng và giá trị băm của bản ghi
audit-label-last-signed = bản ghi cuối cùng đã được ký
audit-unsigned-tail = { $count } bản ghi sau điểm kiểm tra (checkpoint) có chữ ký cuối cùng (phần cuối của một lệnh chưa hoàn tất)
audit-intact = Chuỗi nhật ký kiểm toán còn nguyên vẹn.
audit-broken = CHUỖI NHẬT KÝ KIỂM TOÁN ĐÃ BỊ PHÁ VỠ: bản ghi sai đầu tiên là { $seq }.
audit-problem-gap = thiếu các bản ghi từ { $first } đến { $last }
audit-problem-order = bản ghi { $found } nằm ở vị trí lẽ ra là của bản ghi { $expected }
audit-problem-hash = giá trị băm của bản ghi { $seq } không khớp với giá trị băm đã lưu: bản ghi này, hoặc bản ghi liền trước, đã bị sửa, chèn thêm hoặc di chuyển
audit-problem-checkpoint = điểm kiểm tra có chữ ký tại bản ghi { $seq } không khớp với chuỗi
audit-problem-signature = điểm kiểm tra tại bản ghi { $seq } không được ký bởi phòng thí nghiệm này
audit-problem-cut-off = nhật ký kết thúc ở bản ghi { $last }, nhưng một điểm kiểm tra có chữ ký nêu bản ghi { $checkpoint }: phần cuối của nhật ký đã bị cắt bỏ
