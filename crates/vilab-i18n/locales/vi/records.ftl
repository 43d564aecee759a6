### Native review status: NOT REVIEWED.
### These Vietnamese texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Vietnamese speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: web-records-link web-leads-link web-records-heading web-records-victims
### needs-review: web-records-offenders web-records-locations web-records-none web-records-col-label
### needs-review: web-records-col-notes web-records-col-status web-records-col-set-by web-records-col-links
### needs-review: web-records-col-position web-records-col-description web-records-set web-records-new-person
### needs-review: web-records-new-location web-records-kind web-records-add web-records-lat
### needs-review: web-records-lon web-records-link-series web-records-link-item person-kind-victim
### needs-review: person-kind-offender id-status-unidentified id-status-identified id-status-safeguarded
### needs-review: lead-status-open lead-status-followed lead-status-closed web-search-kind-person
### needs-review: web-search-kind-location web-search-kind-lead web-search-kind-series web-leads-heading
### needs-review: web-leads-search web-leads-search-button web-leads-found web-leads-any
### needs-review: web-leads-col-owner web-leads-filter web-leads-col-item web-leads-col-text
### needs-review: web-leads-col-rect web-leads-nobody web-leads-new web-leads-rect-hint
### needs-review: web-leads-w web-leads-h
### needs-review: web-records-edit web-records-save web-records-unlink web-records-link-to web-records-link-add web-records-linked-heading
### reviewed:

## Records beside the media: victims, offenders, locations, leads, search
## (the browser lab's records and leads pages, the media page's lead form).

web-records-link = Nạn nhân, người phạm tội và địa điểm
web-leads-link = Manh mối và tìm kiếm
web-records-heading = Nạn nhân, người phạm tội và địa điểm của vụ án { $case }
web-records-victims = Nạn nhân
web-records-offenders = Người phạm tội
web-records-locations = Địa điểm
web-records-none = Chưa có.
web-records-col-label = Tên hoặc mô tả
web-records-col-notes = Ghi chú
web-records-col-status = Trạng thái
web-records-col-set-by = Người đặt
web-records-col-links = Liên kết với
web-records-col-position = Tọa độ
web-records-col-description = Mô tả
web-records-set = Đặt
web-records-new-person = Thêm nạn nhân hoặc người phạm tội
web-records-new-location = Thêm địa điểm
web-records-kind = Loại
web-records-add = Thêm
web-records-lat = Vĩ độ
web-records-lon = Kinh độ
web-records-link-series = loạt ảnh { $id }
web-records-link-item = mục { $id }
# Editing records in the pages.
web-records-edit = Sửa
web-records-save = Lưu
web-records-unlink = Bỏ liên kết
web-records-link-to = Liên kết với mục này
web-records-link-add = Liên kết
web-records-linked-heading = Nạn nhân, người phạm tội và địa điểm của vụ án { $case } được liên kết ở đây
person-kind-victim = Nạn nhân
person-kind-offender = Người phạm tội
id-status-unidentified = Chưa xác định danh tính
id-status-identified = Đã xác định danh tính
id-status-safeguarded = Đã được bảo vệ an toàn
lead-status-open = Đang mở
lead-status-followed = Đã theo dõi
lead-status-closed = Đã đóng
web-search-kind-person = Người
web-search-kind-location = Địa điểm
web-search-kind-lead = Manh mối
web-search-kind-series = Loạt ảnh
web-leads-heading = Manh mối của vụ án { $case }
web-leads-search = Tìm tên, ghi chú và manh mối
web-leads-search-button = Tìm
web-leads-found = Tìm thấy: { $count }
web-leads-any = Tất cả
web-leads-col-owner = Người phụ trách
web-leads-filter = Lọc
web-leads-col-item = Mục
web-leads-col-text = Ghi chú
web-leads-col-rect = Vùng (điểm ảnh)
web-leads-nobody = Chưa có ai
web-leads-new = Gắn manh mối vào mục này trong vụ án { $case }
web-leads-rect-hint = Tùy chọn: một vùng của ảnh: kéo chuột trên ảnh phía trên, hoặc nhập bằng điểm ảnh của ảnh gốc: x và y từ góc trên bên trái, chiều rộng và chiều cao.
web-leads-w = Chiều rộng
web-leads-h = Chiều cao
