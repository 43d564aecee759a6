### Native review status: NOT REVIEWED.
### These Vietnamese texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Vietnamese speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: hashset-import-interrupted hashset-import-finishing
### needs-review: hashset-imported
### reviewed:

hashset-import-interrupted = đã dừng nhập bằng Ctrl-C; không có dữ liệu nào được lưu, hãy chạy lại cùng lệnh
hashset-import-finishing = đã đọc xong tệp; đang lập chỉ mục giá trị băm và ghi dữ liệu
hashset-imported = đã nhập bộ giá trị băm { $name } ({ $entries } mục, hồ sơ { $profile }, định dạng { $format })
