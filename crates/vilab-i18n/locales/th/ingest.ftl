### Native review status: NOT REVIEWED.
### These Thai texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Thai speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: stage-read stage-archive stage-decode stage-exif stage-store
### needs-review: ingest-interrupted ingest-files-found ingest-summary-heading
### needs-review: ingest-label-files-found ingest-label-already-done
### needs-review: ingest-label-files-processed ingest-label-contents
### needs-review: ingest-label-new-media ingest-label-new-occurrences
### needs-review: ingest-label-new-errors ingest-label-throughput
### needs-review: ingest-label-resolved-errors ingest-label-to-retry
### needs-review: ingest-incomplete ingest-resolved-by ingest-aborted-runs
### needs-review: ingest-note-duplicate-name ingest-note-local-name-differs
### needs-review: ingest-throughput progress-ingest-bar progress-ingest-line
### needs-review: progress-eta progress-file-bar progress-file-line
### reviewed:

ingest-interrupted = การนำเข้าถูกขัดจังหวะ: เรียกใช้คำสั่งเดิมอีกครั้งเพื่อดำเนินการต่อโดยไม่เกิดข้อมูลซ้ำ
ingest-files-found = พบ { $count } ไฟล์

ingest-summary-heading = สรุปการนำเข้า
ingest-label-files-found = ไฟล์ที่พบ
ingest-label-already-done = นำเข้าแล้ว (ข้าม)
ingest-label-files-processed = ไฟล์ที่ประมวลผล
ingest-label-contents = เนื้อหา (รวมไฟล์ในไฟล์บีบอัด)
ingest-label-new-media = รายการสื่อใหม่
ingest-label-new-occurrences = ตำแหน่งที่พบใหม่
ingest-label-new-errors = ข้อผิดพลาดการนำเข้าใหม่
ingest-label-throughput = อัตราการประมวลผล
ingest-label-resolved-errors = ข้อผิดพลาดเดิมที่แก้ไขแล้ว
ingest-label-to-retry = ไฟล์ที่ต้องลองใหม่

ingest-incomplete = การนำเข้ายังไม่สมบูรณ์: มี { $count } ไฟล์ที่ไม่สามารถอ่านหรือจัดเก็บได้ (ดู `vilab media errors`: ดิสก์ชำรุด คลังพยานหลักฐานเต็ม หรือหน่วยความจำไม่พอ) ไฟล์เหล่านี้จะไม่ถูกนับว่าเสร็จสิ้น: แก้ไขสาเหตุแล้วเรียกใช้คำสั่งเดิมอีกครั้ง ระบบจะลองใหม่เฉพาะไฟล์เหล่านั้น
ingest-resolved-by = (แก้ไขแล้วโดยรอบการทำงาน { $run })
ingest-aborted-runs =
    { $count ->
       *[other] หมายเหตุ: รอบการนำเข้า { $runs } ยังค้างอยู่ในสถานะกำลังทำงาน เนื่องจากกระบวนการสิ้นสุดลงโดยไม่เสร็จสมบูรณ์ (ระบบขัดข้องหรือถูกบังคับหยุด): ทำเครื่องหมายว่ายกเลิกแล้ว เรียกใช้การนำเข้าเดิมอีกครั้งเพื่อดำเนินการต่อ
    }

ingest-note-duplicate-name = ไฟล์อื่นในไฟล์บีบอัดนี้ (รายการที่ { $index }) มีชื่อเดียวกัน
ingest-note-local-name-differs = ส่วนหัวภายใน (local header) ของไฟล์นี้ระบุชื่ออื่น

ingest-throughput = { $files_per_second } ไฟล์/วินาที, { $mb_per_second } MB/s ({ $seconds } วินาที)

progress-ingest-bar =
    { $members ->
        [0] { $files_per_second } ไฟล์/วินาที  { $mb_per_second } MB/s  เหลือประมาณ { $eta }  ข้อผิดพลาด { $errors }
       *[other] { $files_per_second } ไฟล์/วินาที  { $mb_per_second } MB/s  เหลือประมาณ { $eta }  ข้อผิดพลาด { $errors }  ไฟล์ในไฟล์บีบอัด { $members }
    }
progress-ingest-line =
    { $members ->
        [0] ความคืบหน้า: { $files }/{ $files_total } ไฟล์, { $files_per_second } ไฟล์/วินาที, { $mb_per_second } MB/s, เหลือประมาณ { $eta }, ข้อผิดพลาด { $errors }
       *[other] ความคืบหน้า: { $files }/{ $files_total } ไฟล์, { $files_per_second } ไฟล์/วินาที, { $mb_per_second } MB/s, เหลือประมาณ { $eta }, ข้อผิดพลาด { $errors }, ไฟล์ในไฟล์บีบอัด { $members }
    }
progress-eta = เหลือประมาณ { $left }
progress-file-bar = { $mb_per_second } MB/s  { $eta }
progress-file-line = ความคืบหน้า: { $read_mb }/{ $total_mb } MB, { $mb_per_second } MB/s, { $eta }

stage-read = การอ่าน
stage-archive = ไฟล์บีบอัด
stage-decode = การถอดรหัสภาพ
stage-exif = EXIF
stage-store = การจัดเก็บ
