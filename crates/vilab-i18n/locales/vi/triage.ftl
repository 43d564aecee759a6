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
### needs-review: match-probed triage-category triage-source
### needs-review: category-uncategorized category-number category-vic-us-0
### needs-review: category-vic-us-1 category-vic-us-2 category-vic-us-3
### needs-review: category-vic-us-4 category-dhs-0 category-dhs-1
### needs-review: category-dhs-2 category-dhs-3 category-dhs-4 category-dhs-5
### needs-review: category-caid-1 category-caid-2 category-caid-3
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

match-probed = { $probed } (đối chiếu với { $known } + { $other } PDQ)
triage-category = danh mục { $category }
triage-source = nguồn { $source }
category-uncategorized = chưa phân loại
category-number = danh mục { $number }

category-vic-us-0 = không liên quan
category-vic-us-1 = nội dung xâm hại trẻ em (CAM)
category-vic-us-2 = nội dung bóc lột trẻ em (không phải CAM) / khó xác định tuổi
category-vic-us-3 = hình ảnh tạo bằng máy tính (CGI) / hoạt hình
category-vic-us-4 = hình ảnh đối chiếu
category-dhs-0 = CAT-0 chưa phân loại
category-dhs-1 = CAT-1
category-dhs-2 = CAT-2
category-dhs-3 = CAT-3
category-dhs-4 = CAT-4
category-dhs-5 = CAT-5 không liên quan
category-caid-1 = A
category-caid-2 = B
category-caid-3 = C
