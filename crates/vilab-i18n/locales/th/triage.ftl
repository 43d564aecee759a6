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
