### Native review status: NOT REVIEWED.
### These Vietnamese texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Vietnamese speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: media-heading media-label-sha256 media-label-md5
### needs-review: media-label-sha1 media-label-kind media-label-size
### needs-review: media-bytes media-label-pixels media-label-pdq-quality
### needs-review: media-label-pdq media-label-thumbnail media-label-exif-make
### needs-review: media-label-exif-model media-label-exif-body-serial
### needs-review: media-label-exif-lens-serial media-label-exif-taken
### needs-review: media-label-exif-offset media-label-gps-latitude
### needs-review: media-label-gps-longitude media-label-gps-altitude
### needs-review: media-label-exif-orientation media-label-exif-software
### needs-review: media-places media-places-elsewhere media-errors
### needs-review: verify-label-checked verify-label-bytes verify-progress
### needs-review: verify-corrupt verify-unreadable verify-stray verify-missing
### needs-review: verify-stopped
### needs-review: media-place-modified media-place-created media-place-accessed
### reviewed:

media-heading = Mục đa phương tiện { $id }
media-label-sha256 = SHA-256
media-label-md5 = MD5
media-label-sha1 = SHA-1
media-label-kind = loại
media-label-size = kích thước
media-bytes = { $bytes } byte
media-label-pixels = điểm ảnh
media-label-pdq-quality = chất lượng PDQ
media-label-pdq = PDQ { $symmetry }
media-label-thumbnail = ảnh thu nhỏ
media-label-exif-make = hãng máy ảnh (EXIF)
media-label-exif-model = kiểu máy ảnh (EXIF)
media-label-exif-body-serial = số sê-ri thân máy (EXIF)
media-label-exif-lens-serial = số sê-ri ống kính (EXIF)
media-label-exif-taken = thời điểm chụp (theo đồng hồ máy ảnh)
media-label-exif-offset = độ lệch múi giờ (EXIF)
media-label-gps-latitude = vĩ độ GPS
media-label-gps-longitude = kinh độ GPS
media-label-gps-altitude = độ cao GPS (m)
media-label-exif-orientation = hướng ảnh (EXIF)
media-label-exif-software = phần mềm (EXIF)
media-places = Được tìm thấy tại { $count } vị trí
media-places-elsewhere = và tại { $count } vị trí trong các vụ án mà tài khoản này không phải là thành viên
media-errors = { $count } lỗi nạp dữ liệu

verify-label-checked = số khối dữ liệu (blob) đã kiểm tra
verify-label-bytes = số byte đã tính giá trị băm
verify-progress = kiểm tra: { $checked }/{ $total } khối dữ liệu, { $mb_per_second } MB/s
verify-corrupt = HỎNG  { $path }  dự kiến { $expected }  thực tế { $actual }
verify-unreadable = KHÔNG ĐỌC ĐƯỢC  { $path }  { $reason }
verify-stray = DƯ THỪA  { $path }
verify-missing = THIẾU  { $sha256 }
verify-stopped = (đã dừng trước khi hoàn tất)

# --- Disk occurrences' file-system times (issue 23, diskfeat) ---
# $time (string): a UTC time, RFC 3339 (2025-01-02T03:04:06Z).
media-place-modified = sửa đổi { $time }
media-place-created = tạo { $time }
media-place-accessed = truy cập { $time }
