### Native review status: NOT REVIEWED.
### These Thai texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Thai speaker who works in child protection or criminal justice.
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

ingest-error-walk-failed = ไม่สามารถไล่อ่านรายการในโฟลเดอร์นี้ได้
ingest-error-symlink-not-followed = ไม่ได้ติดตามลิงก์สัญลักษณ์ (symbolic link) นี้ไปยังปลายทาง { $target }
ingest-error-not-a-regular-file = ไม่ใช่ไฟล์ปกติ (เป็นอุปกรณ์ ซ็อกเก็ต หรือไปป์): ไม่ได้อ่าน
ingest-error-stat-failed = ไม่สามารถอ่านขนาดและเวลาของไฟล์นี้ได้
ingest-error-open-failed = ไม่สามารถเปิดไฟล์นี้ได้
ingest-error-read-failed = ไม่สามารถอ่านไฟล์นี้ได้ ระบบจะอ่านไฟล์นี้อีกครั้งในรอบการทำงานครั้งถัดไป
ingest-error-out-of-memory = หน่วยความจำไม่พอสำหรับ { $bytes } ไบต์ ระบบจะอ่านไฟล์นี้อีกครั้งในรอบการทำงานครั้งถัดไป
ingest-error-longer-than-declared = มีขนาด { $size } ไบต์ ขณะที่ระบุไว้ { $declared } ไบต์: จัดเก็บแล้ว แต่ไม่ได้ถอดรหัส
ingest-error-empty-file = ไฟล์ว่างเปล่า (0 ไบต์)
ingest-error-over-memory-budget = ไม่ได้ถอดรหัส: ต้องใช้หน่วยความจำ { $needed } ไบต์ ซึ่งมากกว่างบหน่วยความจำทั้งหมดของการนำเข้าที่ { $budget } ไบต์
ingest-error-over-in-memory-limit = ภาพขนาด { $size } ไบต์ เกินขีดจำกัดการประมวลผลในหน่วยความจำที่ { $limit } ไบต์: จัดเก็บแล้ว แต่ไม่ได้ถอดรหัส
ingest-error-decode-failed = ไม่สามารถถอดรหัสภาพ { $format } นี้ได้
ingest-error-decode-truncated = ไม่สามารถถอดรหัสภาพ { $format } นี้ได้: ข้อมูลไม่ครบเพราะถูกตัดท้าย
ingest-error-no-image = ไม่สามารถถอดรหัสไฟล์ { $format } นี้ได้: ไม่มีภาพอยู่ในไฟล์
ingest-error-decode-damaged = ข้อมูล { $format } เสียหาย (คำเตือน { $warnings } รายการ): คำนวณค่าแฮชแล้ว แต่ภาพที่ได้มีข้อมูลเพียงบางส่วน
ingest-error-unsupported-format = vilab บิลด์นี้ไม่มีตัวถอดรหัสสำหรับรูปแบบ { $format }: จัดเก็บแล้ว แต่ไม่ได้ถอดรหัส
ingest-error-too-many-pixels = ภาพขนาด { $width } x { $height } พิกเซล เกินขีดจำกัด { $limit } พิกเซล: จัดเก็บแล้ว แต่ไม่ได้ถอดรหัส
ingest-error-over-memory-grant = { $allocation } ต้องใช้หน่วยความจำ { $needed } ไบต์ เกินกว่าที่อนุญาต { $allowed } ไบต์: จัดเก็บแล้ว แต่ไม่ได้ถอดรหัส
ingest-error-exif-unreadable = ข้อมูล EXIF มีรูปแบบไม่ถูกต้อง
ingest-error-thumbnail-failed = ไม่สามารถสร้างภาพขนาดย่อได้
ingest-error-pdq-failed = ไม่สามารถคำนวณค่าแฮช PDQ ได้
ingest-error-store-failed = ไม่สามารถเขียนลงคลังพยานหลักฐานได้ ระบบจะจัดเก็บในรอบการทำงานครั้งถัดไป
ingest-error-out-of-space = คลังพยานหลักฐานมีพื้นที่ไม่เพียงพอ: เพิ่มพื้นที่ว่างแล้วเรียกใช้คำสั่งเดิมอีกครั้ง
ingest-error-store-read-failed = ไม่สามารถอ่านไฟล์บีบอัดกลับจากคลังพยานหลักฐานได้
ingest-error-archive-read-failed = การอ่านไฟล์บีบอัดล้มเหลวใกล้ตำแหน่งไบต์ { $offset }
ingest-error-archive-unreadable = ไม่สามารถเปิดไฟล์บีบอัด zip นี้ได้
ingest-error-archive-entries-overlap = ปฏิเสธ: รายการ { $first } และ { $second } ของไฟล์ zip นี้ใช้ข้อมูลร่วมกันที่ไบต์ { $offset } (ระเบิด zip หรือ zip bomb)
ingest-error-archive-split = ไฟล์ zip นี้ถูกแบ่งเป็นหลายไฟล์ (ระเบียนท้าย หรือ end record ที่ไบต์ { $offset } อยู่บนดิสก์ { $disk }): ให้รวมส่วนต่าง ๆ เข้าด้วยกันก่อน
ingest-error-archive-too-many-entries = ไฟล์ zip นี้มีรายการตั้งแต่ { $count } รายการขึ้นไป เกินขีดจำกัด { $limit } รายการ
ingest-error-archive-directory-too-large = ไดเรกทอรีกลาง (central directory) ของไฟล์ zip นี้มีขนาด { $size } ไบต์ เกินขีดจำกัด { $limit } ไบต์
ingest-error-archive-too-deep = ไฟล์บีบอัดซ้อนกันลึกเกิน { $limit } ชั้น: บันทึกไว้แล้ว แต่ไม่ได้เปิด
ingest-error-archive-bomb-ratio = การป้องกันระเบิด zip: ได้ข้อมูล { $size } ไบต์จากข้อมูลบีบอัด { $compressed } ไบต์ (อัตราส่วนเกิน { $limit })
ingest-error-archive-bomb-expansion = การป้องกันระเบิด zip: ไฟล์บีบอัดนี้ขยายออกรวมกันเกิน { $limit } ไบต์
ingest-error-member-unreadable = ไม่สามารถอ่านรายการ { $entry } ในไฟล์ zip ได้
ingest-error-member-unsupported-method = รายการ { $entry } ในไฟล์ zip ถูกบีบอัดด้วยวิธี { $method } ซึ่ง vilab ไม่สามารถคลายการบีบอัดได้
ingest-error-member-encrypted = รายการ { $entry } ในไฟล์ zip ถูกเข้ารหัสลับ: จัดเก็บแล้ว แต่ไม่ได้คลายการบีบอัด
ingest-error-member-crc-mismatch = รายการ { $entry } ในไฟล์ zip มีค่า CRC-32 เป็น { $actual } ไม่ตรงกับค่า { $expected } ที่ระบุไว้: จัดเก็บข้อมูล { $stored } ไบต์ที่อ่านได้ไว้ตามสภาพเดิม
ingest-error-member-shorter-than-declared = รายการ { $entry } ในไฟล์ zip ให้ข้อมูล { $actual } ไบต์ น้อยกว่า { $expected } ไบต์ที่ระบุไว้: จัดเก็บข้อมูล { $stored } ไบต์ที่อ่านได้ไว้ตามสภาพเดิม
ingest-error-member-longer-than-declared = รายการ { $entry } ในไฟล์ zip ให้ข้อมูลอย่างน้อย { $actual } ไบต์ มากกว่า { $expected } ไบต์ที่ระบุไว้: จัดเก็บข้อมูล { $stored } ไบต์ที่อ่านได้ไว้ตามสภาพเดิม
ingest-error-member-damaged = รายการ { $entry } ในไฟล์ zip มีข้อมูลบีบอัดที่เสียหายหรือถูกตัดท้ายหลังจาก { $produced } ไบต์: จัดเก็บข้อมูล { $stored } ไบต์ที่อ่านได้ไว้ตามสภาพเดิม
ingest-error-legacy = บันทึกโดย vilab รุ่นก่อนหน้า

ingest-allocation-decode = การถอดรหัส { $format }
ingest-allocation-conversion = การแปลง { $format } เป็น 8 บิต
ingest-allocation-exif-parse = การแยกวิเคราะห์ EXIF
ingest-allocation-exif-copy = การคัดลอก EXIF
ingest-allocation-jpeg-output = ข้อมูลผลลัพธ์ JPEG
ingest-allocation-jpeg-coefficients = บัฟเฟอร์สัมประสิทธิ์ JPEG
