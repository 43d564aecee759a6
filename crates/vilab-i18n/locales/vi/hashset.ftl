### Native review status: NOT REVIEWED.
### These Vietnamese texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Vietnamese speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: hashset-import-interrupted hashset-import-finishing
### needs-review: hashset-imported
### needs-review: hashset-label-name hashset-label-entries
### needs-review: hashset-label-profile hashset-label-format hashset-label-uid
### needs-review: hashset-label-source hashset-label-imported hashset-exported
### needs-review: hashset-removed
### reviewed:

hashset-import-interrupted = đã dừng nhập bằng Ctrl-C; không có dữ liệu nào được lưu, hãy chạy lại cùng lệnh
hashset-import-finishing = đã đọc xong tệp; đang lập chỉ mục giá trị băm và ghi dữ liệu
hashset-imported = đã nhập bộ giá trị băm { $name } ({ $entries } mục, hồ sơ { $profile }, định dạng { $format })

hashset-label-name = tên
hashset-label-entries = số mục
hashset-label-profile = hồ sơ phân loại
hashset-label-format = định dạng
hashset-label-uid = uid
hashset-label-source = SHA-256 của tệp đã nhập
hashset-label-imported = thời điểm nhập
hashset-exported = đã xuất { $records } mục ra { $file }
hashset-removed = đã xóa bộ giá trị băm { $name } ({ $entries } mục)
