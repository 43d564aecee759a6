### Native review status: NOT REVIEWED.
### These Thai texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Thai speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: web-records-link web-leads-link web-records-heading web-records-victims
### needs-review: web-records-offenders web-records-locations web-records-none web-records-col-label
### needs-review: web-records-col-notes web-records-col-status web-records-col-set-by web-records-col-links
### needs-review: web-records-col-position web-records-col-description web-records-set web-records-new-person
### needs-review: web-records-new-location web-records-kind web-records-add web-records-lat
### needs-review: web-records-lon web-records-link-series web-records-link-item person-kind-victim
### needs-review: person-kind-offender id-status-unidentified id-status-identified id-status-safeguarded
### needs-review: lead-status-open lead-status-followed lead-status-closed web-search-kind-person
### needs-review: web-search-kind-location web-search-kind-lead web-search-kind-series web-leads-heading
### needs-review: web-leads-search web-leads-search-button web-leads-found web-leads-any
### needs-review: web-leads-col-owner web-leads-filter web-leads-col-item web-leads-col-text
### needs-review: web-leads-col-rect web-leads-nobody web-leads-new web-leads-rect-hint
### needs-review: web-leads-w web-leads-h
### needs-review: web-records-edit web-records-save web-records-unlink web-records-link-to web-records-link-add web-records-linked-heading
### reviewed:

## Records beside the media: victims, offenders, locations, leads, search
## (the browser lab's records and leads pages, the media page's lead form).

web-records-link = ผู้เสียหาย ผู้กระทำความผิด และสถานที่
web-leads-link = เบาะแสและการค้นหา
web-records-heading = ผู้เสียหาย ผู้กระทำความผิด และสถานที่ของคดี { $case }
web-records-victims = ผู้เสียหาย
web-records-offenders = ผู้กระทำความผิด
web-records-locations = สถานที่
web-records-none = ยังไม่มี
web-records-col-label = ชื่อหรือคำอธิบาย
web-records-col-notes = บันทึก
web-records-col-status = สถานะ
web-records-col-set-by = กำหนดโดย
web-records-col-links = เชื่อมโยงกับ
web-records-col-position = ตำแหน่ง
web-records-col-description = คำอธิบาย
web-records-set = กำหนด
web-records-new-person = เพิ่มผู้เสียหายหรือผู้กระทำความผิด
web-records-new-location = เพิ่มสถานที่
web-records-kind = ประเภท
web-records-add = เพิ่ม
web-records-lat = ละติจูด
web-records-lon = ลองจิจูด
web-records-link-series = ชุดภาพ { $id }
web-records-link-item = รายการ { $id }
# Editing records in the pages.
web-records-edit = แก้ไข
web-records-save = บันทึก
web-records-unlink = ยกเลิกการเชื่อมโยง
web-records-link-to = เชื่อมโยงกับรายการนี้
web-records-link-add = เชื่อมโยง
web-records-linked-heading = ผู้เสียหาย ผู้กระทำผิด และสถานที่ของคดี { $case } ที่เชื่อมโยงไว้ที่นี่
person-kind-victim = ผู้เสียหาย
person-kind-offender = ผู้กระทำความผิด
id-status-unidentified = ยังไม่ระบุตัวตน
id-status-identified = ระบุตัวตนแล้ว
id-status-safeguarded = ได้รับการคุ้มครองแล้ว
lead-status-open = เปิดอยู่
lead-status-followed = ติดตามแล้ว
lead-status-closed = ปิดแล้ว
web-search-kind-person = บุคคล
web-search-kind-location = สถานที่
web-search-kind-lead = เบาะแส
web-search-kind-series = ชุดภาพ
web-leads-heading = เบาะแสของคดี { $case }
web-leads-search = ค้นหาชื่อ บันทึก และเบาะแส
web-leads-search-button = ค้นหา
web-leads-found = พบ: { $count }
web-leads-any = ทั้งหมด
web-leads-col-owner = ผู้รับผิดชอบ
web-leads-filter = กรอง
web-leads-col-item = รายการ
web-leads-col-text = บันทึก
web-leads-col-rect = พื้นที่ (พิกเซล)
web-leads-nobody = ไม่มีผู้ใด
web-leads-new = ปักเบาะแสไว้กับรายการนี้ในคดี { $case }
web-leads-rect-hint = ระบุพื้นที่ของภาพได้ตามต้องการ: ลากบนภาพด้านบน หรือพิมพ์เป็นพิกเซลของภาพต้นฉบับ: x และ y นับจากมุมซ้ายบน ความกว้าง และความสูง
web-leads-w = ความกว้าง
web-leads-h = ความสูง
