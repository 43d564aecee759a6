### Native review status: NOT REVIEWED.
### These Thai texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Thai speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: match-heading match-label-exact match-label-near-known
### needs-review: match-label-near-other match-label-probed triage-heading
### needs-review: triage-label-linked triage-known triage-near-known
### needs-review: triage-new
### needs-review: match-probed triage-category triage-source
### needs-review: category-uncategorized category-number category-vic-us-0
### needs-review: category-vic-us-1 category-vic-us-2 category-vic-us-3
### needs-review: category-vic-us-4 category-dhs-0 category-dhs-1
### needs-review: category-dhs-2 category-dhs-3 category-dhs-4 category-dhs-5
### needs-review: category-caid-1 category-caid-2 category-caid-3
### reviewed:

match-heading = การจับคู่
match-label-exact = ตรงกับชุดค่าแฮชทุกประการ
match-label-near-known = ใกล้เคียงกับชุดค่าแฮช (PDQ)
match-label-near-other = ใกล้เคียงกับคดีอื่น (PDQ)
match-label-probed = ภาพที่ตรวจสอบ

triage-heading = การคัดแยกเบื้องต้น (เป็นข้อเสนอเท่านั้น ผลการพิจารณาของผู้ตรวจทานจะไม่ถูกเขียนทับ)
triage-label-linked = พบในคดีอื่นด้วย
triage-known = ทราบแล้ว
triage-near-known = ใกล้เคียงที่ทราบแล้ว
triage-new = ใหม่

match-probed = { $probed } (เทียบกับ { $known } + { $other } PDQ)
triage-category = หมวดหมู่ { $category }
triage-source = แหล่งที่มา { $source }
category-uncategorized = ยังไม่จัดหมวดหมู่
category-number = หมวดหมู่ { $number }

category-vic-us-0 = ไม่เกี่ยวข้อง
category-vic-us-1 = สื่อที่แสดงการล่วงละเมิดเด็ก (CAM)
category-vic-us-2 = สื่อที่แสวงหาประโยชน์จากเด็ก (ไม่ใช่ CAM) / ระบุอายุได้ยาก
category-vic-us-3 = ภาพที่สร้างด้วยคอมพิวเตอร์ (CGI) / ภาพแอนิเมชัน
category-vic-us-4 = ภาพสำหรับเปรียบเทียบ
category-dhs-0 = CAT-0 ยังไม่จัดหมวดหมู่
category-dhs-1 = CAT-1
category-dhs-2 = CAT-2
category-dhs-3 = CAT-3
category-dhs-4 = CAT-4
category-dhs-5 = CAT-5 ไม่เกี่ยวข้อง
category-caid-1 = A
category-caid-2 = B
category-caid-3 = C
