### Native review status: NOT REVIEWED.
### These Thai texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Thai speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: gallery-notice
### needs-review: gallery-prepared-for
### needs-review: gallery-from-lab
### needs-review: gallery-expires
### needs-review: gallery-expired
### needs-review: gallery-expiry-soft
### needs-review: gallery-language
### needs-review: gallery-noscript
### needs-review: gallery-back
### needs-review: gallery-item
### needs-review: gallery-participant
### needs-review: gallery-clue-prompt
### needs-review: gallery-clue-pin-hint
### needs-review: gallery-clue-pinned
### needs-review: gallery-clue-add
### needs-review: gallery-clues-yours
### needs-review: gallery-clues-none
### needs-review: gallery-clues-count
### needs-review: gallery-save-clues
### needs-review: gallery-save-note
### needs-review: gallery-answer-country
### needs-review: gallery-answer-place
### needs-review: gallery-answer-objects
### needs-review: gallery-answer-free-text
### needs-review: gallery-answer-keep
### needs-review: gallery-answer-kept
### needs-review: gallery-save-answers
### needs-review: gallery-country-kh
### needs-review: gallery-country-la
### needs-review: gallery-country-th
### needs-review: gallery-country-vn
### needs-review: gallery-country-other
### needs-review: gallery-object-shop-sign
### needs-review: gallery-object-power-socket
### needs-review: gallery-object-licence-plate
### needs-review: gallery-object-banknote
### needs-review: gallery-object-product-label
### needs-review: gallery-object-other
### needs-review: gallery-verify-ok
### needs-review: gallery-verify-failed
### needs-review: gallery-label-bundle
### needs-review: gallery-label-recipient
### needs-review: gallery-label-expires
### needs-review: gallery-label-fingerprint
### needs-review: gallery-label-files
### needs-review: gallery-label-public-key
### needs-review: gallery-label-skipped
### needs-review: gallery-export-written

# Offline gallery bundles (issue 20).
gallery-notice = ภาพที่ผ่านการปกปิดข้อมูลระบุตัวตนแล้ว จากการสืบสวนสื่อที่แสดงการล่วงละเมิดทางเพศเด็ก แสดงเพื่อช่วยระบุตัวผู้เสียหายและสถานที่ ห้ามคัดลอก แบ่งปัน หรือโพสต์ภาพเหล่านี้
gallery-prepared-for = จัดทำให้
gallery-from-lab = จาก
gallery-expires = ดูได้ถึงวันที่
gallery-expired = แกลเลอรีนี้หมดอายุแล้ว: จะไม่แสดงภาพอีก โปรดลบโฟลเดอร์นี้
gallery-expiry-soft = วันหมดอายุตรวจสอบโดยหน้าเหล่านี้เท่านั้น ไฟล์ยังอยู่ในคอมพิวเตอร์เครื่องนี้จนกว่าคุณจะลบ
gallery-language = ภาษา
gallery-noscript = แกลเลอรีนี้ต้องใช้ JavaScript ซึ่งทำงานบนคอมพิวเตอร์เครื่องนี้เท่านั้น และไม่ส่งข้อมูลใดผ่านเครือข่าย
gallery-back = กลับไปที่แกลเลอรี
gallery-item = รายการ
gallery-participant = ชื่อของคุณ
gallery-clue-prompt = เบาะแสของคุณ: คุณจำอะไรได้บ้าง (สถานที่ วัตถุ ป้าย ภาษา)
gallery-clue-pin-hint = คลิกที่ภาพเพื่อปักหมุดเบาะแสของคุณที่จุดหนึ่ง (ไม่บังคับ)
gallery-clue-pinned = ปักหมุดบนภาพแล้ว
gallery-clue-add = เพิ่มเบาะแส
gallery-clues-yours = เบาะแสของคุณสำหรับรายการนี้
gallery-clues-none = ยังไม่มีเบาะแส
gallery-clues-count = เบาะแสที่พิมพ์ในแกลเลอรีนี้:
gallery-save-clues = บันทึกเบาะแสของฉันเป็นไฟล์
gallery-save-note = โปรดส่งไฟล์ที่บันทึกไว้ให้ห้องปฏิบัติการที่จัดทำแกลเลอรีนี้
gallery-answer-country = ประเทศ
gallery-answer-place = สถานที่ (เมือง อำเภอ จังหวัด)
gallery-answer-objects = วัตถุที่คุณจะใช้ติดตาม
gallery-answer-free-text = เหตุผลของคุณ
gallery-answer-keep = เก็บคำตอบของฉัน
gallery-answer-kept = เก็บคำตอบแล้ว
gallery-save-answers = บันทึกคำตอบของฉันเป็นไฟล์
gallery-country-kh = กัมพูชา
gallery-country-la = ลาว
gallery-country-th = ไทย
gallery-country-vn = เวียดนาม
gallery-country-other = ประเทศอื่น
gallery-object-shop-sign = ป้ายร้านค้า
gallery-object-power-socket = เต้ารับไฟฟ้า
gallery-object-licence-plate = ป้ายทะเบียนรถ
gallery-object-banknote = ธนบัตร
gallery-object-product-label = ฉลากสินค้า
gallery-object-other = วัตถุอื่น
gallery-verify-ok = ตรวจสอบชุดแล้ว: ลายมือชื่อของห้องปฏิบัติการถูกต้อง ทุกไฟล์อยู่ในรายการพร้อมค่าแฮช และไม่มีไฟล์อื่นอยู่
gallery-verify-failed = ชุดนี้ตรวจสอบไม่ผ่าน: { $path }: { $detail }
gallery-label-bundle = ชุด
gallery-label-recipient = จัดทำให้
gallery-label-expires = ดูได้ถึงวันที่
gallery-label-fingerprint = ลายนิ้วมือกุญแจของห้องปฏิบัติการ
gallery-label-files = ไฟล์
gallery-label-public-key = กุญแจสาธารณะของห้องปฏิบัติการ
gallery-label-skipped = ไม่ได้ใส่ (ไม่มีภาพปัจจุบัน)
gallery-export-written = เขียนชุดไปที่ { $path } จำนวน { $items } รายการแล้ว ให้กุญแจสาธารณะของห้องปฏิบัติการแก่ผู้รับเพื่อตรวจสอบ: vilab gallery verify --key KEY FOLDER
