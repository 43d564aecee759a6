### Native review status: NOT REVIEWED.
### These Vietnamese texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Vietnamese speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: gallery-notice
### needs-review: gallery-prepared-for
### needs-review: gallery-from-lab
### needs-review: gallery-expires
### needs-review: gallery-expired
### needs-review: gallery-expiry-soft
### needs-review: gallery-language
### needs-review: gallery-noscript
### needs-review: gallery-back
### needs-review: gallery-item
### needs-review: gallery-participant
### needs-review: gallery-clue-prompt
### needs-review: gallery-clue-pin-hint
### needs-review: gallery-clue-pinned
### needs-review: gallery-clue-add
### needs-review: gallery-clues-yours
### needs-review: gallery-clues-none
### needs-review: gallery-clues-count
### needs-review: gallery-save-clues
### needs-review: gallery-save-note
### needs-review: gallery-answer-country
### needs-review: gallery-answer-place
### needs-review: gallery-answer-objects
### needs-review: gallery-answer-free-text
### needs-review: gallery-answer-keep
### needs-review: gallery-answer-kept
### needs-review: gallery-save-answers
### needs-review: gallery-country-kh
### needs-review: gallery-country-la
### needs-review: gallery-country-th
### needs-review: gallery-country-vn
### needs-review: gallery-country-other
### needs-review: gallery-object-shop-sign
### needs-review: gallery-object-power-socket
### needs-review: gallery-object-licence-plate
### needs-review: gallery-object-banknote
### needs-review: gallery-object-product-label
### needs-review: gallery-object-other
### needs-review: gallery-verify-ok
### needs-review: gallery-verify-failed
### needs-review: gallery-label-bundle
### needs-review: gallery-label-recipient
### needs-review: gallery-label-expires
### needs-review: gallery-label-fingerprint
### needs-review: gallery-label-files
### needs-review: gallery-label-public-key
### needs-review: gallery-label-skipped
### needs-review: gallery-export-written

# Offline gallery bundles (issue 20).
gallery-notice = Hình ảnh đã được xử lý che giấu thông tin, từ các cuộc điều tra nội dung xâm hại tình dục trẻ em, được hiển thị để giúp xác định nạn nhân và địa điểm. Không sao chép, chia sẻ hay đăng tải các hình ảnh này.
gallery-prepared-for = Chuẩn bị cho
gallery-from-lab = Từ
gallery-expires = Được xem đến hết ngày
gallery-expired = Bộ ảnh này đã hết hạn: hình ảnh không còn được hiển thị. Vui lòng xóa thư mục này.
gallery-expiry-soft = Ngày hết hạn chỉ được các trang này kiểm tra; các tệp vẫn nằm trên máy tính này cho đến khi bạn xóa chúng.
gallery-language = Ngôn ngữ
gallery-noscript = Bộ ảnh này cần JavaScript. Nó chỉ chạy trên máy tính này và không gửi gì qua mạng.
gallery-back = Quay lại bộ ảnh
gallery-item = Mục
gallery-participant = Tên của bạn
gallery-clue-prompt = Manh mối của bạn: bạn nhận ra điều gì (một địa điểm, đồ vật, biển hiệu, ngôn ngữ)?
gallery-clue-pin-hint = Bấm vào hình để ghim manh mối vào một điểm (không bắt buộc).
gallery-clue-pinned = Đã ghim trên hình
gallery-clue-add = Thêm manh mối
gallery-clues-yours = Manh mối của bạn cho mục này
gallery-clues-none = Chưa có manh mối nào.
gallery-clues-count = Số manh mối đã nhập trong bộ ảnh này:
gallery-save-clues = Lưu manh mối của tôi vào tệp
gallery-save-note = Hãy gửi tệp đã lưu cho phòng thí nghiệm đã chuẩn bị bộ ảnh này.
gallery-answer-country = Quốc gia
gallery-answer-place = Địa điểm (thành phố, quận huyện, tỉnh)
gallery-answer-objects = Đồ vật bạn sẽ truy tìm
gallery-answer-free-text = Lập luận của bạn
gallery-answer-keep = Giữ câu trả lời của tôi
gallery-answer-kept = Đã giữ câu trả lời
gallery-save-answers = Lưu câu trả lời của tôi vào tệp
gallery-country-kh = Campuchia
gallery-country-la = Lào
gallery-country-th = Thái Lan
gallery-country-vn = Việt Nam
gallery-country-other = Quốc gia khác
gallery-object-shop-sign = Biển hiệu cửa hàng
gallery-object-power-socket = Ổ cắm điện
gallery-object-licence-plate = Biển số xe
gallery-object-banknote = Tiền giấy
gallery-object-product-label = Nhãn sản phẩm
gallery-object-other = Đồ vật khác
gallery-verify-ok = Đã xác minh gói: chữ ký của phòng thí nghiệm hợp lệ, mọi tệp đều có trong danh sách kèm mã băm, và không có gì khác.
gallery-verify-failed = Gói không xác minh được: { $path }: { $detail }
gallery-label-bundle = Gói
gallery-label-recipient = Chuẩn bị cho
gallery-label-expires = Được xem đến hết ngày
gallery-label-fingerprint = Dấu vân tay khóa của phòng thí nghiệm
gallery-label-files = Tệp
gallery-label-public-key = Khóa công khai của phòng thí nghiệm
gallery-label-skipped = Bỏ ra (không có ảnh hiện hành)
gallery-export-written = Đã ghi gói vào { $path } với { $items } mục. Hãy đưa cho người nhận khóa công khai của phòng thí nghiệm để kiểm tra: vilab gallery verify --key KEY FOLDER.
