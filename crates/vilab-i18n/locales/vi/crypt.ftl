### Native review status: NOT REVIEWED.
### These Vietnamese texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Vietnamese speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: unlock-passphrase-prompt unlock-unreadable unlock-file-unreadable
### needs-review: unlock-file-empty unlock-new-prompt unlock-new-again unlock-new-mismatch
### needs-review: unlock-new-needs-terminal init-encrypted init-label-recovery-key
### needs-review: init-recovery-key-note init-no-encrypt-warning lab-passphrase-changed
### needs-review: lab-recovery-key-replaced demo-label-passphrase demo-passphrase-note
### needs-review: error-lab-locked error-wrong-passphrase error-wrong-recovery-key
### needs-review: error-lab-keys-invalid error-lab-not-encrypted
### needs-review: lab-encrypt-done lab-encrypt-already

unlock-passphrase-prompt = Cụm mật khẩu của phòng thí nghiệm { $path }:
unlock-unreadable = không đọc được cụm mật khẩu từ thiết bị đầu cuối
unlock-file-unreadable = không đọc được tệp { $file }
unlock-file-empty = tệp { $file } trống: dòng đầu tiên phải chứa cụm mật khẩu hoặc khóa khôi phục
unlock-new-prompt = Cụm mật khẩu mới của phòng thí nghiệm:
unlock-new-again = Nhập lại cụm mật khẩu mới:
unlock-new-mismatch = hai cụm mật khẩu không khớp nhau; không có gì được tạo hoặc thay đổi
unlock-new-needs-terminal = không có thiết bị đầu cuối để hỏi cụm mật khẩu mới: hãy đưa nó vào một tệp (dòng đầu tiên)
init-encrypted = Phòng thí nghiệm đã được mã hóa: không có cụm mật khẩu hoặc khóa khôi phục thì không đọc được gì trong đó.
init-label-recovery-key = khóa khôi phục
init-recovery-key-note = Hãy ghi lại khóa khôi phục ngay bây giờ và cất giữ khóa kín, tách xa máy tính này: khóa chỉ hiển thị lần này, và nó mở được phòng thí nghiệm nếu mất cụm mật khẩu.
init-no-encrypt-warning = cảnh báo: phòng thí nghiệm { $path } KHÔNG được mã hóa: bất kỳ ai giữ ổ đĩa này đều đọc được chứng cứ, ảnh thu nhỏ, tên vụ án và nhật ký kiểm toán của nó. Chỉ dùng --no-encrypt trên ổ đĩa được mã hóa toàn bộ, hoặc để kiểm thử.
lab-passphrase-changed = Cụm mật khẩu của phòng thí nghiệm { $path } đã được thay đổi; cụm cũ không còn mở được nữa. Dữ liệu không bị ghi lại.
lab-recovery-key-replaced = Khóa khôi phục của phòng thí nghiệm { $path } đã được thay thế; khóa cũ không còn mở được nữa.
demo-label-passphrase = cụm mật khẩu của phòng thí nghiệm
demo-passphrase-note = Phòng thí nghiệm mẫu được mã hóa: cụm mật khẩu ở trên chỉ hiển thị lần này. Các lệnh trên phòng thí nghiệm mẫu sẽ hỏi nó (hoặc đọc nó từ tệp mà VILAB_PASSPHRASE_FILE chỉ định).
error-lab-locked = Phòng thí nghiệm { $path } được mã hóa: hãy đưa cụm mật khẩu (hỏi trên thiết bị đầu cuối, hoặc trong tệp mà VILAB_PASSPHRASE_FILE chỉ định) hoặc khóa khôi phục (VILAB_RECOVERY_KEY_FILE).
error-wrong-passphrase = Sai cụm mật khẩu: phòng thí nghiệm vẫn bị khóa; không có gì thay đổi.
error-wrong-recovery-key = Khóa khôi phục sai hoặc gõ nhầm: phòng thí nghiệm vẫn bị khóa; không có gì thay đổi.
error-lab-keys-invalid = Khóa của phòng thí nghiệm không mở được các tệp của nó: các ô khóa hoặc một tệp đã mã hóa bị sửa đổi hoặc hư hỏng, hoặc thuộc về phòng thí nghiệm khác.
error-lab-not-encrypted = Phòng thí nghiệm { $path } không được mã hóa: không có cụm mật khẩu hay khóa khôi phục nào để thay đổi.
lab-encrypt-done = Phòng thí nghiệm { $path } đã được mã hóa; các tệp lưu trữ được kiểm tra khi mã hóa, và dữ liệu chưa mã hóa đã bị ghi đè và xóa. Các bản sao mà hệ thống tệp hoặc ổ đĩa có thể giữ lại (ảnh chụp nhanh, cân bằng hao mòn SSD) nằm ngoài tầm của vilab: hãy dùng thêm mã hóa toàn bộ ổ đĩa.
lab-encrypt-already = Phòng thí nghiệm { $path } đã được mã hóa rồi; không có gì được thực hiện.
