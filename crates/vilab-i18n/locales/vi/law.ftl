### Native review status: NOT REVIEWED.
### These Vietnamese texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Vietnamese speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: law-written law-imported law-no-imports
### needs-review: law-imports-column-id law-imports-column-imported-at
### needs-review: law-imports-column-bytes law-imports-column-sha256
### needs-review: law-imports-column-name law-import-unknown law-import-needed
### needs-review: law-import-removed
### reviewed:

law-written = đã ghi: { $path }
law-imported = đã nhập { $name } thành lần nhập { $id }: { $records } nguồn, văn kiện và điều khoản; các giá trị bị thay thế (giá trị cũ được lưu trong lịch sử): { $replaced }; các giá trị được thêm: { $added }
law-no-imports = chưa có lần nhập nào: bảng đối chiếu pháp luật chỉ gồm dữ liệu đi kèm chương trình

law-imports-column-id = mã
law-imports-column-imported-at = thời điểm nhập
law-imports-column-bytes = byte
law-imports-column-sha256 = sha256
law-imports-column-name = tên

law-import-unknown =
    { $held ->
        [0] không có lần nhập văn bản pháp luật nào mang mã { $id } trong phòng thí nghiệm này (chưa có lần nhập nào; xem `vilab law imports`)
       *[other] không có lần nhập văn bản pháp luật nào mang mã { $id } trong phòng thí nghiệm này (các lần nhập hiện có: { $ids }; xem `vilab law imports`)
    }
law-import-needed = chưa xóa lần nhập { $id } ({ $name }): lần nhập { $later } ({ $later_name }) sẽ không còn áp dụng được nếu thiếu lần nhập này; hãy xóa lần nhập { $later } trước
law-import-removed =
    { $remaining ->
        [0] đã xóa lần nhập { $id } ({ $name }); bảng đối chiếu pháp luật giờ chỉ gồm dữ liệu đi kèm chương trình
        [1] đã xóa lần nhập { $id } ({ $name }); bảng đối chiếu pháp luật giờ chỉ áp dụng lần nhập { $ids }
       *[other] đã xóa lần nhập { $id } ({ $name }); bảng đối chiếu pháp luật giờ áp dụng các lần nhập { $ids } theo thứ tự đó
    }
