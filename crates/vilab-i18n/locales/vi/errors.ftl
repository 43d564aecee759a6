### Native review status: NOT REVIEWED.
### These Vietnamese texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Vietnamese speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: error-permission-denied error-not-logged-in
### needs-review: error-login-failed error-login-throttled
### needs-review: error-case-not-found error-internal error-unknown-language
### needs-review: error-detail error-generic error-invalid-input
### needs-review: error-file-unreadable error-file-unwritable
### needs-review: error-session-ended error-lab-not-found error-lab-exists
### needs-review: error-lab-dir-not-empty error-lab-too-new
### needs-review: error-lab-identity-invalid error-case-exists
### needs-review: error-exhibit-source-changed error-account-not-found
### needs-review: error-account-exists error-last-administrator
### needs-review: error-media-not-found error-media-key-ambiguous
### needs-review: error-hashset-not-found error-hashset-exists
### needs-review: error-hashset-malformed error-profile-unknown
### needs-review: error-profiles-malformed error-interrupted
### needs-review: error-law-import-invalid error-law-import-not-found
### needs-review: error-law-import-needed error-law-query-invalid
### needs-review: error-audit-chain-broken error-database-error
### needs-review: error-evidence-error error-evidence-corrupt
### needs-review: error-ingest-failed lab-no-home file-unwritable
### needs-review: error-no-thumbnail error-series-not-found error-series-exists error-category-unknown error-value-out-of-range error-nothing-selected
### needs-review: error-person-not-found error-location-not-found error-lead-not-found error-owner-not-member
### reviewed:
### needs-review: error-upload-not-image
### needs-review: error-series-link-same-case
### needs-review: error-gallery-not-found error-gallery-closed error-gallery-item-not-found error-gallery-member-role error-bundle-not-found error-exercise-not-found
### needs-review: error-region-invalid error-region-not-found error-rendition-not-found error-rendition-stale error-approval-same-actor error-crop-touches-person error-audience-not-allowed error-rendition-not-approved

error-permission-denied = Không có quyền: vai trò hoặc tư cách thành viên vụ án của tài khoản này không cho phép thao tác { $action }.
error-not-logged-in = Chưa đăng nhập. Vui lòng đăng nhập rồi thử lại.
error-login-failed = Đăng nhập không thành công: tên người dùng hoặc mật khẩu không đúng.
error-login-throttled = Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau { $seconds } giây.
error-case-not-found = Không có vụ án nào tên '{ $case }' trong phòng thí nghiệm này.
error-internal = Lỗi nội bộ: thao tác chưa được hoàn tất. Chi tiết được ghi trong nhật ký; vui lòng báo cho quản trị viên.
error-unknown-language = Không nhận ra ngôn ngữ '{ $value }': vilab hỗ trợ en, km, lo, th và vi.

error-detail = chi tiết: { $detail }
error-generic = lỗi: { $detail }
error-invalid-input = { $field } không hợp lệ: { $reason }
error-file-unreadable = Không thể đọc { $file }.
error-file-unwritable = Không thể ghi { $file }.
error-session-ended = Phiên làm việc đã kết thúc (do hết hạn, đã đăng xuất hoặc tài khoản đã bị vô hiệu hóa). Vui lòng đăng nhập lại bằng `vilab login`.
error-lab-not-found = Không có phòng thí nghiệm vilab nào tại { $path } (tạo mới bằng `vilab init --lab { $path }`).
error-lab-exists = Đã có một phòng thí nghiệm vilab tại { $path }.
error-lab-dir-not-empty = Không tạo phòng thí nghiệm trong { $path }: thư mục này không trống.
error-lab-too-new = { $path } được ghi bởi một phiên bản vilab mới hơn (lược đồ { $found }; phiên bản này chỉ hỗ trợ đến { $known }). Vui lòng nâng cấp vilab.
error-lab-identity-invalid = Khóa ký của phòng thí nghiệm tại { $path } không khớp với cơ sở dữ liệu của phòng thí nghiệm.
error-case-exists = Đã có vụ án tên '{ $case }'.
error-exhibit-source-changed = Vật chứng '{ $exhibit }' lần đầu được nạp từ { $recorded }, không phải { $given }. Nếu đây là cùng một vật chứng được gắn (mount) ở vị trí khác, hãy thêm --remounted; nếu không, hãy đặt cho vật chứng một tên khác.
error-account-not-found = Không có tài khoản tên '{ $user }'.
error-account-exists = Đã có tài khoản tên '{ $user }'.
error-last-administrator = '{ $user }' là quản trị viên cuối cùng đang được kích hoạt: hãy chỉ định một quản trị viên khác trước.
error-media-not-found = Không có mục đa phương tiện nào khớp với { $key }.
error-media-key-ambiguous = { $key } khớp với nhiều mục đa phương tiện: hãy nhập thêm chữ số.
error-hashset-not-found = Không có bộ giá trị băm tên '{ $name }'.
error-hashset-exists = Đã có bộ giá trị băm tên '{ $name }' (hãy xóa bộ đó trước, hoặc nhập với tên khác).
error-hashset-malformed = Không thể đọc tệp bộ giá trị băm theo định dạng VICS, danh sách giá trị băm hay CSV; không có phần nào của tệp được nhập.
error-profile-unknown = Không nhận ra hồ sơ phân loại '{ $profile }' (hiện có: { $known }; phòng thí nghiệm có thể bổ sung hồ sơ riêng trong profiles.toml).
error-profiles-malformed = Hồ sơ phân loại của phòng thí nghiệm trong { $file } không đúng định dạng.
error-interrupted = Đã dừng trước khi hoàn tất: không có dữ liệu nào của { $file } được lưu. Hãy chạy lại cùng lệnh.
error-law-import-invalid = Tệp dữ kiện pháp luật bị từ chối; không có dữ liệu nào được lưu.
error-law-import-not-found = Không có lần nhập pháp luật { $id } (các lần nhập hiện có: { $known }).
error-law-import-needed = Không thể xóa lần nhập { $id } ({ $name }): lần nhập { $later } ({ $later_name }) phụ thuộc vào lần nhập này. Hãy xóa lần nhập đó trước.
error-law-query-invalid = Bảng đối chiếu pháp luật không thể trả lời câu hỏi này.
error-audit-chain-broken = Không xác minh được chuỗi nhật ký kiểm toán: chuỗi đã bị thay đổi bên ngoài vilab.
error-database-error = Cơ sở dữ liệu của phòng thí nghiệm gặp lỗi; không có phần nào của thao tác này được hoàn tất.
error-evidence-error = Kho chứng cứ gặp lỗi (khi đọc hoặc ghi).
error-evidence-corrupt = Kho chứng cứ chứa nội dung bị hỏng, không đọc được hoặc bị thiếu.
error-ingest-failed = Không thể thực hiện nạp dữ liệu.
lab-no-home = Không có thư mục chính (home) để chứa phòng thí nghiệm mặc định: hãy dùng --lab hoặc đặt VILAB_LAB.
file-unwritable = không thể ghi { $file }
error-no-thumbnail = { $key } không có ảnh thu nhỏ để hiển thị (đó không phải là ảnh, hoặc không giải mã được).
error-series-not-found = Không có loạt ảnh { $id } trong vụ án này.
error-series-exists = Đã có loạt ảnh tên '{ $name }' trong vụ án này.
error-category-unknown = Hạng { $category } không thuộc hồ sơ phân loại '{ $profile }'.
error-value-out-of-range = { $field } phải nằm trong khoảng { $min } đến { $max }; { $value } thì không.
error-nothing-selected = Hãy chọn ít nhất một mục trước.

## Records beside the media (victims, offenders, locations, leads).
error-person-not-found = Không có người { $id } trong vụ án này.
error-location-not-found = Không có địa điểm { $id } trong vụ án này.
error-lead-not-found = Không có manh mối { $id } trong vụ án này.
error-owner-not-member = '{ $user }' không phải là thành viên của vụ án { $case } nên không thể phụ trách các manh mối của vụ án.
error-upload-not-image = Ảnh dùng để tìm kiếm không phải là ảnh mà vilab đọc được (phát hiện: { $kind }).
error-series-link-same-case = Loạt ảnh { $id } thuộc vụ án này: chỉ liên kết một loạt ảnh với loạt ảnh của vụ án khác (hãy gộp hai loạt ảnh của cùng một vụ án).
error-gallery-not-found = Không có phòng trưng bày { $gallery } trong số các phòng trưng bày mà bạn là thành viên.
error-gallery-closed = Phòng trưng bày { $gallery } hiện không mở: người tham gia chỉ xem được trong khoảng từ ngày mở đến ngày đóng.
error-gallery-item-not-found = Không có mục { $item } trong phòng trưng bày này.
error-gallery-member-role = '{ $user }' không thể giữ vai trò đó trong phòng trưng bày này: người biên tập phải là chuyên viên phân tích hoặc giảng viên, và người tham gia phải được phép xem các ảnh dành cho đối tượng của phòng trưng bày.
error-bundle-not-found = Không có gói ngoại tuyến { $bundle } nào được tạo từ phòng trưng bày này.
error-exercise-not-found = Phòng trưng bày { $gallery } không có bài tập huấn luyện.

# Regions and renditions per audience (issue 20).
error-region-invalid = Vùng bị từ chối: { $field }: { $reason }.
error-region-not-found = Không có vùng { $uid } trên mục này (không tồn tại hoặc đã bị xóa).
error-rendition-not-found = Không có bản hiển thị { $uid } trong phòng thí nghiệm này.
error-rendition-stale = Bản hiển thị { $uid } đã lỗi thời: một vùng của mục đã thay đổi sau khi tạo. Hãy tạo lại.
error-approval-same-actor = Bạn đã tạo ảnh cắt công khai { $uid }: một chuyên viên phân tích khác phải duyệt (nguyên tắc bốn mắt).
error-crop-touches-person = Ảnh cắt của vùng đồ vật { $object } sẽ lộ một phần vùng người { $person } (tính cả lề): không tạo bản hiển thị nào. Hãy di chuyển hoặc thu nhỏ vùng đồ vật.
error-audience-not-allowed = Vai trò của bạn không được nhận bản hiển thị cho đối tượng '{ $audience }'.
error-rendition-not-approved = Ảnh cắt công khai { $uid } đang chờ chuyên viên phân tích thứ hai duyệt: chưa thể đưa ra ngoài.
