### Native review status: NOT REVIEWED.
### These Thai texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Thai speaker who works in child protection or criminal justice.
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

ingest-error-disk-image-unreadable = ไม่สามารถอ่านอิมเมจดิสก์ (disk image) ที่ไบต์ { $offset } ได้
ingest-error-disk-partition-table = ตารางพาร์ทิชันเสียหาย ใช้ส่วนที่อ่านได้
ingest-error-disk-no-file-system = วอลุ่ม { $volume } ไม่มีระบบไฟล์ที่ vilab อ่านได้ จึงกู้ไฟล์จากพื้นที่ของวอลุ่มโดยตรง (carving) แทน
ingest-error-disk-file-system-damaged = ระบบไฟล์ของวอลุ่ม { $volume } เสียหายที่จุดนี้ ส่วนที่เหลือยังคงถูกอ่าน
ingest-error-disk-content-partial = ไฟล์นี้มีช่องว่าง (sparse) ถูกบีบอัด หรือถูกเข้ารหัสบนดิสก์: ไบต์ที่เก็บไว้ไม่ใช่เนื้อหาทั้งหมด

error-disk-image-unreadable = ไม่สามารถเปิด { $file } เป็นอิมเมจดิสก์ (disk image) ได้
error-exhibit-not-found = ไม่มีของกลาง { $exhibit } ในคดีที่คุณดูได้
error-exhibit-ambiguous = มีหลายคดีที่มีของกลาง { $exhibit } ({ $cases }): โปรดระบุด้วย --case

exhibit-heading = ของกลาง { $exhibit } ของคดี { $case } (uid { $uid })
exhibit-label-source = อ่านจาก
exhibit-label-container = รูปแบบอิมเมจ
exhibit-label-size = ขนาดอิมเมจ (ไบต์)
exhibit-label-stored-md5 = MD5 ที่เก็บไว้ในอิมเมจ
exhibit-label-stored-sha1 = SHA-1 ที่เก็บไว้ในอิมเมจ
exhibit-label-md5 = MD5 จากการอ่านทั้งหมด
exhibit-label-sha1 = SHA-1 จากการอ่านทั้งหมด
exhibit-label-sha256 = SHA-256 จากการอ่านทั้งหมด
exhibit-label-verification = การตรวจสอบ
exhibit-verification-verified = ตรวจสอบแล้ว: ค่าแฮชที่เก็บไว้ในอิมเมจตรงกับการอ่านทั้งหมด
exhibit-verification-mismatch = ไม่ตรงกัน: การอ่านทั้งหมดไม่ได้ค่าแฮชที่เก็บไว้ในอิมเมจ
exhibit-verification-not-stored = อิมเมจไม่ได้เก็บค่าแฮช ค่าแฮชข้างต้นเป็นบันทึกของการอ่านครั้งนี้
exhibit-verification-unreadable = อ่านอิมเมจไม่ได้จนจบ
exhibit-verification-interrupted = หยุดก่อนจบ การนำเข้าครั้งถัดไปจะตรวจอิมเมจอีกครั้ง
exhibit-no-image = ไม่ใช่อิมเมจดิสก์: ไม่มีค่าแฮชของการทำสำเนา
exhibit-label-scheme = ตารางพาร์ทิชัน
exhibit-volume = วอลุ่ม { $index } ({ $entry }) ไบต์ { $start } ถึง { $end } ระบบไฟล์ { $fs }: ใช้งานอยู่ { $allocated } ถูกลบ { $deleted } กู้จากพื้นที่ว่าง (carved) { $carved } ข้อผิดพลาด { $errors }
exhibit-no-fs = ไม่พบ
exhibit-label-counts = ไฟล์ที่พบ
exhibit-counts = ใช้งานอยู่ { $allocated } ถูกลบ { $deleted } กู้จากพื้นที่ว่าง (carved) { $carved }
exhibit-label-errors = ข้อผิดพลาดที่ยังเปิดอยู่
progress-image = กำลังตรวจอิมเมจ: { $mb_per_second } MB/s เหลือ { $eta }
progress-image-line = กำลังตรวจอิมเมจ: { $mb } จาก { $total } MB, { $mb_per_second } MB/s เหลือ { $eta }

# --- onepass: the space outside every partition (issue 23) ---
exhibit-outside = นอกทุกพาร์ทิชัน: ค้นหา { $bytes } ไบต์ กู้จากพื้นที่ว่าง (carved) { $carved } ข้อผิดพลาด { $errors }
