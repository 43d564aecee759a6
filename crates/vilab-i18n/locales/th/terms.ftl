### Native review status: NOT REVIEWED.
### These Thai texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Thai speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: term-csam term-csem term-child-sexual-abuse
### needs-review: term-sexual-exploitation term-victim-identification
### needs-review: term-hash-set term-perceptual-hash term-evidence
### needs-review: term-exhibit term-case term-evidence-store term-audit-log
### needs-review: term-lab
### reviewed:

term-csam = สื่อที่แสดงการล่วงละเมิดทางเพศเด็ก
term-csem = สื่อที่แสดงการแสวงหาประโยชน์ทางเพศจากเด็ก
term-child-sexual-abuse = การล่วงละเมิดทางเพศเด็ก
term-sexual-exploitation = การแสวงหาประโยชน์ทางเพศจากเด็ก
term-victim-identification = การระบุตัวตนผู้เสียหาย
term-hash-set = ชุดค่าแฮช
term-perceptual-hash = แฮชเชิงการรับรู้
term-evidence = พยานหลักฐาน
term-exhibit = ของกลาง
term-case = คดี
term-evidence-store = คลังพยานหลักฐาน
term-audit-log = บันทึกการตรวจสอบ
term-lab = ห้องปฏิบัติการ
