### Native review status: NOT REVIEWED.
### These Vietnamese texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Vietnamese speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: ingest-error-disk-image-unreadable
### needs-review: ingest-error-disk-partition-table
### needs-review: ingest-error-disk-no-file-system
### needs-review: ingest-error-disk-file-system-damaged
### needs-review: ingest-error-disk-content-partial
### needs-review: error-disk-image-unreadable
### needs-review: error-exhibit-not-found
### needs-review: error-exhibit-ambiguous
### needs-review: exhibit-heading
### needs-review: exhibit-outside
### needs-review: exhibit-label-source
### needs-review: exhibit-label-container
### needs-review: exhibit-label-size
### needs-review: exhibit-label-stored-md5
### needs-review: exhibit-label-stored-sha1
### needs-review: exhibit-label-md5
### needs-review: exhibit-label-sha1
### needs-review: exhibit-label-sha256
### needs-review: exhibit-label-verification
### needs-review: exhibit-verification-verified
### needs-review: exhibit-verification-mismatch
### needs-review: exhibit-verification-not-stored
### needs-review: exhibit-verification-unreadable
### needs-review: exhibit-verification-interrupted
### needs-review: exhibit-no-image
### needs-review: exhibit-label-scheme
### needs-review: exhibit-volume
### needs-review: exhibit-no-fs
### needs-review: exhibit-label-counts
### needs-review: exhibit-counts
### needs-review: exhibit-label-errors
### needs-review: progress-image
### needs-review: progress-image-line
### reviewed:

ingest-error-disk-image-unreadable = không thể đọc ảnh đĩa (disk image) tại byte { $offset }
ingest-error-disk-partition-table = bảng phân vùng bị hỏng; phần đọc được vẫn được sử dụng
ingest-error-disk-no-file-system = phân vùng { $volume } không có hệ thống tệp mà vilab đọc được: thay vào đó, tệp được khôi phục trực tiếp từ dung lượng của nó (carving)
ingest-error-disk-file-system-damaged = hệ thống tệp của phân vùng { $volume } bị hỏng tại đây; phần còn lại vẫn được đọc
ingest-error-disk-content-partial = tệp thưa (sparse), nén hoặc mã hóa trên đĩa: các byte được lưu không phải toàn bộ nội dung

error-disk-image-unreadable = Không thể mở { $file } dưới dạng ảnh đĩa (disk image).
error-exhibit-not-found = Không có vật chứng { $exhibit } trong các vụ án bạn được xem.
error-exhibit-ambiguous = Nhiều vụ án có vật chứng { $exhibit } ({ $cases }): hãy chỉ rõ bằng --case.

exhibit-heading = Vật chứng { $exhibit } của vụ án { $case } (uid { $uid })
exhibit-label-source = đọc từ
exhibit-label-container = định dạng ảnh đĩa
exhibit-label-size = kích thước ảnh đĩa (byte)
exhibit-label-stored-md5 = MD5 lưu trong ảnh đĩa
exhibit-label-stored-sha1 = SHA-1 lưu trong ảnh đĩa
exhibit-label-md5 = MD5 của lần đọc toàn bộ
exhibit-label-sha1 = SHA-1 của lần đọc toàn bộ
exhibit-label-sha256 = SHA-256 của lần đọc toàn bộ
exhibit-label-verification = kiểm tra
exhibit-verification-verified = đã kiểm tra: giá trị băm lưu trong ảnh đĩa khớp với lần đọc toàn bộ
exhibit-verification-mismatch = KHÔNG KHỚP: lần đọc toàn bộ không cho ra giá trị băm lưu trong ảnh đĩa
exhibit-verification-not-stored = ảnh đĩa không lưu giá trị băm; các giá trị băm trên là bản ghi của lần đọc này
exhibit-verification-unreadable = không thể đọc ảnh đĩa đến hết
exhibit-verification-interrupted = đã dừng trước khi hết; lần nạp dữ liệu sau sẽ kiểm tra lại ảnh đĩa
exhibit-no-image = không phải ảnh đĩa: không có giá trị băm khi thu thập
exhibit-label-scheme = bảng phân vùng
exhibit-volume = phân vùng { $index } ({ $entry }), byte { $start } đến { $end }, hệ thống tệp { $fs }: { $allocated } đang dùng, { $deleted } đã xóa, { $carved } khôi phục từ vùng trống (carved), { $errors } lỗi
exhibit-no-fs = không tìm thấy
exhibit-label-counts = tệp tìm thấy
exhibit-counts = { $allocated } đang dùng, { $deleted } đã xóa, { $carved } khôi phục từ vùng trống (carved)
exhibit-label-errors = lỗi chưa xử lý
progress-image = đang kiểm tra ảnh đĩa: { $mb_per_second } MB/s, còn { $eta }
progress-image-line = đang kiểm tra ảnh đĩa: { $mb } / { $total } MB, { $mb_per_second } MB/s, còn { $eta }

# --- onepass: the space outside every partition (issue 23) ---
exhibit-outside = ngoài mọi phân vùng: đã tìm { $bytes } byte, { $carved } khôi phục từ vùng trống (carved), { $errors } lỗi
