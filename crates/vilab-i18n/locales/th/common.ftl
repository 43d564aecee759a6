### Native review status: NOT REVIEWED.
### These Thai texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Thai speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: interrupt-requested terminate-requested interrupt-forced
### needs-review: outcome-allowed outcome-denied outcome-failed list-none
### reviewed:

interrupt-requested = กำลังหยุดหลังจากไฟล์ที่กำลังดำเนินการอยู่เสร็จสิ้น (กด Ctrl-C อีกครั้งเพื่อออกทันที) เรียกใช้คำสั่งเดิมอีกครั้งเพื่อดำเนินการต่อ
terminate-requested = ได้รับคำสั่งให้ยุติการทำงาน: จะหยุดหลังจากไฟล์ที่กำลังดำเนินการอยู่เสร็จสิ้น เรียกใช้คำสั่งเดิมอีกครั้งเพื่อดำเนินการต่อ
interrupt-forced = หยุดทันทีแล้ว ข้อมูลที่บันทึกแล้วยังคงอยู่ เรียกใช้คำสั่งเดิมอีกครั้งเพื่อดำเนินการต่อ

outcome-allowed = อนุญาต
outcome-denied = ปฏิเสธ
outcome-failed = ล้มเหลว

list-none = ไม่มี
