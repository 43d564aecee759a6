### Native review status: NOT REVIEWED.
### These Vietnamese texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Vietnamese speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: case-created case-heading case-label-files case-label-media
### needs-review: case-label-decoded case-label-exif-gps case-label-kinds
### needs-review: case-label-errors case-label-members case-exhibit case-run
### needs-review: run-status-running run-status-completed run-status-incomplete
### needs-review: run-status-interrupted run-status-failed run-status-aborted
### needs-review: init-created init-label-lab-id init-label-public-key
### needs-review: init-label-admin init-next demo-generated
### needs-review: demo-generated-counts demo-hashset demo-case demo-expected
### needs-review: demo-label-occurrences demo-label-contents demo-label-corrupt
### needs-review: demo-accounts demo-audit-intact demo-explore
### needs-review: demo-training-case demo-training
### needs-review: demo-training-exercise demo-training-exercise-made
### reviewed:

case-created = Đã tạo vụ án { $case } (uid { $uid }).
case-heading = Vụ án { $case } (uid { $uid })
case-label-files = tệp (vị trí xuất hiện)
case-label-media = mục đa phương tiện không trùng lặp
case-label-decoded = hình ảnh đã giải mã và tính giá trị băm
case-label-exif-gps = có EXIF / có GPS
case-label-kinds = theo loại
case-label-errors = lỗi nạp dữ liệu theo giai đoạn
case-label-members = thành viên
case-exhibit = Vật chứng { $exhibit } từ { $source }
case-run = lượt chạy { $run }: { $status }, bắt đầu lúc { $started }, { $files } tệp
run-status-running = đang chạy
run-status-completed = đã hoàn tất
run-status-incomplete = chưa hoàn tất (còn tệp cần thử lại)
run-status-interrupted = bị gián đoạn
run-status-failed = thất bại
run-status-aborted = bị hủy (tiến trình đã kết thúc mà chưa hoàn tất)

init-created = Đã tạo phòng thí nghiệm tại { $path }
init-label-lab-id = mã phòng thí nghiệm
init-label-public-key = khóa công khai của phòng thí nghiệm (ed25519)
init-label-admin = quản trị viên
init-next = Bước tiếp theo: đăng nhập bằng `vilab login --lab { $lab } --user { $admin }`, sau đó tạo tài khoản cho những người sẽ làm việc trong phòng thí nghiệm bằng `vilab user add`.

demo-generated = Đang tạo dữ liệu vật chứng thu giữ mô phỏng (seed { $seed }) trong { $dir }
demo-generated-counts = { $files } tệp, { $members } tệp trong kho nén, { $mb } MB
demo-hashset = bộ giá trị băm { $name } ({ $entries } mục, VICS 2.0, hồ sơ vic-us) từ { $file }
demo-case = Vụ án { $case }
demo-expected = Giá trị dự kiến theo bộ sinh dữ liệu
demo-label-occurrences = vị trí xuất hiện
demo-label-contents = nội dung khác nhau
demo-label-corrupt = tệp bị hỏng
demo-accounts = Các tài khoản của bản trình diễn (mật khẩu chỉ hiển thị một lần):
demo-audit-intact = Chuỗi nhật ký kiểm toán đã được xác minh: { $records } bản ghi, có chữ ký của phòng thí nghiệm.
demo-explore = Khám phá dữ liệu bằng các lệnh sau:

# issue 20, the training pack of the demo.
demo-training-case = Bộ bài tập huấn luyện
demo-training = { $scenes } cảnh huấn luyện mô phỏng có cài sẵn manh mối đã được nạp vào vụ án { $case } ({ $items } mục). Đáp án dành cho giảng viên nằm trong { $file }
demo-training-exercise = Bài tập huấn luyện
demo-training-exercise-made = Thư viện ảnh cho học viên “{ $title }” ({ $gallery }): { $items } cảnh kèm một bài tập; { $trainer } chỉnh sửa và xem kết quả (vilab exercise results), { $trainee } trả lời (vilab exercise answer).
