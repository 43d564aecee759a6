### Native review status: NOT REVIEWED.
### These Vietnamese texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Vietnamese speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: stage-read stage-archive stage-decode stage-exif stage-store
### needs-review: ingest-interrupted ingest-files-found ingest-summary-heading
### needs-review: ingest-label-files-found ingest-label-already-done
### needs-review: ingest-label-files-processed ingest-label-contents
### needs-review: ingest-label-new-media ingest-label-new-occurrences
### needs-review: ingest-label-new-errors ingest-label-throughput
### needs-review: ingest-label-resolved-errors ingest-label-to-retry
### needs-review: ingest-incomplete ingest-resolved-by ingest-aborted-runs
### needs-review: ingest-note-duplicate-name ingest-note-local-name-differs
### needs-review: ingest-throughput progress-ingest-bar progress-ingest-line
### needs-review: progress-eta progress-file-bar progress-file-line
### reviewed:

ingest-interrupted = Quá trình nạp dữ liệu bị gián đoạn: chạy lại cùng lệnh để tiếp tục mà không tạo bản trùng lặp.
ingest-files-found = Đã tìm thấy { $count } tệp

ingest-summary-heading = Tóm tắt nạp dữ liệu
ingest-label-files-found = số tệp tìm thấy
ingest-label-already-done = đã nạp trước đó (bỏ qua)
ingest-label-files-processed = số tệp đã xử lý
ingest-label-contents = nội dung (kể cả tệp trong kho nén)
ingest-label-new-media = mục đa phương tiện mới
ingest-label-new-occurrences = vị trí xuất hiện mới
ingest-label-new-errors = lỗi nạp dữ liệu mới
ingest-label-throughput = tốc độ xử lý
ingest-label-resolved-errors = lỗi trước đây đã được khắc phục
ingest-label-to-retry = số tệp cần thử lại

ingest-incomplete =
    { $count ->
       *[other] Nạp dữ liệu CHƯA HOÀN TẤT: { $count } tệp không thể đọc hoặc lưu trữ (xem `vilab media errors`: ổ đĩa hỏng, kho chứng cứ đầy, thiếu bộ nhớ). Các tệp này không được tính là đã hoàn tất: hãy khắc phục nguyên nhân rồi chạy lại cùng lệnh; lệnh sẽ chỉ thử lại đúng các tệp đó.
    }
ingest-resolved-by = (đã được khắc phục bởi lượt chạy { $run })
ingest-aborted-runs =
    { $count ->
       *[other] lưu ý: lượt nạp dữ liệu { $runs } vẫn ở trạng thái đang chạy do tiến trình đã kết thúc mà chưa hoàn tất (sự cố hoặc bị buộc dừng): đã đánh dấu là bị hủy; hãy chạy lại cùng lệnh nạp dữ liệu để tiếp tục
    }

ingest-note-duplicate-name = một tệp khác trong kho nén này (mục { $index }) có cùng tên
ingest-note-local-name-differs = phần đầu cục bộ (local header) của tệp này ghi một tên khác

ingest-throughput = { $files_per_second } tệp/giây, { $mb_per_second } MB/s ({ $seconds } giây)

progress-ingest-bar =
    { $members ->
        [0] { $files_per_second } tệp/giây  { $mb_per_second } MB/s  còn khoảng { $eta }  lỗi { $errors }
       *[other] { $files_per_second } tệp/giây  { $mb_per_second } MB/s  còn khoảng { $eta }  lỗi { $errors }  tệp trong kho nén { $members }
    }
progress-ingest-line =
    { $members ->
        [0] tiến độ: { $files }/{ $files_total } tệp, { $files_per_second } tệp/giây, { $mb_per_second } MB/s, còn khoảng { $eta }, lỗi { $errors }
       *[other] tiến độ: { $files }/{ $files_total } tệp, { $files_per_second } tệp/giây, { $mb_per_second } MB/s, còn khoảng { $eta }, lỗi { $errors }, tệp trong kho nén { $members }
    }
progress-eta = còn khoảng { $left }
progress-file-bar = { $mb_per_second } MB/s  { $eta }
progress-file-line = tiến độ: { $read_mb }/{ $total_mb } MB, { $mb_per_second } MB/s, { $eta }

stage-read = đọc
stage-archive = tệp nén
stage-decode = giải mã ảnh
stage-exif = EXIF
stage-store = lưu trữ
