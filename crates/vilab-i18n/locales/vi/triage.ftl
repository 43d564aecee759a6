### Native review status: NOT REVIEWED.
### These Vietnamese texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Vietnamese speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: match-heading match-label-exact match-label-near-known
### needs-review: match-label-near-other match-label-probed triage-heading
### needs-review: triage-label-linked triage-known triage-near-known
### needs-review: triage-new
### reviewed:

match-heading = Đối sánh
match-label-exact = khớp chính xác với bộ giá trị băm
match-label-near-known = khớp PDQ với bộ giá trị băm
match-label-near-other = khớp PDQ với vụ án khác
match-label-probed = số hình ảnh đã đối chiếu

triage-heading = Phân loại sơ bộ (chỉ là đề xuất; quyết định của người thẩm định không bao giờ bị ghi đè)
triage-label-linked = cũng có trong vụ án khác
triage-known = đã biết
triage-near-known = gần giống đã biết
triage-new = mới
