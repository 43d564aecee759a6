### Native review status: NOT REVIEWED.
### These Thai texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Thai speaker who works in child protection or criminal justice.
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

media-heading = รายการสื่อ { $id }
media-label-sha256 = SHA-256
media-label-md5 = MD5
media-label-sha1 = SHA-1
media-label-kind = ประเภท
media-label-size = ขนาด
media-bytes = { $bytes } ไบต์
media-label-pixels = พิกเซล
media-label-pdq-quality = คุณภาพ PDQ
media-label-pdq = PDQ { $symmetry }
media-label-thumbnail = ภาพขนาดย่อ
media-label-exif-make = ยี่ห้อกล้อง (EXIF)
media-label-exif-model = รุ่นกล้อง (EXIF)
media-label-exif-body-serial = หมายเลขเครื่องของตัวกล้อง (EXIF)
media-label-exif-lens-serial = หมายเลขเครื่องของเลนส์ (EXIF)
media-label-exif-taken = เวลาที่ถ่าย (ตามนาฬิกาของกล้อง)
media-label-exif-offset = ค่าชดเชยเวลา (EXIF)
media-label-gps-latitude = ละติจูด GPS
media-label-gps-longitude = ลองจิจูด GPS
media-label-gps-altitude = ความสูง GPS (ม.)
media-label-exif-orientation = การวางแนวภาพ (EXIF)
media-label-exif-software = ซอฟต์แวร์ (EXIF)
media-places = พบใน { $count } ตำแหน่ง
media-places-elsewhere = และใน { $count } ตำแหน่งในคดีที่ท่านไม่ได้เป็นสมาชิก
media-errors = ข้อผิดพลาดการนำเข้า { $count } รายการ

verify-label-checked = ก้อนข้อมูล (blob) ที่ตรวจสอบแล้ว
verify-label-bytes = ไบต์ที่คำนวณค่าแฮชแล้ว
verify-progress = ตรวจสอบ: { $checked }/{ $total } ก้อนข้อมูล, { $mb_per_second } MB/s
verify-corrupt = เสียหาย  { $path }  ค่าที่คาดหมาย { $expected }  ค่าจริง { $actual }
verify-unreadable = อ่านไม่ได้  { $path }  { $reason }
verify-stray = แปลกปลอม  { $path }
verify-missing = สูญหาย  { $sha256 }
verify-stopped = (หยุดก่อนเสร็จสิ้น)

# --- Disk occurrences' file-system times (issue 23, diskfeat) ---
# $time (string): a UTC time, RFC 3339 (2025-01-02T03:04:06Z).
media-place-modified = แก้ไข { $time }
media-place-created = สร้าง { $time }
media-place-accessed = เข้าถึง { $time }
