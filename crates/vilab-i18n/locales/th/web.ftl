### Native review status: NOT REVIEWED.
### These Thai texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Thai speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: web-nav-home web-nav-cases web-nav-users web-nav-audit
### needs-review: web-nav-verify web-signed-in web-logout web-language
### needs-review: web-back-home web-yes web-no web-pager-previous
### needs-review: web-pager-next web-login-heading web-login-username
### needs-review: web-login-password web-login-submit web-home-heading
### needs-review: web-home-role web-home-nothing web-cases-heading
### needs-review: web-cases-none web-case-heading web-case-uid web-case-counts
### needs-review: web-case-exhibits web-case-triage web-case-by-category
### needs-review: web-case-by-source web-case-errors web-case-no-errors
### needs-review: web-case-media-link web-media-heading web-col-case
### needs-review: web-col-exhibit web-col-exhibits web-col-media web-col-files
### needs-review: web-col-errors web-col-created web-col-source web-col-run
### needs-review: web-col-status web-col-started web-col-category
### needs-review: web-col-count web-col-hashset web-col-path web-col-stage
### needs-review: web-col-reason web-col-id web-col-sha256 web-col-kind
### needs-review: web-col-size web-col-pixels web-col-camera web-col-taken
### needs-review: web-col-gps web-col-user web-col-role web-col-disabled
### needs-review: web-col-cases web-col-seq web-col-at web-col-actor
### needs-review: web-col-from web-col-action web-col-resource web-col-outcome
### needs-review: web-col-details web-item-digests web-item-exif
### needs-review: web-item-no-exif web-item-first-seen web-users-heading
### needs-review: web-audit-heading web-audit-any web-audit-since
### needs-review: web-audit-until web-audit-apply web-audit-none
### needs-review: web-verify-heading web-error-heading web-error-csrf-failed
### needs-review: web-error-no-route web-error-method-not-allowed
### needs-review: web-error-bad-body web-serve-listening web-serve-stop
### needs-review: web-serve-stopped web-serve-bind-failed web-serve-tls-failed
### needs-review: web-serve-failed
### needs-review: web-serve-no-tls
### needs-review: web-review-link web-review-heading web-review-filters
### needs-review: web-review-show web-review-groups web-review-triage
### needs-review: web-review-decided web-review-any web-review-undecided
### needs-review: web-review-conflict web-review-follow-up web-review-from
### needs-review: web-review-before web-review-gps web-review-path
### needs-review: web-review-order web-review-order-ingested
### needs-review: web-review-order-newest web-review-order-taken
### needs-review: web-review-keys web-review-break web-review-end
### needs-review: web-review-close web-review-decided-as web-review-grid
### needs-review: web-map-link web-map-heading web-map-none
### needs-review: web-review-loading web-review-load-failed
### reviewed:
### needs-review: web-series-link web-series-heading web-series-none web-series-own-case web-series-create
### needs-review: web-series-from-selection web-series-name web-series-one-heading web-series-in-grid web-series-no-members
### needs-review: web-series-similar web-series-radius web-series-similar-none web-series-similar-found web-series-distance
### needs-review: web-series-add web-series-rename web-series-merge web-series-merge-from web-series-merged-into
### needs-review: web-series-links web-series-links-none web-series-links-find web-series-links-candidates-none web-series-link-note web-series-linked web-series-linked-by web-series-unlink web-series-link-add web-series-link-why web-series-link-shared
### needs-review: web-col-series web-col-members web-cameras-link web-cameras-heading web-cameras-explain
### needs-review: web-cameras-none web-cameras-strong web-col-make web-col-model web-col-serial
### needs-review: web-col-items-per-case web-timeline-heading web-timeline-none web-timeline-hint web-settings-link
### needs-review: web-settings-heading web-settings-blur web-settings-greyscale web-settings-tile web-settings-break
### needs-review: web-settings-lang web-settings-lang-browser web-settings-save web-settings-viewing web-settings-viewing-explain
### needs-review: web-settings-viewing-toggle
### needs-review: web-item-rendition web-item-reveal web-item-matches web-item-no-matches web-item-similar
### needs-review: web-item-no-pdq web-col-method web-col-distance web-col-dihedral web-col-profile
### needs-review: web-search-link web-search-heading web-search-picture web-search-submit web-search-not-stored
### needs-review: web-search-none web-search-same web-search-known web-error-upload-too-large
### needs-review: web-progress-heading web-progress-decided web-progress-undecided web-progress-reviewer
### needs-review: web-gallery-no-picture web-results-free-text
### needs-review: web-galleries-heading web-galleries-none web-gallery-title
### needs-review: web-gallery-audience web-gallery-audience-partner
### needs-review: web-gallery-audience-trainee web-gallery-audience-public
### needs-review: web-gallery-opens web-gallery-closes web-gallery-open
### needs-review: web-gallery-closed web-gallery-you-edit web-gallery-create
### needs-review: web-gallery-create-explain web-gallery-span web-gallery-back
### needs-review: web-gallery-board-items web-gallery-item web-gallery-items
### needs-review: web-gallery-no-items web-gallery-case web-gallery-media
### needs-review: web-gallery-media-keys web-gallery-add-items
### needs-review: web-gallery-series web-gallery-add-series
### needs-review: web-gallery-items-explain web-gallery-remove
### needs-review: web-gallery-members web-gallery-user web-gallery-role
### needs-review: web-gallery-part web-gallery-part-editor
### needs-review: web-gallery-part-participant web-gallery-part-none
### needs-review: web-gallery-set-member web-gallery-dates web-gallery-save
### needs-review: web-gallery-bundles web-gallery-no-bundles
### needs-review: web-gallery-bundle web-gallery-recipient web-gallery-made
### needs-review: web-gallery-expires web-clue-board web-clue-live
### needs-review: web-clue-none web-clue-text web-clue-post web-clue-pinned
### needs-review: web-clue-no-pin web-clue-pin-explain web-clue-becomes-lead
### needs-review: web-exercise-link web-exercise-heading web-exercise-set
### needs-review: web-exercise-set-explain web-exercise-rubric
### needs-review: web-exercise-country-points web-exercise-place-points
### needs-review: web-exercise-object-points web-exercise-wrong-object-penalty
### needs-review: web-exercise-free-text-max web-exercise-country
### needs-review: web-exercise-place web-exercise-objects
### needs-review: web-exercise-solving-lead web-exercise-known
### needs-review: web-exercise-free-text web-exercise-answer
### needs-review: web-exercise-answered web-exercise-trainee-explain
### needs-review: web-exercise-results web-results-by-trainee
### needs-review: web-results-by-item web-results-answers web-results-trainee
### needs-review: web-results-answered web-results-points web-results-pending
### needs-review: web-results-country-right web-results-place-right
### needs-review: web-results-mark web-results-save-mark web-country-kh
### needs-review: web-country-la web-country-th web-country-vn
### needs-review: web-country-other web-object-shop_sign
### needs-review: web-object-power_socket web-object-licence_plate
### needs-review: web-object-banknote web-object-product_label
### needs-review: web-object-other

## The browser lab (`vilab serve`).

web-nav-home = หน้าแรก
web-nav-cases = คดี
web-nav-users = บัญชีผู้ใช้
web-nav-audit = บันทึกการตรวจสอบ
web-nav-verify = ตรวจสอบห่วงโซ่บันทึกการตรวจสอบ
web-signed-in = { $user } ({ $role })
web-logout = ออกจากระบบ
web-language = ภาษา
web-back-home = กลับไปหน้าแรก
web-yes = มี
web-no = ไม่มี
web-pager-previous = หน้าก่อน
web-pager-next = หน้าถัดไป
web-login-heading = เข้าสู่ระบบห้องปฏิบัติการ
web-login-username = ชื่อผู้ใช้
web-login-password = รหัสผ่าน
web-login-submit = เข้าสู่ระบบ
web-home-heading = ยินดีต้อนรับ { $user }
web-home-role = ท่านเข้าสู่ระบบในบทบาท{ $role }
web-home-nothing = บทบาทของท่านยังไม่มีสิ่งใดให้เปิดที่นี่
web-cases-heading = คดี
web-cases-none = ไม่มีคดีที่ท่านดูได้
web-case-heading = คดี { $case }
web-case-uid = รหัสคดี { $uid } สร้างเมื่อ { $created }
web-case-counts = สิ่งที่อยู่ในคดีนี้
web-case-exhibits = ของกลางและรอบการนำเข้า
web-case-triage = การคัดแยกเบื้องต้น
web-case-by-category = รายการที่ทราบแล้วและใกล้เคียงที่ทราบแล้ว แยกตามหมวดที่เสนอ
web-case-by-source = รายการที่ทราบแล้วและใกล้เคียงที่ทราบแล้ว แยกตามชุดค่าแฮช
web-case-errors = ข้อผิดพลาดในการนำเข้า
web-case-no-errors = ไม่มีข้อผิดพลาดในการนำเข้า
web-case-media-link = ดูรายการสื่อ { $count } รายการของคดีนี้
web-media-heading = รายการสื่อของคดี { $case }
web-col-case = คดี
web-col-exhibit = ของกลาง
web-col-exhibits = ของกลาง
web-col-media = รายการสื่อ
web-col-files = ไฟล์
web-col-errors = ข้อผิดพลาด
web-col-created = สร้างเมื่อ
web-col-source = นำเข้าจาก
web-col-run = รอบการทำงาน
web-col-status = สถานะ
web-col-started = เริ่มเมื่อ
web-col-category = หมวด
web-col-count = จำนวนรายการ
web-col-hashset = ชุดค่าแฮช
web-col-path = ตำแหน่งไฟล์
web-col-stage = ขั้นตอน
web-col-reason = สิ่งที่เกิดขึ้น
web-col-id = ลำดับ
web-col-sha256 = SHA-256
web-col-kind = ประเภท
web-col-size = ขนาด (ไบต์)
web-col-pixels = พิกเซล
web-col-camera = กล้อง
web-col-taken = เวลาที่ถ่าย (ตามนาฬิกาของกล้อง)
web-col-gps = GPS
web-col-user = ชื่อผู้ใช้
web-col-role = บทบาท
web-col-disabled = ปิดใช้งาน
web-col-cases = คดี (ที่เป็นสมาชิก)
web-col-seq = ลำดับ
web-col-at = เวลา (UTC)
web-col-actor = บัญชีผู้ใช้
web-col-from = จาก
web-col-action = การกระทำ
web-col-resource = ทรัพยากร
web-col-outcome = ผล
web-col-details = รายละเอียด
web-item-digests = ค่าแฮชและคุณสมบัติ
web-item-exif = ข้อมูลที่นำไปสู่การระบุตัวตน (EXIF)
web-item-no-exif = รายการนี้ไม่มี EXIF
web-item-first-seen = ห้องปฏิบัติการบันทึกครั้งแรก
web-users-heading = บัญชีผู้ใช้ของห้องปฏิบัติการ
web-audit-heading = บันทึกการตรวจสอบ
web-audit-any = ทั้งหมด
web-audit-since = ตั้งแต่ (วัน)
web-audit-until = ถึง (วัน)
web-audit-apply = กรอง
web-audit-none = ไม่มีรายการบันทึกที่ตรงกับตัวกรอง
web-verify-heading = การตรวจสอบห่วงโซ่บันทึกการตรวจสอบ
web-error-heading = คำขอไม่ได้รับการดำเนินการ
web-error-csrf-failed = แบบฟอร์มนี้หมดอายุหรือไม่ได้มาจากหน้าของห้องปฏิบัติการนี้ (โทเค็นความปลอดภัยหายไปหรือไม่ถูกต้อง) กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง
web-error-no-route = ไม่มีหน้านี้
web-error-method-not-allowed = หน้านี้ไม่รับคำขอประเภทนี้
web-error-bad-body = ไม่สามารถอ่านแบบฟอร์มหรือ JSON ของคำขอได้
web-serve-listening = กำลังให้บริการห้องปฏิบัติการที่ { $url }
web-serve-stop = เปิดในเว็บเบราว์เซอร์ กด Ctrl-C เพื่อหยุดเซิร์ฟเวอร์
web-serve-stopped = เซิร์ฟเวอร์หยุดแล้ว
web-serve-no-tls = คำเตือน: เครื่องอื่นเข้าถึง { $addr } ได้ และเซิร์ฟเวอร์นี้ไม่ใช้ TLS รหัสผ่านและคุกกี้เซสชันจะผ่านเครือข่ายโดยไม่เข้ารหัส กรุณาระบุ --tls-cert และ --tls-key
web-serve-bind-failed = ไม่สามารถรับการเชื่อมต่อที่ { $addr }: { $reason }
web-serve-tls-failed = ไม่สามารถใช้ใบรับรองหรือกุญแจ TLS { $file }: { $reason }
web-serve-failed = เซิร์ฟเวอร์ล้มเหลว: { $reason }

## The review grid.
web-review-link = ตรวจทานตาราง
web-review-heading = การตรวจทาน: { $case }
web-review-filters = ตัวกรอง
web-review-show = แสดง
web-review-groups = กลุ่ม
web-review-triage = การคัดแยกเบื้องต้น
web-review-decided = ผลการพิจารณา
web-review-any = ทั้งหมด
web-review-undecided = ยังไม่พิจารณา
web-review-conflict = ผลการพิจารณาขัดกัน
web-review-follow-up = ต้องติดตาม
web-review-from = ถ่ายตั้งแต่
web-review-before = ถ่ายก่อน
web-review-gps = ตำแหน่ง GPS
web-review-path = เส้นทางมีคำว่า
web-review-order = ลำดับ
web-review-order-ingested = ตามลำดับการนำเข้า
web-review-order-newest = ใหม่สุดก่อน
web-review-order-taken = ตามเวลาที่ถ่าย
web-review-keys = ปุ่ม: ลูกศร เลื่อน; Shift+ลูกศร, Shift+คลิก หรือ Ctrl+คลิก เลือก; 0–9 กำหนดหมวด; Alt+ตัวเลข กำหนดทั้งกลุ่มที่แสดง; z ย้อนกลับ; f ทำเครื่องหมายให้ติดตาม; r หรือ Enter แสดงชัด; Esc ปิด
web-review-break = คุณตรวจทานมาแล้ว { $minutes } นาทีโดยไม่ได้พัก โปรดพักสักครู่
web-review-end = ไม่มีรายการเพิ่มเติม
web-review-close = ปิด
web-review-decided-as = พิจารณาแล้ว: { $category }
web-review-grid = รายการ
web-map-link = แผนที่ตำแหน่ง GPS
web-map-heading = แผนที่: { $case }
web-map-none = ไม่มีรายการใดของคดีนี้ที่มีตำแหน่ง GPS ตามตัวกรองเหล่านี้

## Series, camera leads, timeline and settings pages (issue 19's pages).
web-series-link = ชุดภาพ
web-series-heading = ชุดภาพของ { $case }
web-series-none = คดีนี้ยังไม่มีชุดภาพ
web-series-own-case = ชุดภาพหนึ่งมีเฉพาะรายการของคดีนั้นเอง ในหน้าของชุดภาพ คุณเชื่อมโยงกับชุดภาพของคดีอื่นที่คุณเป็นสมาชิกได้
web-series-create = สร้างชุดภาพ
web-series-from-selection = ชุดภาพใหม่จากรายการที่เลือก
web-series-name = ชื่อ
web-series-one-heading = ชุดภาพ: { $name }
web-series-in-grid = ตรวจสอบสมาชิกในตารางภาพ
web-series-no-members = ชุดภาพนี้ไม่มีสมาชิก
web-series-similar = ค้นหาภาพที่คล้ายกัน
web-series-radius = ระยะห่าง PDQ
web-series-similar-none = ไม่มีรายการอื่นของคดีอยู่ในระยะห่างนี้
web-series-similar-found = { $count } รายการอยู่ในระยะห่าง PDQ { $radius } จากสมาชิก โปรดเอาเครื่องหมายออกจากรายการที่ไม่ใช่ของชุดนี้
web-series-distance = ระยะห่าง { $distance }
web-series-add = เพิ่มรายการที่เลือกไว้เข้าชุดภาพ
web-series-rename = เปลี่ยนชื่อ
web-series-merge = รวมเข้ากับชุดภาพนี้
web-series-merge-from = ชุดภาพที่จะรวมเข้า
web-series-merged-into = รวมเข้ากับ { $name } แล้ว
# Series linked across cases.
web-series-links = ชุดภาพที่เชื่อมโยงในคดีอื่น
web-series-links-none = ไม่มีชุดภาพของคดีที่คุณเป็นสมาชิกเชื่อมโยงกับชุดภาพนี้
web-series-links-find = ค้นหาชุดภาพเพื่อเชื่อมโยง
web-series-links-candidates-none = ไม่มีชุดภาพของคดีอื่นที่คุณเป็นสมาชิกซึ่งมีรายการเหล่านี้หรือรายการที่อยู่ในระยะห่างนี้
web-series-link-note = บันทึก
web-series-linked = เชื่อมโยงแล้ว
web-series-linked-by = โดย { $user }, { $date }
web-series-unlink = ยกเลิกการเชื่อมโยง
web-series-link-add = เชื่อมโยง
web-series-link-why = เหตุผล
web-series-link-shared = รายการเดียวกัน { $count } รายการ
web-col-series = ชุดภาพ
web-col-members = สมาชิก
web-cameras-link = เบาะแสจากกล้อง
web-cameras-heading = กล้องในคดีที่คุณดูได้
web-cameras-explain = กล้องจัดกลุ่มตามยี่ห้อ รุ่น และหมายเลขตัวกล้อง กล้องตัวเดียวกันในสองคดีเป็นเบาะแสสำคัญ
web-cameras-none = ไม่มีรายการใดมียี่ห้อ รุ่น หรือหมายเลขตัวกล้อง
web-cameras-strong = เบาะแสสำคัญ: { $count } คดี
web-col-make = ยี่ห้อ
web-col-model = รุ่น
web-col-serial = หมายเลขตัวกล้อง
web-col-items-per-case = รายการต่อคดี
web-timeline-heading = เวลาที่ถ่าย
web-timeline-none = ไม่มีรายการที่แสดงอยู่นี้มีเวลาที่ถ่าย
web-timeline-hint = ลากผ่านแท่งเพื่อแสดงรายการที่ถ่ายในช่วงนั้น หรือคลิกแท่งเดียว
web-review-loading = กำลังโหลด…
web-review-load-failed = โหลดส่วนนี้ของหน้าไม่ได้ โปรดโหลดหน้าใหม่เพื่อลองอีกครั้ง
web-settings-link = การตั้งค่า
web-settings-heading = การตั้งค่าการตรวจสอบของคุณ
web-settings-blur = ทำให้ภาพเบลอ
web-settings-greyscale = แสดงภาพเป็นสีเทา
web-settings-tile = ขนาดช่องภาพ (พิกเซล 64 ถึง 256)
web-settings-break = เตือนให้พักหลังจาก (นาที; 0: ไม่เตือน)
web-settings-lang = ภาษา
web-settings-lang-browser = ตามเบราว์เซอร์
web-settings-save = บันทึก
web-settings-viewing = โหมดดูภาพ
web-settings-viewing-explain = สำหรับงานที่ต้องดูภาพตามจริง ให้เปิดโหมดดูภาพในตารางภาพ: ภาพจะแสดงคมชัดและมีสีจนกว่าคุณจะปิดโหมดหรือปิดแท็บ ทุกภาพที่แสดงคมชัดยังคงถูกบันทึกในบันทึกการตรวจสอบ
web-settings-viewing-toggle = โหมดดูภาพ (คมชัด บันทึกการตรวจสอบ)
web-item-rendition = ภาพ (ปิดบัง)
web-item-reveal = แสดงชัดและมีสี (บันทึกในบันทึกการตรวจสอบ)
web-item-matches = การตรงกับชุดค่าแฮช
web-item-no-matches = ไม่มีการตรงกับชุดค่าแฮชในคดีที่คุณดูได้
web-item-similar = ภาพที่คล้ายกันในคดีนี้และคดีอื่น
web-item-no-pdq = รายการนี้ไม่มีค่าแฮช PDQ: ไม่ได้ถูกถอดรหัสเป็นภาพ
web-col-method = วิธี
web-col-distance = ระยะห่าง
web-col-dihedral = การวางแนว
web-col-profile = โปรไฟล์หมวด
web-search-link = ค้นหาด้วยภาพ
web-search-heading = ค้นหาด้วยภาพจากภายนอกห้องปฏิบัติการ
web-search-picture = ภาพ
web-search-submit = ค้นหา
web-search-not-stored = ภาพจะไม่ถูกเก็บไว้: คำนวณเพียงค่า digest และค่าแฮช PDQ เพื่อค้นหาและบันทึกในบันทึกการตรวจสอบ
web-search-none = ไม่มีสิ่งใดในคดีที่คุณดูได้หรือในชุดค่าแฮชอยู่ในระยะห่าง PDQ { $radius }
web-search-same = ไฟล์เดียวกันในคดีของคุณ
web-search-known = รายการในชุดค่าแฮช
web-error-upload-too-large = ภาพมีขนาดเกิน 16 MB ซึ่งเป็นขนาดสูงสุดที่การค้นหารับได้
web-progress-heading = ความคืบหน้าของการพิจารณา
web-progress-decided = พิจารณาแล้ว
web-progress-undecided = ยังไม่พิจารณา
web-progress-reviewer = ผู้พิจารณา

## ViLab galleries, the clue board and training exercises (issue 20, branch webgallery)
web-galleries-heading = แกลเลอรี
web-galleries-none = คุณยังไม่ได้เป็นสมาชิกของแกลเลอรีใด
web-gallery-title = ชื่อเรื่อง
web-gallery-audience = กลุ่มผู้ชม
web-gallery-audience-partner = หน่วยงานพันธมิตร
web-gallery-audience-trainee = ผู้รับการฝึกอบรม
web-gallery-audience-public = สาธารณชน
web-gallery-opens = เปิดตั้งแต่
web-gallery-closes = ปิดเมื่อ
web-gallery-open = เปิดอยู่
web-gallery-closed = ปิดแล้ว
web-gallery-you-edit = คุณเป็นผู้แก้ไข
web-gallery-create = สร้างแกลเลอรี
web-gallery-create-explain = ผู้เข้าร่วมจะเห็นเฉพาะภาพที่จัดทำสำหรับกลุ่มผู้ชมของแกลเลอรีเท่านั้น ไม่เห็นภาพต้นฉบับเลย และเห็นได้เฉพาะในช่วงวันที่กำหนด คุณเป็นผู้แก้ไขคนแรก
web-gallery-span = ตั้งแต่ { $opens } ถึง { $closes }
web-gallery-back = กลับไปที่แกลเลอรี
web-gallery-board-items = รายการ
web-gallery-item = รายการ { $n }
web-gallery-items = รายการ
web-gallery-no-picture = ยังไม่มีภาพ: ยังไม่มีการจัดทำภาพสำหรับกลุ่มผู้ชมนี้
web-gallery-no-items = ยังไม่มีรายการ
web-gallery-case = คดี
web-gallery-media = รายการ
web-gallery-media-keys = รายการ (#id หรือ SHA-256 คั่นด้วยจุลภาค)
web-gallery-add-items = เพิ่มรายการ
web-gallery-series = ชุดภาพ (id)
web-gallery-add-series = เพิ่มชุดภาพ
web-gallery-items-explain = เพิ่มได้เฉพาะรายการของคดีที่คุณเป็นสมาชิก ผู้เข้าร่วมจะไม่รู้คดี ค่าแฮช หรือชุดภาพของรายการ
web-gallery-remove = นำออก
web-gallery-members = สมาชิก
web-gallery-user = ชื่อผู้ใช้
web-gallery-role = บทบาท
web-gallery-part = เข้าร่วมในฐานะ
web-gallery-part-editor = ผู้แก้ไข
web-gallery-part-participant = ผู้เข้าร่วม
web-gallery-part-none = ไม่เป็นสมาชิกแล้ว
web-gallery-set-member = บันทึก
web-gallery-dates = ชื่อเรื่องและวันที่
web-gallery-save = บันทึก
web-gallery-bundles = ชุดออฟไลน์ที่สร้างแล้ว
web-gallery-no-bundles = ยังไม่มีการสร้างชุดออฟไลน์จากแกลเลอรีนี้
web-gallery-bundle = ชุดออฟไลน์
web-gallery-recipient = ผู้รับ
web-gallery-made = สร้างเมื่อ
web-gallery-expires = หมดอายุ
web-clue-board = กระดานเบาะแส
web-clue-live = เบาะแสใหม่จะปรากฏที่นี่เอง
web-clue-none = ยังไม่มีเบาะแส
web-clue-text = เบาะแสของคุณ
web-clue-post = ส่งเบาะแส
web-clue-pinned = ปักหมุดบนภาพ
web-clue-no-pin = คลิกบนภาพเพื่อปักหมุดเบาะแสไว้ที่ตำแหน่งหนึ่ง (ไม่บังคับ)
web-clue-pin-explain = คลิกบนภาพเพื่อปักหมุดเบาะแส
web-clue-becomes-lead = ทุกเบาะแสจะส่งถึงพนักงานสอบสวนเป็นแนวทางการสืบสวน พร้อมชื่อผู้ใช้ของคุณและเวลา
web-exercise-link = แบบฝึกหัด
web-exercise-heading = แบบฝึกหัดการฝึกอบรม
web-exercise-set = กำหนดแบบฝึกหัด
web-exercise-set-explain = ระบุคำตอบที่ทราบของแต่ละรายการ รายการที่ไม่ระบุประเทศจะไม่รวมอยู่ด้วย ผู้รับการฝึกอบรมจะไม่เห็นคำตอบเหล่านี้หรือคะแนน
web-exercise-rubric = คะแนน
web-exercise-country-points = ประเทศถูกต้อง
web-exercise-place-points = สถานที่ถูกต้อง
web-exercise-object-points = วัตถุที่ถูกต้องแต่ละชิ้น
web-exercise-wrong-object-penalty = หักต่อวัตถุที่ผิดแต่ละชิ้น
web-exercise-free-text-max = คะแนนสูงสุดของข้อความอิสระ
web-exercise-country = ประเทศ
web-exercise-place = สถานที่
web-exercise-objects = วัตถุที่ช่วยระบุสถานที่
web-exercise-solving-lead = แนวทางที่ช่วยคลี่คลายคดี
web-exercise-known = คำตอบที่ทราบ
web-exercise-free-text = เหตุผลของคุณ
web-exercise-answer = บันทึกคำตอบ
web-exercise-answered = บันทึกคำตอบของคุณแล้ว คุณแก้ไขได้ขณะที่แกลเลอรียังเปิดอยู่
web-exercise-trainee-explain = สำหรับแต่ละรายการ ให้ระบุว่าคุณคิดว่าภาพถ่ายที่ใด และคุณจะติดตามวัตถุใด คำตอบล่าสุดจะถูกนับ
web-exercise-results = ผลลัพธ์
web-results-by-trainee = ตามผู้รับการฝึกอบรม
web-results-by-item = ตามรายการ
web-results-answers = คำตอบ
web-results-trainee = ผู้รับการฝึกอบรม
web-results-answered = ตอบแล้ว
web-results-points = คะแนน
web-results-pending = ข้อความอิสระที่ยังไม่ได้ให้คะแนน
web-results-country-right = ประเทศถูกต้อง
web-results-place-right = สถานที่ถูกต้อง
web-results-free-text = ข้อความอิสระ
web-results-mark = คะแนนข้อความอิสระ
web-results-save-mark = บันทึก
web-country-kh = กัมพูชา
web-country-la = ลาว
web-country-th = ไทย
web-country-vn = เวียดนาม
web-country-other = ประเทศอื่น
web-object-shop_sign = ป้ายร้านค้า
web-object-power_socket = เต้ารับไฟฟ้า
web-object-licence_plate = ป้ายทะเบียนรถ
web-object-banknote = ธนบัตร
web-object-product_label = ฉลากสินค้า
web-object-other = วัตถุอื่น
