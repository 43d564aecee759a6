### Native review status: NOT REVIEWED.
### These Thai texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Thai speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: error-permission-denied error-not-logged-in
### needs-review: error-login-failed error-login-throttled
### needs-review: error-case-not-found error-internal error-unknown-language
### needs-review: error-detail error-generic error-invalid-input
### needs-review: error-file-unreadable error-file-unwritable
### needs-review: error-session-ended error-lab-not-found error-lab-exists
### needs-review: error-lab-dir-not-empty error-lab-too-new
### needs-review: error-lab-identity-invalid error-case-exists
### needs-review: error-exhibit-source-changed error-account-not-found
### needs-review: error-account-exists error-last-administrator
### needs-review: error-media-not-found error-media-key-ambiguous
### needs-review: error-hashset-not-found error-hashset-exists
### needs-review: error-hashset-malformed error-profile-unknown
### needs-review: error-profiles-malformed error-interrupted
### needs-review: error-law-import-invalid error-law-import-not-found
### needs-review: error-law-import-needed error-law-query-invalid
### needs-review: error-audit-chain-broken error-database-error
### needs-review: error-evidence-error error-evidence-corrupt
### needs-review: error-ingest-failed lab-no-home file-unwritable
### needs-review: error-no-thumbnail error-series-not-found error-series-exists error-category-unknown error-value-out-of-range error-nothing-selected
### needs-review: error-person-not-found error-location-not-found error-lead-not-found error-owner-not-member
### reviewed:
### needs-review: error-upload-not-image
### needs-review: error-series-link-same-case
### needs-review: error-gallery-not-found error-gallery-closed error-gallery-item-not-found error-gallery-member-role error-bundle-not-found error-exercise-not-found
### needs-review: error-region-invalid error-region-not-found error-rendition-not-found error-rendition-stale error-approval-same-actor error-crop-touches-person error-audience-not-allowed error-rendition-not-approved

error-permission-denied = ไม่มีสิทธิ์: บทบาทของท่านหรือการเป็นสมาชิกคดีของท่านไม่อนุญาตให้ดำเนินการ { $action }
error-not-logged-in = ท่านยังไม่ได้เข้าสู่ระบบ กรุณาเข้าสู่ระบบแล้วลองอีกครั้ง
error-login-failed = เข้าสู่ระบบไม่สำเร็จ: ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง
error-login-throttled = เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป กรุณาลองอีกครั้งใน { $seconds } วินาที
error-case-not-found = ไม่พบคดีชื่อ '{ $case }' ในห้องปฏิบัติการนี้
error-internal = เกิดข้อผิดพลาดภายในระบบ: การดำเนินการไม่เสร็จสมบูรณ์ รายละเอียดอยู่ในบันทึกของระบบ กรุณาแจ้งผู้ดูแลระบบ
error-unknown-language = ไม่รู้จักภาษา '{ $value }': vilab รองรับภาษา en, km, lo, th และ vi

error-detail = รายละเอียด: { $detail }
error-generic = ข้อผิดพลาด: { $detail }
error-invalid-input = { $field } ไม่ถูกต้อง: { $reason }
error-file-unreadable = ไม่สามารถอ่าน { $file }
error-file-unwritable = ไม่สามารถเขียน { $file }
error-session-ended = เซสชันของท่านสิ้นสุดแล้ว (หมดอายุ ท่านออกจากระบบแล้ว หรือบัญชีถูกระงับการใช้งาน) กรุณาเข้าสู่ระบบอีกครั้งด้วย `vilab login`
error-lab-not-found = ไม่พบห้องปฏิบัติการ vilab ที่ { $path } (สร้างได้ด้วย `vilab init --lab { $path }`)
error-lab-exists = มีห้องปฏิบัติการ vilab อยู่แล้วที่ { $path }
error-lab-dir-not-empty = จะไม่สร้างห้องปฏิบัติการใน { $path }: โฟลเดอร์นี้ไม่ว่าง
error-lab-too-new = { $path } ถูกเขียนโดย vilab รุ่นที่ใหม่กว่า (สคีมา { $found } ส่วนรุ่นนี้รองรับถึง { $known }) กรุณาอัปเกรด vilab
error-lab-identity-invalid = กุญแจลงนามของห้องปฏิบัติการที่ { $path } ไม่ตรงกับฐานข้อมูลของห้องปฏิบัติการ
error-case-exists = มีคดีชื่อ '{ $case }' อยู่แล้ว
error-exhibit-source-changed = ของกลาง '{ $exhibit }' ถูกนำเข้าครั้งแรกจาก { $recorded } ไม่ใช่ { $given } หากเป็นของกลางชิ้นเดียวกันที่เชื่อมต่อ (mount) ไว้ที่ตำแหน่งอื่น ให้เพิ่ม --remounted มิฉะนั้นให้ตั้งชื่อของกลางเป็นชื่ออื่น
error-account-not-found = ไม่พบบัญชีชื่อ '{ $user }'
error-account-exists = มีบัญชีชื่อ '{ $user }' อยู่แล้ว
error-last-administrator = '{ $user }' เป็นผู้ดูแลระบบคนสุดท้ายที่ยังเปิดใช้งานอยู่: กรุณากำหนดผู้ดูแลระบบคนอื่นก่อน
error-media-not-found = ไม่พบรายการสื่อที่ตรงกับ { $key }
error-media-key-ambiguous = { $key } ตรงกับรายการสื่อหลายรายการ: กรุณาระบุตัวเลขเพิ่มเติม
error-hashset-not-found = ไม่พบชุดค่าแฮชชื่อ '{ $name }'
error-hashset-exists = มีชุดค่าแฮชชื่อ '{ $name }' อยู่แล้ว (ลบชุดเดิมก่อน หรือนำเข้าโดยใช้ชื่ออื่น)
error-hashset-malformed = ไม่สามารถอ่านไฟล์ชุดค่าแฮชในรูปแบบ VICS รายการค่าแฮช หรือ CSV ได้ ไม่มีข้อมูลใดจากไฟล์นี้ถูกนำเข้า
error-profile-unknown = ไม่รู้จักโปรไฟล์หมวดหมู่ '{ $profile }' (ที่มีอยู่: { $known } ห้องปฏิบัติการสามารถเพิ่มโปรไฟล์ของตนเองได้ใน profiles.toml)
error-profiles-malformed = โปรไฟล์หมวดหมู่ของห้องปฏิบัติการใน { $file } มีรูปแบบไม่ถูกต้อง
error-interrupted = หยุดก่อนเสร็จสิ้น: ไม่มีข้อมูลใดจาก { $file } ถูกจัดเก็บ กรุณาเรียกใช้คำสั่งเดิมอีกครั้ง
error-law-import-invalid = ไฟล์ข้อเท็จจริงทางกฎหมายถูกปฏิเสธ ไม่มีข้อมูลใดถูกจัดเก็บ
error-law-import-not-found = ไม่พบการนำเข้าข้อมูลกฎหมายหมายเลข { $id } (การนำเข้าที่มีอยู่: { $known })
error-law-import-needed = ไม่สามารถลบการนำเข้าหมายเลข { $id } ({ $name }) ได้ เนื่องจากการนำเข้าหมายเลข { $later } ({ $later_name }) ต้องใช้การนำเข้านี้ กรุณาลบการนำเข้านั้นก่อน
error-law-query-invalid = ตารางเปรียบเทียบกฎหมายไม่สามารถตอบคำถามนี้ได้
error-audit-chain-broken = ห่วงโซ่บันทึกการตรวจสอบไม่ผ่านการตรวจยืนยัน: มีการแก้ไขจากภายนอก vilab
error-database-error = ฐานข้อมูลของห้องปฏิบัติการขัดข้อง การดำเนินการนี้ไม่มีส่วนใดเสร็จสมบูรณ์
error-evidence-error = คลังพยานหลักฐานขัดข้อง (ในการอ่านหรือการเขียน)
error-evidence-corrupt = คลังพยานหลักฐานมีเนื้อหาที่เสียหาย อ่านไม่ได้ หรือสูญหาย
error-ingest-failed = ไม่สามารถดำเนินการนำเข้าได้
lab-no-home = ไม่มีโฟลเดอร์หลัก (home) สำหรับเก็บห้องปฏิบัติการเริ่มต้น: กรุณาระบุ --lab หรือกำหนด VILAB_LAB
file-unwritable = ไม่สามารถเขียน { $file }
error-no-thumbnail = { $key } ไม่มีภาพขนาดย่อให้แสดง (ไม่ใช่ภาพ หรือถอดรหัสไม่ได้)
error-series-not-found = ไม่มีชุดภาพ { $id } ในคดีนี้
error-series-exists = มีชุดภาพชื่อ '{ $name }' ในคดีนี้แล้ว
error-category-unknown = หมวด { $category } ไม่ใช่หมวดหนึ่งของโปรไฟล์ '{ $profile }'
error-value-out-of-range = { $field } ต้องอยู่ระหว่าง { $min } ถึง { $max } แต่ { $value } ไม่อยู่ในช่วงนั้น
error-nothing-selected = กรุณาเลือกอย่างน้อยหนึ่งรายการก่อน

## Records beside the media (victims, offenders, locations, leads).
error-person-not-found = ไม่มีบุคคล { $id } ในคดีนี้
error-location-not-found = ไม่มีสถานที่ { $id } ในคดีนี้
error-lead-not-found = ไม่มีเบาะแส { $id } ในคดีนี้
error-owner-not-member = '{ $user }' ไม่ได้เป็นสมาชิกของคดี { $case } จึงไม่สามารถเป็นผู้รับผิดชอบเบาะแสของคดีนี้ได้
error-upload-not-image = ภาพที่ใช้ค้นหาไม่ใช่ภาพที่ vilab อ่านได้ (ตรวจพบ: { $kind })
error-series-link-same-case = ชุดภาพ { $id } อยู่ในคดีนี้ ชุดภาพเชื่อมโยงได้เฉพาะกับชุดภาพของคดีอื่นเท่านั้น (ให้รวมชุดภาพสองชุดของคดีเดียวกันแทน)
error-gallery-not-found = ไม่พบแกลเลอรี { $gallery } ในบรรดาแกลเลอรีที่คุณเป็นสมาชิก
error-gallery-closed = แกลเลอรี { $gallery } ไม่ได้เปิดอยู่ในขณะนี้ ผู้เข้าร่วมดูได้เฉพาะระหว่างวันเปิดและวันปิดเท่านั้น
error-gallery-item-not-found = ไม่มีรายการ { $item } ในแกลเลอรีนี้
error-gallery-member-role = '{ $user }' ไม่สามารถมีบทบาทนั้นในแกลเลอรีนี้ได้ ผู้แก้ไขต้องเป็นนักวิเคราะห์หรือผู้ฝึกอบรม และผู้เข้าร่วมต้องได้รับอนุญาตให้ดูภาพที่จัดทำสำหรับกลุ่มผู้ชมของแกลเลอรี
error-bundle-not-found = ไม่มีชุดข้อมูลออฟไลน์ { $bundle } ที่สร้างจากแกลเลอรีนี้
error-exercise-not-found = แกลเลอรี { $gallery } ไม่มีแบบฝึกหัดสำหรับการฝึกอบรม

# Regions and renditions per audience (issue 20).
error-region-invalid = พื้นที่ถูกปฏิเสธ: { $field }: { $reason }
error-region-not-found = ไม่มีพื้นที่ { $uid } บนรายการนี้ (ไม่มีอยู่ หรือถูกลบแล้ว)
error-rendition-not-found = ไม่มีฉบับแสดงผล { $uid } ในห้องปฏิบัติการนี้
error-rendition-stale = ฉบับแสดงผล { $uid } ล้าสมัยแล้ว: พื้นที่หนึ่งของรายการเปลี่ยนไปหลังจากสร้าง กรุณาสร้างใหม่
error-approval-same-actor = คุณเป็นผู้สร้างภาพตัดสาธารณะ { $uid } นักวิเคราะห์อีกคนต้องเป็นผู้อนุมัติ (หลักสี่ตา)
error-crop-touches-person = ภาพตัดของพื้นที่วัตถุ { $object } จะแสดงบางส่วนของพื้นที่บุคคล { $person } (รวมระยะขอบ) จึงไม่ได้สร้างฉบับแสดงผล กรุณาย้ายหรือย่อพื้นที่วัตถุ
error-audience-not-allowed = บทบาทของคุณไม่สามารถรับฉบับแสดงผลสำหรับกลุ่มผู้ชม '{ $audience }' ได้
error-rendition-not-approved = ภาพตัดสาธารณะ { $uid } กำลังรอการอนุมัติจากนักวิเคราะห์คนที่สอง จึงยังนำออกไม่ได้
