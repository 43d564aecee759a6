### Native review status: NOT REVIEWED.
### These Vietnamese texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Vietnamese speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: ingest-error-walk-failed ingest-error-symlink-not-followed
### needs-review: ingest-error-not-a-regular-file ingest-error-stat-failed
### needs-review: ingest-error-open-failed ingest-error-read-failed
### needs-review: ingest-error-out-of-memory ingest-error-longer-than-declared
### needs-review: ingest-error-empty-file ingest-error-over-memory-budget
### needs-review: ingest-error-over-in-memory-limit ingest-error-decode-failed
### needs-review: ingest-error-decode-truncated ingest-error-no-image
### needs-review: ingest-error-decode-damaged ingest-error-unsupported-format
### needs-review: ingest-error-too-many-pixels ingest-error-over-memory-grant
### needs-review: ingest-error-exif-unreadable ingest-error-thumbnail-failed
### needs-review: ingest-error-pdq-failed ingest-error-store-failed
### needs-review: ingest-error-out-of-space ingest-error-store-read-failed
### needs-review: ingest-error-archive-read-failed
### needs-review: ingest-error-archive-unreadable
### needs-review: ingest-error-archive-entries-overlap
### needs-review: ingest-error-archive-split
### needs-review: ingest-error-archive-too-many-entries
### needs-review: ingest-error-archive-directory-too-large
### needs-review: ingest-error-archive-too-deep
### needs-review: ingest-error-archive-bomb-ratio
### needs-review: ingest-error-archive-bomb-expansion
### needs-review: ingest-error-member-unreadable
### needs-review: ingest-error-member-unsupported-method
### needs-review: ingest-error-member-encrypted
### needs-review: ingest-error-member-crc-mismatch
### needs-review: ingest-error-member-shorter-than-declared
### needs-review: ingest-error-member-longer-than-declared
### needs-review: ingest-error-member-damaged ingest-error-legacy
### needs-review: ingest-allocation-decode ingest-allocation-conversion
### needs-review: ingest-allocation-exif-parse ingest-allocation-exif-copy
### needs-review: ingest-allocation-jpeg-output
### needs-review: ingest-allocation-jpeg-coefficients
### reviewed:

ingest-error-walk-failed = không thể duyệt thư mục này
ingest-error-symlink-not-followed = không đi theo liên kết tượng trưng (symbolic link) này tới đích { $target }
ingest-error-not-a-regular-file = không phải tệp thông thường (thiết bị, socket hoặc pipe): không đọc
ingest-error-stat-failed = không thể đọc kích thước và thời gian của tệp này
ingest-error-open-failed = không thể mở tệp này
ingest-error-read-failed = không thể đọc tệp này; tệp sẽ được đọc lại ở lượt chạy tiếp theo
ingest-error-out-of-memory = không đủ bộ nhớ cho { $bytes } byte; tệp sẽ được đọc lại ở lượt chạy tiếp theo
ingest-error-longer-than-declared = có { $size } byte trong khi khai báo là { $declared } byte: đã lưu trữ, không giải mã
ingest-error-empty-file = tệp rỗng (0 byte)
ingest-error-over-memory-budget = không giải mã: cần { $needed } byte bộ nhớ, vượt quá toàn bộ hạn mức bộ nhớ của lượt nạp dữ liệu là { $budget } byte
ingest-error-over-in-memory-limit = ảnh { $size } byte, vượt giới hạn xử lý trong bộ nhớ là { $limit } byte: đã lưu trữ, không giải mã
ingest-error-decode-failed = không thể giải mã ảnh { $format } này
ingest-error-decode-truncated = không thể giải mã ảnh { $format } này: dữ liệu bị cắt cụt
ingest-error-no-image = không thể giải mã tệp { $format } này: tệp không chứa ảnh nào
ingest-error-decode-damaged = dữ liệu { $format } bị hỏng ({ $warnings } cảnh báo): đã tính giá trị băm, nhưng ảnh chỉ được dựng lại một phần
ingest-error-unsupported-format = bản dựng vilab này không có bộ giải mã cho định dạng { $format }: đã lưu trữ, không giải mã
ingest-error-too-many-pixels = ảnh { $width } x { $height } điểm ảnh, vượt giới hạn { $limit } điểm ảnh: đã lưu trữ, không giải mã
ingest-error-over-memory-grant = { $allocation } cần { $needed } byte bộ nhớ, vượt mức cho phép { $allowed } byte: đã lưu trữ, không giải mã
ingest-error-exif-unreadable = dữ liệu EXIF không đúng định dạng
ingest-error-thumbnail-failed = không thể tạo ảnh thu nhỏ
ingest-error-pdq-failed = không thể tính giá trị băm PDQ
ingest-error-store-failed = không thể ghi vào kho chứng cứ; tệp sẽ được lưu trữ ở lượt chạy tiếp theo
ingest-error-out-of-space = kho chứng cứ đã hết dung lượng: hãy giải phóng dung lượng rồi chạy lại cùng lệnh
ingest-error-store-read-failed = không thể đọc lại tệp nén từ kho chứng cứ
ingest-error-archive-read-failed = đọc tệp nén không thành công ở gần byte { $offset }
ingest-error-archive-unreadable = không thể mở tệp nén zip này
ingest-error-archive-entries-overlap = bị từ chối: mục { $first } và { $second } của tệp zip này dùng chung dữ liệu tại byte { $offset } (bom zip)
ingest-error-archive-split = tệp zip này bị chia thành nhiều tệp (bản ghi kết thúc, end record, tại byte { $offset } nằm trên đĩa { $disk }): hãy ghép các phần lại trước
ingest-error-archive-too-many-entries = tệp zip này có từ { $count } mục trở lên, vượt giới hạn { $limit } mục
ingest-error-archive-directory-too-large = thư mục trung tâm (central directory) của tệp zip này có kích thước { $size } byte, vượt giới hạn { $limit } byte
ingest-error-archive-too-deep = tệp nén lồng nhau sâu hơn { $limit } cấp: đã ghi nhận, không mở
ingest-error-archive-bomb-ratio = cơ chế chống bom zip: { $size } byte từ { $compressed } byte nén (tỷ lệ vượt quá { $limit })
ingest-error-archive-bomb-expansion = cơ chế chống bom zip: tệp nén bung ra tổng cộng vượt quá { $limit } byte
ingest-error-member-unreadable = không thể đọc mục { $entry } của tệp zip
ingest-error-member-unsupported-method = mục { $entry } của tệp zip được nén bằng phương thức { $method }, vilab không thể giải nén
ingest-error-member-encrypted = mục { $entry } của tệp zip đã được mã hóa: đã lưu trữ, không giải nén
ingest-error-member-crc-mismatch = mục { $entry } của tệp zip có CRC-32 là { $actual }, không phải { $expected } như đã khai báo: { $stored } byte đã đọc được lưu trữ nguyên trạng
ingest-error-member-shorter-than-declared = mục { $entry } của tệp zip cho { $actual } byte, ít hơn { $expected } byte đã khai báo: { $stored } byte đã đọc được lưu trữ nguyên trạng
ingest-error-member-longer-than-declared = mục { $entry } của tệp zip cho ít nhất { $actual } byte, nhiều hơn { $expected } byte đã khai báo: { $stored } byte đã đọc được lưu trữ nguyên trạng
ingest-error-member-damaged = mục { $entry } của tệp zip có dữ liệu nén bị hỏng hoặc bị cắt cụt sau { $produced } byte: { $stored } byte đã đọc được lưu trữ nguyên trạng
ingest-error-legacy = được ghi nhận bởi một phiên bản vilab trước đây

ingest-allocation-decode = quá trình giải mã { $format }
ingest-allocation-conversion = quá trình chuyển đổi { $format } sang 8 bit
ingest-allocation-exif-parse = quá trình phân tích EXIF
ingest-allocation-exif-copy = quá trình sao chép EXIF
ingest-allocation-jpeg-output = dữ liệu đầu ra JPEG
ingest-allocation-jpeg-coefficients = bộ đệm hệ số JPEG
