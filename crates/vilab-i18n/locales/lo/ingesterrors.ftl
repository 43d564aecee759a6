### Native review status: NOT REVIEWED.
### These Lao texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Lao speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review:
### reviewed:
