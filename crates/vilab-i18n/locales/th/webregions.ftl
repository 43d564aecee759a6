### Native review status: NOT REVIEWED.
### These Thai texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Thai speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: web-regions-heading web-regions-tool web-regions-tool-rect web-regions-tool-polygon web-regions-kind
### needs-review: web-regions-kind-face web-regions-kind-body web-regions-kind-mark web-regions-kind-text web-regions-kind-other
### needs-review: web-regions-kind-object web-regions-treatment web-regions-treatment-fill web-regions-treatment-pixelate web-regions-treatment-blur
### needs-review: web-regions-weak-warning web-regions-help web-regions-close web-regions-suggest web-regions-accept
### needs-review: web-regions-no-faces web-regions-none web-regions-col-version web-regions-col-who web-regions-col-when
### needs-review: web-regions-col-source web-regions-source-drawn web-regions-source-suggested web-regions-delete web-regions-audience-partner
### needs-review: web-regions-audience-trainee web-regions-audience-public web-renditions-heading web-renditions-make web-renditions-none
### needs-review: web-renditions-col-audience web-renditions-col-maker web-renditions-col-state web-renditions-stale web-renditions-approved-by
### needs-review: web-renditions-awaiting web-renditions-approve

## Regions and renditions on the media page (issue 20): the drawing
## tools, face suggestions, the list of regions, renditions per audience.

web-regions-heading = พื้นที่ของคดี { $case }
web-regions-tool = วาด
web-regions-tool-rect = สี่เหลี่ยม (ลาก)
web-regions-tool-polygon = รูปหลายเหลี่ยม (คลิกที่มุม)
web-regions-kind = ประเภท
web-regions-kind-face = ใบหน้า
web-regions-kind-body = ร่างกาย
web-regions-kind-mark = ตำหนิรูปพรรณ
web-regions-kind-text = ข้อความ
web-regions-kind-other = การปิดบังอื่น ๆ
web-regions-kind-object = วัตถุที่จะแสดง
web-regions-treatment = วิธีปิดบัง
web-regions-treatment-fill = ถมสีทึบ
web-regions-treatment-pixelate = ทำภาพแตกเป็นพิกเซล
web-regions-treatment-blur = ทำให้เบลอ
web-regions-weak-warning = การทำภาพแตกเป็นพิกเซลและการทำให้เบลอ ปิดบังได้น้อยกว่าการถมสีทึบทั้งคู่ ใบหน้าหรือตำหนิอาจยังถูกจดจำได้ เลือกใช้เฉพาะเมื่อการถมสีจะบังสิ่งที่ผู้ชมจำเป็นต้องเห็นเท่านั้น
web-regions-help = ลากบนภาพเพื่อวาดสี่เหลี่ยม สำหรับรูปหลายเหลี่ยม ให้คลิกที่มุม แล้วดับเบิลคลิกหรือกด ปิดรูปหลายเหลี่ยม ตำแหน่งเป็นพิกเซลของภาพต้นฉบับ
web-regions-close = ปิดรูปหลายเหลี่ยม
web-regions-suggest = เสนอใบหน้า
web-regions-accept = ยอมรับ
web-regions-no-faces = ไม่พบใบหน้า
web-regions-none = ยังไม่มีพื้นที่
web-regions-col-version = ฉบับ
web-regions-col-who = โดย
web-regions-col-when = เวลา
web-regions-col-source = ที่มา
web-regions-source-drawn = วาดเอง
web-regions-source-suggested = ระบบเสนอ ยอมรับแล้ว
web-regions-delete = ลบ
web-regions-audience-partner = หน่วยงานพันธมิตร
web-regions-audience-trainee = ผู้เข้ารับการฝึกอบรม
web-regions-audience-public = สาธารณชน
web-renditions-heading = ฉบับแสดงผลของคดี { $case }
web-renditions-make = สร้างสำหรับ { $audience }
web-renditions-none = ยังไม่มีฉบับแสดงผล
web-renditions-col-audience = กลุ่มผู้ชม
web-renditions-col-maker = สร้างโดย
web-renditions-col-state = สถานะ
web-renditions-stale = ล้าสมัย: มีพื้นที่เปลี่ยนไป
web-renditions-approved-by = อนุมัติโดย { $who }
web-renditions-awaiting = รอการอนุมัติจากนักวิเคราะห์คนที่สอง
web-renditions-approve = อนุมัติ
