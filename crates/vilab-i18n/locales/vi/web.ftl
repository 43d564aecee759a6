### Native review status: NOT REVIEWED.
### These Vietnamese texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Vietnamese speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: web-nav-home web-nav-cases web-nav-users web-nav-audit
### needs-review: web-nav-verify web-signed-in web-logout web-language
### needs-review: web-back-home web-yes web-no web-pager-previous
### needs-review: web-pager-next web-login-heading web-login-username
### needs-review: web-login-password web-login-submit web-home-heading
### needs-review: web-home-role web-home-nothing web-cases-heading
### needs-review: web-cases-none web-case-heading web-case-uid web-case-counts
### needs-review: web-case-exhibits web-case-triage web-case-by-category
### needs-review: web-case-by-source web-case-errors web-case-no-errors
### needs-review: web-case-media-link web-media-heading web-col-case
### needs-review: web-col-exhibit web-col-exhibits web-col-media web-col-files
### needs-review: web-col-errors web-col-created web-col-source web-col-run
### needs-review: web-col-status web-col-started web-col-category
### needs-review: web-col-count web-col-hashset web-col-path web-col-stage
### needs-review: web-col-reason web-col-id web-col-sha256 web-col-kind
### needs-review: web-col-size web-col-pixels web-col-camera web-col-taken
### needs-review: web-col-gps web-col-user web-col-role web-col-disabled
### needs-review: web-col-cases web-col-seq web-col-at web-col-actor
### needs-review: web-col-from web-col-action web-col-resource web-col-outcome
### needs-review: web-col-details web-item-digests web-item-exif
### needs-review: web-item-no-exif web-item-first-seen web-users-heading
### needs-review: web-audit-heading web-audit-any web-audit-since
### needs-review: web-audit-until web-audit-apply web-audit-none
### needs-review: web-verify-heading web-error-heading web-error-csrf-failed
### needs-review: web-error-no-route web-error-method-not-allowed
### needs-review: web-error-bad-body web-serve-listening web-serve-stop
### needs-review: web-serve-stopped web-serve-bind-failed web-serve-tls-failed
### needs-review: web-serve-failed
### needs-review: web-serve-no-tls
### needs-review: web-review-link web-review-heading web-review-filters
### needs-review: web-review-show web-review-groups web-review-triage
### needs-review: web-review-decided web-review-any web-review-undecided
### needs-review: web-review-conflict web-review-follow-up web-review-from
### needs-review: web-review-before web-review-gps web-review-path
### needs-review: web-review-order web-review-order-ingested
### needs-review: web-review-order-newest web-review-order-taken
### needs-review: web-review-keys web-review-break web-review-end
### needs-review: web-review-close web-review-decided-as web-review-grid
### needs-review: web-map-link web-map-heading web-map-none
### needs-review: web-review-loading web-review-load-failed
### reviewed:
### needs-review: web-series-link web-series-heading web-series-none web-series-own-case web-series-create
### needs-review: web-series-from-selection web-series-name web-series-one-heading web-series-in-grid web-series-no-members
### needs-review: web-series-similar web-series-radius web-series-similar-none web-series-similar-found web-series-distance
### needs-review: web-series-add web-series-rename web-series-merge web-series-merge-from web-series-merged-into
### needs-review: web-series-links web-series-links-none web-series-links-find web-series-links-candidates-none web-series-link-note web-series-linked web-series-linked-by web-series-unlink web-series-link-add web-series-link-why web-series-link-shared
### needs-review: web-col-series web-col-members web-cameras-link web-cameras-heading web-cameras-explain
### needs-review: web-cameras-none web-cameras-strong web-col-make web-col-model web-col-serial
### needs-review: web-col-items-per-case web-timeline-heading web-timeline-none web-timeline-hint web-settings-link
### needs-review: web-settings-heading web-settings-blur web-settings-greyscale web-settings-tile web-settings-break
### needs-review: web-settings-lang web-settings-lang-browser web-settings-save web-settings-viewing web-settings-viewing-explain
### needs-review: web-settings-viewing-toggle
### needs-review: web-item-rendition web-item-reveal web-item-matches web-item-no-matches web-item-similar
### needs-review: web-item-no-pdq web-col-method web-col-distance web-col-dihedral web-col-profile
### needs-review: web-search-link web-search-heading web-search-picture web-search-submit web-search-not-stored
### needs-review: web-search-none web-search-same web-search-known web-error-upload-too-large
### needs-review: web-progress-heading web-progress-decided web-progress-undecided web-progress-reviewer
### needs-review: web-gallery-no-picture web-results-free-text
### needs-review: web-galleries-heading web-galleries-none web-gallery-title
### needs-review: web-gallery-audience web-gallery-audience-partner
### needs-review: web-gallery-audience-trainee web-gallery-audience-public
### needs-review: web-gallery-opens web-gallery-closes web-gallery-open
### needs-review: web-gallery-closed web-gallery-you-edit web-gallery-create
### needs-review: web-gallery-create-explain web-gallery-span web-gallery-back
### needs-review: web-gallery-board-items web-gallery-item web-gallery-items
### needs-review: web-gallery-no-items web-gallery-case web-gallery-media
### needs-review: web-gallery-media-keys web-gallery-add-items
### needs-review: web-gallery-series web-gallery-add-series
### needs-review: web-gallery-items-explain web-gallery-remove
### needs-review: web-gallery-members web-gallery-user web-gallery-role
### needs-review: web-gallery-part web-gallery-part-editor
### needs-review: web-gallery-part-participant web-gallery-part-none
### needs-review: web-gallery-set-member web-gallery-dates web-gallery-save
### needs-review: web-gallery-bundles web-gallery-no-bundles
### needs-review: web-gallery-bundle web-gallery-recipient web-gallery-made
### needs-review: web-gallery-expires web-clue-board web-clue-live
### needs-review: web-clue-none web-clue-text web-clue-post web-clue-pinned
### needs-review: web-clue-no-pin web-clue-pin-explain web-clue-becomes-lead
### needs-review: web-exercise-link web-exercise-heading web-exercise-set
### needs-review: web-exercise-set-explain web-exercise-rubric
### needs-review: web-exercise-country-points web-exercise-place-points
### needs-review: web-exercise-object-points web-exercise-wrong-object-penalty
### needs-review: web-exercise-free-text-max web-exercise-country
### needs-review: web-exercise-place web-exercise-objects
### needs-review: web-exercise-solving-lead web-exercise-known
### needs-review: web-exercise-free-text web-exercise-answer
### needs-review: web-exercise-answered web-exercise-trainee-explain
### needs-review: web-exercise-results web-results-by-trainee
### needs-review: web-results-by-item web-results-answers web-results-trainee
### needs-review: web-results-answered web-results-points web-results-pending
### needs-review: web-results-country-right web-results-place-right
### needs-review: web-results-mark web-results-save-mark web-country-kh
### needs-review: web-country-la web-country-th web-country-vn
### needs-review: web-country-other web-object-shop_sign
### needs-review: web-object-power_socket web-object-licence_plate
### needs-review: web-object-banknote web-object-product_label
### needs-review: web-object-other

## The browser lab (`vilab serve`).

web-nav-home = Trang đầu
web-nav-cases = Vụ án
web-nav-users = Tài khoản
web-nav-audit = Nhật ký kiểm toán
web-nav-verify = Xác minh chuỗi nhật ký kiểm toán
web-signed-in = { $user } ({ $role })
web-logout = Đăng xuất
web-language = Ngôn ngữ
web-back-home = Quay lại trang đầu
web-yes = có
web-no = không
web-pager-previous = Trang trước
web-pager-next = Trang sau
web-login-heading = Đăng nhập vào phòng thí nghiệm
web-login-username = Tên người dùng
web-login-password = Mật khẩu
web-login-submit = Đăng nhập
web-home-heading = Xin chào, { $user }
web-home-role = Tài khoản này đăng nhập với vai trò { $role }.
web-home-nothing = Vai trò của tài khoản này chưa có trang nào để mở ở đây.
web-cases-heading = Vụ án
web-cases-none = Không có vụ án nào mà tài khoản này được xem.
web-case-heading = Vụ án { $case }
web-case-uid = Mã vụ án { $uid }, tạo lúc { $created }
web-case-counts = Nội dung của vụ án
web-case-exhibits = Vật chứng và các lượt nạp dữ liệu
web-case-triage = Phân loại sơ bộ
web-case-by-category = Các mục đã biết và gần giống đã biết theo danh mục được đề xuất
web-case-by-source = Các mục đã biết và gần giống đã biết theo bộ giá trị băm
web-case-errors = Lỗi khi nạp dữ liệu
web-case-no-errors = Không có lỗi khi nạp dữ liệu.
web-case-media-link = Xem { $count } mục đa phương tiện của vụ án
web-media-heading = Các mục đa phương tiện của vụ án { $case }
web-col-case = Vụ án
web-col-exhibit = Vật chứng
web-col-exhibits = Vật chứng
web-col-media = Mục đa phương tiện
web-col-files = Tệp
web-col-errors = Lỗi
web-col-created = Ngày tạo
web-col-source = Nạp từ
web-col-run = Lượt chạy
web-col-status = Trạng thái
web-col-started = Bắt đầu
web-col-category = Danh mục
web-col-count = Số mục
web-col-hashset = Bộ giá trị băm
web-col-path = Đường dẫn
web-col-stage = Giai đoạn
web-col-reason = Điều đã xảy ra
web-col-id = Số
web-col-sha256 = SHA-256
web-col-kind = Loại
web-col-size = Kích thước (byte)
web-col-pixels = Điểm ảnh
web-col-camera = Máy ảnh
web-col-taken = Thời điểm chụp (theo đồng hồ máy ảnh)
web-col-gps = GPS
web-col-user = Tên người dùng
web-col-role = Vai trò
web-col-disabled = Vô hiệu hóa
web-col-cases = Vụ án (là thành viên)
web-col-seq = Số
web-col-at = Thời gian (UTC)
web-col-actor = Tài khoản
web-col-from = Từ
web-col-action = Thao tác
web-col-resource = Đối tượng
web-col-outcome = Kết quả
web-col-details = Chi tiết
web-item-digests = Giá trị băm và thuộc tính
web-item-exif = Manh mối nhận dạng (EXIF)
web-item-no-exif = Mục này không có EXIF.
web-item-first-seen = Phòng thí nghiệm ghi nhận lần đầu
web-users-heading = Tài khoản của phòng thí nghiệm
web-audit-heading = Nhật ký kiểm toán
web-audit-any = tất cả
web-audit-since = Từ (ngày)
web-audit-until = Đến (ngày)
web-audit-apply = Lọc
web-audit-none = Không có bản ghi nào khớp với bộ lọc.
web-verify-heading = Xác minh chuỗi nhật ký kiểm toán
web-error-heading = Yêu cầu không được thực hiện
web-error-csrf-failed = Biểu mẫu đã hết hạn hoặc không đến từ các trang của phòng thí nghiệm này (mã bảo mật bị thiếu hoặc sai). Vui lòng tải lại trang rồi thử lại.
web-error-no-route = Không có trang này.
web-error-method-not-allowed = Trang này không nhận loại yêu cầu đó.
web-error-bad-body = Không đọc được biểu mẫu hoặc JSON của yêu cầu.
web-serve-listening = Đang phục vụ phòng thí nghiệm tại { $url }
web-serve-stop = Mở địa chỉ này trong trình duyệt; nhấn Ctrl-C để dừng máy chủ.
web-serve-stopped = Máy chủ đã dừng.
web-serve-no-tls = Cảnh báo: các máy khác có thể truy cập { $addr } và máy chủ này không dùng TLS: mật khẩu và cookie phiên sẽ truyền qua mạng không mã hóa. Hãy cung cấp --tls-cert và --tls-key.
web-serve-bind-failed = Không thể lắng nghe tại { $addr }: { $reason }
web-serve-tls-failed = Không thể dùng chứng chỉ hoặc khóa TLS { $file }: { $reason }
web-serve-failed = Máy chủ gặp lỗi: { $reason }

## The review grid.
web-review-link = Xem xét dạng lưới
web-review-heading = Xem xét: { $case }
web-review-filters = Bộ lọc
web-review-show = Hiển thị
web-review-groups = Nhóm
web-review-triage = Phân loại sơ bộ
web-review-decided = Quyết định
web-review-any = tất cả
web-review-undecided = chưa quyết định
web-review-conflict = quyết định mâu thuẫn
web-review-follow-up = cần theo dõi
web-review-from = Chụp từ
web-review-before = Chụp trước
web-review-gps = Vị trí GPS
web-review-path = Đường dẫn chứa
web-review-order = Thứ tự
web-review-order-ingested = theo thứ tự nhập
web-review-order-newest = mới nhất trước
web-review-order-taken = theo thời gian chụp
web-review-keys = Phím: mũi tên di chuyển; Shift+mũi tên, Shift+nhấp hoặc Ctrl+nhấp để chọn; 0–9 quyết định danh mục; Alt+chữ số quyết định cả nhóm đang hiển thị; z hoàn tác; f đánh dấu cần theo dõi; r hoặc Enter hiển thị rõ; Esc đóng.
web-review-break = Bạn đã xem xét { $minutes } phút liên tục. Hãy nghỉ ngơi một chút.
web-review-end = Không còn mục nào.
web-review-close = Đóng
web-review-decided-as = đã quyết định: { $category }
web-review-grid = Các mục
web-map-link = Bản đồ vị trí GPS
web-map-heading = Bản đồ: { $case }
web-map-none = Không có mục nào của vụ án có vị trí GPS theo các bộ lọc này.

## Series, camera leads, timeline and settings pages (issue 19's pages).
web-series-link = Loạt ảnh
web-series-heading = Các loạt ảnh của { $case }
web-series-none = Vụ án này chưa có loạt ảnh nào.
web-series-own-case = Một loạt ảnh chỉ chứa các mục của chính vụ án đó; trên trang của nó, bạn có thể liên kết nó với loạt ảnh của các vụ án khác mà bạn là thành viên.
web-series-create = Tạo loạt ảnh
web-series-from-selection = Loạt ảnh mới từ các mục đã chọn
web-series-name = Tên
web-series-one-heading = Loạt ảnh: { $name }
web-series-in-grid = Xem xét các thành viên trong lưới
web-series-no-members = Loạt ảnh này không có thành viên.
web-series-similar = Tìm ảnh tương tự
web-series-radius = Khoảng cách PDQ
web-series-similar-none = Không có mục nào khác của vụ án trong khoảng cách này.
web-series-similar-found = { $count } mục trong khoảng cách PDQ { $radius } so với các thành viên. Hãy bỏ chọn những mục không thuộc loạt này.
web-series-distance = khoảng cách { $distance }
web-series-add = Thêm các mục đã chọn vào loạt ảnh
web-series-rename = Đổi tên
web-series-merge = Gộp vào loạt ảnh này
web-series-merge-from = Loạt ảnh được gộp vào
web-series-merged-into = đã gộp vào { $name }
# Series linked across cases.
web-series-links = Loạt ảnh được liên kết trong các vụ án khác
web-series-links-none = Không có loạt ảnh nào của vụ án mà bạn là thành viên được liên kết với loạt ảnh này.
web-series-links-find = Tìm loạt ảnh để liên kết
web-series-links-candidates-none = Không có loạt ảnh nào của vụ án khác mà bạn là thành viên chứa các mục này hoặc các mục trong khoảng cách này.
web-series-link-note = Ghi chú
web-series-linked = Đã liên kết
web-series-linked-by = bởi { $user }, { $date }
web-series-unlink = Bỏ liên kết
web-series-link-add = Liên kết
web-series-link-why = Lý do
web-series-link-shared = { $count } mục giống nhau
web-col-series = Loạt ảnh
web-col-members = Thành viên
web-cameras-link = Manh mối từ máy ảnh
web-cameras-heading = Máy ảnh trong các vụ án bạn được xem
web-cameras-explain = Máy ảnh được nhóm theo hãng, kiểu máy và số sê-ri thân máy. Cùng một máy ảnh trong hai vụ án là một manh mối mạnh.
web-cameras-none = Không mục nào có hãng, kiểu máy hoặc số sê-ri thân máy ảnh.
web-cameras-strong = manh mối mạnh: { $count } vụ án
web-col-make = Hãng
web-col-model = Kiểu máy
web-col-serial = Số sê-ri thân máy
web-col-items-per-case = Số mục theo vụ án
web-timeline-heading = Thời điểm chụp
web-timeline-none = Không mục nào hiển thị ở đây có thời điểm chụp.
web-timeline-hint = Kéo qua các cột để hiển thị các mục chụp trong khoảng đó, hoặc nhấp vào một cột.
web-review-loading = Đang tải…
web-review-load-failed = Không tải được phần này của trang. Hãy tải lại trang để thử lại.
web-settings-link = Cài đặt
web-settings-heading = Cài đặt xem xét của bạn
web-settings-blur = Làm mờ ảnh
web-settings-greyscale = Hiển thị ảnh đen trắng
web-settings-tile = Kích thước ô (điểm ảnh, 64 đến 256)
web-settings-break = Nhắc tôi nghỉ sau (phút; 0: không bao giờ)
web-settings-lang = Ngôn ngữ
web-settings-lang-browser = theo trình duyệt
web-settings-save = Lưu
web-settings-viewing = Chế độ xem
web-settings-viewing-explain = Với công việc cần xem ảnh nguyên trạng, hãy bật chế độ xem trong lưới: ảnh được hiển thị rõ nét và có màu cho đến khi bạn tắt chế độ này hoặc đóng thẻ. Mỗi ảnh hiển thị rõ nét vẫn được ghi vào nhật ký kiểm toán.
web-settings-viewing-toggle = Chế độ xem (rõ nét, có ghi kiểm toán)
web-item-rendition = Ảnh (đã che)
web-item-reveal = Hiển thị rõ nét và có màu (ghi vào nhật ký kiểm toán)
web-item-matches = Khớp với bộ giá trị băm
web-item-no-matches = Không có khớp nào với bộ giá trị băm trong các vụ án bạn được xem.
web-item-similar = Ảnh tương tự trong vụ án này và các vụ án khác
web-item-no-pdq = Mục này không có giá trị băm PDQ: nó không được giải mã thành ảnh.
web-col-method = Phương pháp
web-col-distance = Khoảng cách
web-col-dihedral = Hướng
web-col-profile = Hồ sơ danh mục
web-search-link = Tìm bằng ảnh
web-search-heading = Tìm bằng một ảnh từ bên ngoài phòng thí nghiệm
web-search-picture = Ảnh
web-search-submit = Tìm
web-search-not-stored = Ảnh không được lưu: chỉ các giá trị digest và giá trị băm PDQ của ảnh được tính, tìm kiếm và ghi vào nhật ký kiểm toán.
web-search-none = Không có gì trong các vụ án bạn được xem hoặc trong các bộ giá trị băm nằm trong khoảng cách PDQ { $radius }.
web-search-same = Cùng tệp trong các vụ án của bạn
web-search-known = Mục trong bộ giá trị băm
web-error-upload-too-large = Ảnh lớn hơn 16 MB, mức tối đa mà một lần tìm kiếm nhận.
web-progress-heading = Tiến độ xem xét
web-progress-decided = đã quyết định
web-progress-undecided = chưa quyết định
web-progress-reviewer = Người xem xét

## ViLab galleries, the clue board and training exercises (issue 20, branch webgallery)
web-galleries-heading = Bộ sưu tập
web-galleries-none = Bạn chưa là thành viên của bộ sưu tập nào.
web-gallery-title = Tiêu đề
web-gallery-audience = Đối tượng xem
web-gallery-audience-partner = Cơ quan đối tác
web-gallery-audience-trainee = Học viên
web-gallery-audience-public = Công chúng
web-gallery-opens = Mở từ
web-gallery-closes = Đóng vào
web-gallery-open = đang mở
web-gallery-closed = đã đóng
web-gallery-you-edit = bạn biên tập
web-gallery-create = Tạo bộ sưu tập
web-gallery-create-explain = Người tham gia chỉ xem các ảnh được làm cho đối tượng của bộ sưu tập, không bao giờ xem ảnh gốc, và chỉ trong khoảng thời gian của nó. Bạn là người biên tập đầu tiên.
web-gallery-span = từ { $opens } đến { $closes }
web-gallery-back = Quay lại bộ sưu tập
web-gallery-board-items = Mục
web-gallery-item = Mục { $n }
web-gallery-items = Mục
web-gallery-no-picture = Chưa có ảnh: chưa có ảnh nào được làm cho đối tượng này.
web-gallery-no-items = Chưa có mục nào.
web-gallery-case = Vụ án
web-gallery-media = Mục
web-gallery-media-keys = Mục (#id hoặc SHA-256, cách nhau bằng dấu phẩy)
web-gallery-add-items = Thêm mục
web-gallery-series = Loạt ảnh (id)
web-gallery-add-series = Thêm một loạt ảnh
web-gallery-items-explain = Chỉ có thể thêm mục của những vụ án mà bạn là thành viên. Người tham gia không bao giờ biết vụ án, mã băm hay loạt ảnh của một mục.
web-gallery-remove = Gỡ ra
web-gallery-members = Thành viên
web-gallery-user = Tên người dùng
web-gallery-role = Vai trò
web-gallery-part = Tham gia với tư cách
web-gallery-part-editor = người biên tập
web-gallery-part-participant = người tham gia
web-gallery-part-none = không còn là thành viên
web-gallery-set-member = Lưu
web-gallery-dates = Tiêu đề và thời gian
web-gallery-save = Lưu
web-gallery-bundles = Gói ngoại tuyến đã tạo
web-gallery-no-bundles = Chưa có gói ngoại tuyến nào được tạo từ bộ sưu tập này.
web-gallery-bundle = Gói
web-gallery-recipient = Người nhận
web-gallery-made = Ngày tạo
web-gallery-expires = Hết hạn
web-clue-board = Bảng manh mối
web-clue-live = Manh mối mới tự hiện ra ở đây.
web-clue-none = Chưa có manh mối nào.
web-clue-text = Manh mối của bạn
web-clue-post = Gửi manh mối
web-clue-pinned = đã ghim vào ảnh
web-clue-no-pin = Bấm vào ảnh để ghim manh mối vào một vị trí (không bắt buộc).
web-clue-pin-explain = Bấm vào ảnh để ghim một manh mối.
web-clue-becomes-lead = Mỗi manh mối được chuyển đến điều tra viên thành một đầu mối, kèm tên người dùng của bạn và thời gian.
web-exercise-link = Bài tập
web-exercise-heading = Bài tập huấn luyện
web-exercise-set = Đặt bài tập
web-exercise-set-explain = Ghi đáp án đã biết của từng mục; mục không có quốc gia sẽ bị bỏ qua. Học viên không bao giờ thấy các đáp án này hay điểm số.
web-exercise-rubric = Điểm
web-exercise-country-points = Đúng quốc gia
web-exercise-place-points = Đúng địa điểm
web-exercise-object-points = Mỗi vật đúng
web-exercise-wrong-object-penalty = Trừ cho mỗi vật sai
web-exercise-free-text-max = Tối đa cho phần tự luận
web-exercise-country = Quốc gia
web-exercise-place = Địa điểm
web-exercise-objects = Những vật giúp xác định nơi chụp
web-exercise-solving-lead = Đầu mối đã giải được vụ việc
web-exercise-known = Đáp án đã biết
web-exercise-free-text = Lập luận của bạn
web-exercise-answer = Lưu câu trả lời
web-exercise-answered = Câu trả lời của bạn đã được lưu; bạn có thể sửa khi bộ sưu tập còn mở.
web-exercise-trainee-explain = Với mỗi mục, hãy cho biết bạn nghĩ ảnh được chụp ở đâu và bạn sẽ truy tìm những vật nào. Câu trả lời mới nhất được tính.
web-exercise-results = Kết quả
web-results-by-trainee = Theo học viên
web-results-by-item = Theo mục
web-results-answers = Câu trả lời
web-results-trainee = Học viên
web-results-answered = Đã trả lời
web-results-points = Điểm
web-results-pending = Tự luận chưa chấm
web-results-country-right = Đúng quốc gia
web-results-place-right = Đúng địa điểm
web-results-free-text = Phần tự luận
web-results-mark = Điểm phần tự luận
web-results-save-mark = Lưu
web-country-kh = Campuchia
web-country-la = Lào
web-country-th = Thái Lan
web-country-vn = Việt Nam
web-country-other = Quốc gia khác
web-object-shop_sign = Biển hiệu cửa hàng
web-object-power_socket = Ổ cắm điện
web-object-licence_plate = Biển số xe
web-object-banknote = Tiền giấy
web-object-product_label = Nhãn sản phẩm
web-object-other = Vật khác
