### The field's own terms, as GLOSSARY.md renders them, for labels and
### headings. The test checks that each text here is the glossary's.

term-csam = child sexual abuse material
term-csem = child sexual exploitation material
term-child-sexual-abuse = child sexual abuse
term-sexual-exploitation = sexual exploitation of children
term-victim-identification = victim identification
term-hash-set = hash set
term-perceptual-hash = perceptual hash
term-evidence = evidence
term-exhibit = exhibit
term-case = case
term-evidence-store = evidence store
term-audit-log = audit log
term-lab = lab
