### Native review status: NOT REVIEWED.
### These Vietnamese texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Vietnamese speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: store-verify-clean store-verify-problems store-repair-hint
### needs-review: store-stale-temps store-stale-temp-failed
### reviewed:

store-verify-clean = Đã kiểm tra kho chứng cứ: mọi khối dữ liệu (blob) đều khớp với SHA-256 của nó.
store-verify-problems = PHÁT HIỆN SỰ CỐ TRONG KHO CHỨNG CỨ:
store-repair-hint = SỬA CHỮA   { $sha256 } đã được tìm thấy trong vụ án '{ $case }', vật chứng '{ $exhibit }', tại { $place }: để khôi phục, hãy nạp lại bản gốc với --repair: { $command }
store-stale-temps = đã xóa { $count } tệp tạm ({ $bytes } byte) còn sót lại từ các thao tác ghi chưa hoàn tất (sự cố hoặc bị buộc dừng)
store-stale-temp-failed = không thể xóa { $path }: { $reason }
