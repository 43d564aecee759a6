### Native review status: NOT REVIEWED.
### These Vietnamese texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Vietnamese speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: web-regions-heading web-regions-tool web-regions-tool-rect web-regions-tool-polygon web-regions-kind
### needs-review: web-regions-kind-face web-regions-kind-body web-regions-kind-mark web-regions-kind-text web-regions-kind-other
### needs-review: web-regions-kind-object web-regions-treatment web-regions-treatment-fill web-regions-treatment-pixelate web-regions-treatment-blur
### needs-review: web-regions-weak-warning web-regions-help web-regions-close web-regions-suggest web-regions-accept
### needs-review: web-regions-no-faces web-regions-none web-regions-col-version web-regions-col-who web-regions-col-when
### needs-review: web-regions-col-source web-regions-source-drawn web-regions-source-suggested web-regions-delete web-regions-audience-partner
### needs-review: web-regions-audience-trainee web-regions-audience-public web-renditions-heading web-renditions-make web-renditions-none
### needs-review: web-renditions-col-audience web-renditions-col-maker web-renditions-col-state web-renditions-stale web-renditions-approved-by
### needs-review: web-renditions-awaiting web-renditions-approve

## Regions and renditions on the media page (issue 20): the drawing
## tools, face suggestions, the list of regions, renditions per audience.

web-regions-heading = Các vùng của vụ án { $case }
web-regions-tool = Vẽ
web-regions-tool-rect = Hình chữ nhật (kéo)
web-regions-tool-polygon = Đa giác (bấm vào các góc)
web-regions-kind = Loại
web-regions-kind-face = Khuôn mặt
web-regions-kind-body = Cơ thể
web-regions-kind-mark = Dấu hiệu nhận dạng
web-regions-kind-text = Chữ viết
web-regions-kind-other = Che khác
web-regions-kind-object = Đồ vật để cho xem
web-regions-treatment = Cách che
web-regions-treatment-fill = Tô kín
web-regions-treatment-pixelate = Làm vỡ điểm ảnh
web-regions-treatment-blur = Làm mờ
web-regions-weak-warning = Làm vỡ điểm ảnh và làm mờ đều che kém hơn tô kín: khuôn mặt hoặc dấu hiệu vẫn có thể bị nhận ra. Chỉ chọn chúng khi tô kín sẽ che mất điều người xem cần thấy.
web-regions-help = Kéo trên ảnh để vẽ hình chữ nhật; với đa giác, bấm vào các góc rồi bấm đúp hoặc bấm Đóng đa giác. Vị trí tính bằng điểm ảnh của bản gốc.
web-regions-close = Đóng đa giác
web-regions-suggest = Gợi ý khuôn mặt
web-regions-accept = Chấp nhận
web-regions-no-faces = Không tìm thấy khuôn mặt nào.
web-regions-none = Chưa có vùng nào.
web-regions-col-version = Phiên bản
web-regions-col-who = Người thực hiện
web-regions-col-when = Thời điểm
web-regions-col-source = Nguồn
web-regions-source-drawn = Vẽ tay
web-regions-source-suggested = Được gợi ý, đã chấp nhận
web-regions-delete = Xóa
web-regions-audience-partner = cơ quan đối tác
web-regions-audience-trainee = học viên
web-regions-audience-public = công chúng
web-renditions-heading = Bản hiển thị của vụ án { $case }
web-renditions-make = Tạo cho { $audience }
web-renditions-none = Chưa có bản hiển thị nào.
web-renditions-col-audience = Đối tượng
web-renditions-col-maker = Người tạo
web-renditions-col-state = Trạng thái
web-renditions-stale = Lỗi thời: một vùng đã thay đổi
web-renditions-approved-by = Được { $who } duyệt
web-renditions-awaiting = Đang chờ chuyên viên phân tích thứ hai duyệt
web-renditions-approve = Duyệt
