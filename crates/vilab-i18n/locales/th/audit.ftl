### Native review status: NOT REVIEWED.
### These Thai texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Thai speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: audit-label-records audit-label-head audit-label-last-signed
### needs-review: audit-unsigned-tail audit-intact audit-broken
### needs-review: audit-problem-gap audit-problem-order audit-problem-hash
### needs-review: audit-problem-checkpoint audit-problem-signature
### needs-review: audit-problem-cut-off
### reviewed:

audit-label-records = รายการบันทึก
audit-label-head = รายการบันทึกล่าสุดและค่าแฮช
audit-label-last-signed = รายการบันทึกล่าสุดที่ลงนามแล้ว
audit-unsigned-tail = { $count } รายการบันทึกหลังจุดตรวจสอบ (checkpoint) ที่ลงนามครั้งล่าสุด (ส่วนท้ายของคำสั่งที่ทำงานไม่เสร็จ)
audit-intact = ห่วงโซ่บันทึกการตรวจสอบสมบูรณ์ครบถ้วน
audit-broken = ห่วงโซ่บันทึกการตรวจสอบขาดความต่อเนื่อง: รายการบันทึกแรกที่ผิดปกติคือ { $seq }
audit-problem-gap = รายการบันทึก { $first } ถึง { $last } สูญหาย
audit-problem-order = รายการบันทึก { $found } อยู่ในตำแหน่งที่ควรเป็นรายการบันทึก { $expected }
audit-problem-hash = ค่าแฮชของรายการบันทึก { $seq } ไม่ตรงกับค่าแฮชที่จัดเก็บไว้: รายการนี้หรือรายการก่อนหน้าถูกแก้ไข แทรก หรือย้ายตำแหน่ง
audit-problem-checkpoint = จุดตรวจสอบที่ลงนามไว้ ณ รายการบันทึก { $seq } ไม่ตรงกับห่วงโซ่
audit-problem-signature = จุดตรวจสอบ ณ รายการบันทึก { $seq } ไม่ได้ลงนามโดยห้องปฏิบัติการนี้
audit-problem-cut-off = บันทึกสิ้นสุดที่รายการ { $last } แต่จุดตรวจสอบที่ลงนามไว้อ้างถึงรายการ { $checkpoint }: ส่วนท้ายของบันทึกถูกตัดออก
