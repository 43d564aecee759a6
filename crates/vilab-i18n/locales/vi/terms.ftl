### Native review status: NOT REVIEWED.
### These Vietnamese texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Vietnamese speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: term-csam term-csem term-child-sexual-abuse
### needs-review: term-sexual-exploitation term-victim-identification
### needs-review: term-hash-set term-perceptual-hash term-evidence
### needs-review: term-exhibit term-case term-evidence-store term-audit-log
### needs-review: term-lab
### reviewed:

term-csam = nội dung xâm hại tình dục trẻ em
term-csem = nội dung bóc lột tình dục trẻ em
term-child-sexual-abuse = xâm hại tình dục trẻ em
term-sexual-exploitation = bóc lột tình dục trẻ em
term-victim-identification = xác định danh tính nạn nhân
term-hash-set = bộ giá trị băm
term-perceptual-hash = giá trị băm tri giác
term-evidence = chứng cứ
term-exhibit = vật chứng
term-case = vụ án
term-evidence-store = kho chứng cứ
term-audit-log = nhật ký kiểm toán
term-lab = phòng thí nghiệm
