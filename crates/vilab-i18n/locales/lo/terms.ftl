### Native review status: NOT REVIEWED.
### These Lao texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Lao speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: term-csam term-csem term-child-sexual-abuse
### needs-review: term-sexual-exploitation term-victim-identification
### needs-review: term-hash-set term-perceptual-hash term-evidence
### needs-review: term-exhibit term-case term-evidence-store term-audit-log
### needs-review: term-lab
### reviewed:

term-csam = ສື່ການລ່ວງລະເມີດທາງເພດເດັກ
term-csem = ສື່ການຂູດຮີດທາງເພດເດັກ
term-child-sexual-abuse = ການລ່ວງລະເມີດທາງເພດຕໍ່ເດັກ
term-sexual-exploitation = ການຂູດຮີດທາງເພດເດັກ
term-victim-identification = ການລະບຸຕົວຕົນຜູ້ເຄາະຮ້າຍ
term-hash-set = ຊຸດຄ່າແຮຊ
term-perceptual-hash = ຄ່າແຮຊຕາມການຮັບຮູ້
term-evidence = ຫຼັກຖານ
term-exhibit = ວັດຖຸພະຍານ
term-case = ຄະດີ
term-evidence-store = ຄັງຫຼັກຖານ
term-audit-log = ບັນທຶກການກວດສອບ
term-lab = ຫ້ອງທົດລອງ
