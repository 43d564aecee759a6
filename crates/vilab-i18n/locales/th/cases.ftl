### Native review status: NOT REVIEWED.
### These Thai texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Thai speaker who works in child protection or criminal justice.
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

case-created = สร้างคดี { $case } แล้ว (uid { $uid })
case-heading = คดี { $case } (uid { $uid })
case-label-files = ไฟล์ (ตำแหน่งที่พบ)
case-label-media = รายการสื่อที่ไม่ซ้ำกัน
case-label-decoded = ภาพที่ถอดรหัสและคำนวณค่าแฮชแล้ว
case-label-exif-gps = มี EXIF / มี GPS
case-label-kinds = แยกตามประเภท
case-label-errors = ข้อผิดพลาดการนำเข้าแยกตามขั้นตอน
case-label-members = สมาชิก
case-exhibit = ของกลาง { $exhibit } จาก { $source }
case-run = รอบการทำงาน { $run }: { $status }, เริ่มเมื่อ { $started }, { $files } ไฟล์
run-status-running = กำลังทำงาน
run-status-completed = เสร็จสมบูรณ์
run-status-incomplete = ไม่สมบูรณ์ (มีไฟล์ที่ต้องลองใหม่)
run-status-interrupted = ถูกขัดจังหวะ
run-status-failed = ล้มเหลว
run-status-aborted = ยกเลิก (กระบวนการสิ้นสุดลงโดยไม่เสร็จสมบูรณ์)

init-created = สร้างห้องปฏิบัติการที่ { $path } แล้ว
init-label-lab-id = รหัสห้องปฏิบัติการ
init-label-public-key = กุญแจสาธารณะของห้องปฏิบัติการ (ed25519)
init-label-admin = ผู้ดูแลระบบ
init-next = ขั้นตอนถัดไป: เข้าสู่ระบบด้วย `vilab login --lab { $lab } --user { $admin }` จากนั้นสร้างบัญชีสำหรับผู้ที่จะทำงานในห้องปฏิบัติการด้วย `vilab user add`

demo-generated = กำลังสร้างข้อมูลของกลางจำลอง (seed { $seed }) ใน { $dir }
demo-generated-counts = { $files } ไฟล์, ไฟล์ในไฟล์บีบอัด { $members } ไฟล์, { $mb } MB
demo-hashset = ชุดค่าแฮช { $name } ({ $entries } รายการ, VICS 2.0, โปรไฟล์ vic-us) จาก { $file }
demo-case = คดี { $case }
demo-expected = ค่าที่คาดหมายจากตัวสร้างข้อมูล
demo-label-occurrences = ตำแหน่งที่พบ
demo-label-contents = เนื้อหาที่แตกต่างกัน
demo-label-corrupt = ไฟล์ที่เสียหาย
demo-accounts = บัญชีของการสาธิต (แสดงรหัสผ่านเพียงครั้งเดียว):
demo-audit-intact = ห่วงโซ่บันทึกการตรวจสอบผ่านการตรวจยืนยัน: { $records } รายการบันทึก ลงนามโดยห้องปฏิบัติการ
demo-explore = สำรวจข้อมูลได้ด้วยคำสั่งต่อไปนี้:

# issue 20, the training pack of the demo.
demo-training-case = ชุดฝึกอบรม
demo-training = ฉากฝึกอบรมจำลอง { $scenes } ฉากที่มีเบาะแสฝังไว้ ถูกนำเข้าในคดี { $case } ({ $items } รายการ) คำตอบสำหรับผู้ฝึกอบรมอยู่ใน { $file }
demo-training-exercise = แบบฝึกหัดการฝึกอบรม
demo-training-exercise-made = แกลเลอรีสำหรับผู้เข้าอบรม “{ $title }” ({ $gallery }): { $items } ฉากพร้อมแบบฝึกหัด { $trainer } แก้ไขและอ่านผล (vilab exercise results) { $trainee } ตอบ (vilab exercise answer)
