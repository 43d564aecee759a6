### Native review status: NOT REVIEWED.
### These Vietnamese texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Vietnamese speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: backup-progress backup-stage-snapshot backup-stage-blobs
### needs-review: backup-stage-verify backup-done backup-label-blobs backup-label-bytes
### needs-review: backup-note restore-needs-user restore-done
### needs-review: error-backup-needs-encryption error-backup-invalid error-file-exists
### needs-review: hashset-profiles-set hashset-profiles-encrypted hashset-profiles-none

backup-progress = { $stage }: { $done }/{ $total } tệp lưu trữ, { $mb_per_second } MB/s, { $eta }
backup-stage-snapshot = ảnh chụp cơ sở dữ liệu
backup-stage-blobs = tệp lưu trữ
backup-stage-verify = đang kiểm tra phòng thí nghiệm đã khôi phục
backup-done = Đã ghi bản sao lưu vào { $file }. Bản sao lưu được mã hóa bằng khóa của phòng thí nghiệm: chỉ cụm mật khẩu hoặc khóa khôi phục của phòng thí nghiệm mới mở được.
backup-label-blobs = tệp lưu trữ
backup-label-bytes = kích thước tệp sao lưu (byte)
backup-note = Hãy cất bản sao lưu cách xa máy tính này. Khôi phục bằng: vilab restore FILE --lab NEW-LAB --user ADMINISTRATOR
restore-needs-user = hãy nêu một quản trị viên của phòng thí nghiệm đã sao lưu bằng --user (mật khẩu được đọc từ VILAB_PASSWORD_FILE hoặc được hỏi)
restore-done = Đã khôi phục phòng thí nghiệm { $path }: mọi tệp lưu trữ, cơ sở dữ liệu và nhật ký kiểm toán đều đã được kiểm tra.
error-backup-needs-encryption = Phòng thí nghiệm { $path } không được mã hóa: bản sao lưu sẽ chứa chứng cứ ở dạng không mã hóa. Hãy mã hóa trước bằng `vilab lab encrypt`, rồi sao lưu.
error-backup-invalid = { $path } không phải là bản sao lưu của vilab, hoặc đã bị sửa đổi, hư hỏng hay bị cắt ngắn: không có gì được khôi phục.
error-file-exists = { $file } đã tồn tại: không có gì bị ghi đè. Hãy chọn tên khác.

hashset-profiles-set = Đã thay thế các hồ sơ phân loại riêng của phòng thí nghiệm: { $count } ({ $names }). Các hồ sơ có sẵn vẫn giữ nguyên.
hashset-profiles-encrypted = Chúng được lưu ở dạng mã hóa trong phòng thí nghiệm. Bản thân tệp { $file } thì không: hãy xóa nó, hoặc giữ nó an toàn như phòng thí nghiệm.
hashset-profiles-none = Phòng thí nghiệm không có hồ sơ phân loại riêng: chỉ các hồ sơ có sẵn được áp dụng.
