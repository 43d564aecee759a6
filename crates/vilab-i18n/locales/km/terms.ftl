### Native review status: NOT REVIEWED.
### These Khmer texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Khmer speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: term-csam term-csem term-child-sexual-abuse
### needs-review: term-sexual-exploitation term-victim-identification
### needs-review: term-hash-set term-perceptual-hash term-evidence
### needs-review: term-exhibit term-case term-evidence-store term-audit-log
### needs-review: term-lab
### reviewed:

term-csam = សម្ភារៈរំលោភបំពានផ្លូវភេទកុមារ
term-csem = សម្ភារៈកេងប្រវ័ញ្ចផ្លូវភេទលើកុមារ
term-child-sexual-abuse = ការរំលោភបំពានផ្លូវភេទលើកុមារ
term-sexual-exploitation = ការកេងប្រវ័ញ្ចផ្លូវភេទលើកុមារ
term-victim-identification = ការកំណត់អត្តសញ្ញាណជនរងគ្រោះ
term-hash-set = សំណុំ hash
term-perceptual-hash = hash តាមការយល់ឃើញ
term-evidence = ភស្តុតាង
term-exhibit = វត្ថុតាង
term-case = សំណុំរឿង
term-evidence-store = ឃ្លាំងភស្តុតាង
term-audit-log = កំណត់ហេតុសវនកម្ម
term-lab = មន្ទីរពិសោធន៍
