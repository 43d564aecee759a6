### Native review status: NOT REVIEWED.
### These Lao texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Lao speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: media-heading media-label-sha256 media-label-md5
### needs-review: media-label-sha1 media-label-kind media-label-size
### needs-review: media-bytes media-label-pixels media-label-pdq-quality
### needs-review: media-label-pdq media-label-thumbnail media-label-exif-make
### needs-review: media-label-exif-model media-label-exif-body-serial
### needs-review: media-label-exif-lens-serial media-label-exif-taken
### needs-review: media-label-exif-offset media-label-gps-latitude
### needs-review: media-label-gps-longitude media-label-gps-altitude
### needs-review: media-label-exif-orientation media-label-exif-software
### needs-review: media-places media-places-elsewhere media-errors
### needs-review: verify-label-checked verify-label-bytes verify-progress
### needs-review: verify-corrupt verify-unreadable verify-stray verify-missing
### needs-review: verify-stopped
### needs-review: media-place-modified media-place-created media-place-accessed
### reviewed:

media-heading = ລາຍການສື່ { $id }
media-label-sha256 = SHA-256
media-label-md5 = MD5
media-label-sha1 = SHA-1
media-label-kind = ປະເພດ
media-label-size = ຂະໜາດ
media-bytes = { $bytes } ໄບຕ໌
media-label-pixels = ພິກເຊວ
media-label-pdq-quality = ຄຸນນະພາບ PDQ
media-label-pdq = PDQ { $symmetry }
media-label-thumbnail = ຮູບຫຍໍ້
media-label-exif-make = ຍີ່ຫໍ້ກ້ອງ (EXIF)
media-label-exif-model = ລຸ້ນກ້ອງ (EXIF)
media-label-exif-body-serial = ເລກຊີຣີຂອງຕົວກ້ອງ (EXIF)
media-label-exif-lens-serial = ເລກຊີຣີຂອງເລນ (EXIF)
media-label-exif-taken = ເວລາຖ່າຍ (ຕາມໂມງຂອງກ້ອງ)
media-label-exif-offset = ຄ່າຊົດເຊີຍເວລາ (EXIF)
media-label-gps-latitude = ເສັ້ນຂະໜານ GPS
media-label-gps-longitude = ເສັ້ນແວງ GPS
media-label-gps-altitude = ລະດັບຄວາມສູງ GPS (ແມັດ)
media-label-exif-orientation = ທິດທາງຂອງຮູບ (EXIF)
media-label-exif-software = ຊອບແວ (EXIF)
media-places = ພົບໃນ { $count } ຕຳແໜ່ງ
media-places-elsewhere = ແລະ ໃນ { $count } ຕຳແໜ່ງໃນຄະດີທີ່ທ່ານບໍ່ໄດ້ເປັນສະມາຊິກ
media-errors = ຂໍ້ຜິດພາດການນຳເຂົ້າ { $count } ລາຍການ

verify-label-checked = ກ້ອນຂໍ້ມູນ (blob) ທີ່ກວດສອບແລ້ວ
verify-label-bytes = ໄບຕ໌ທີ່ຄຳນວນຄ່າແຮຊແລ້ວ
verify-progress = ກວດສອບ: { $checked }/{ $total } ກ້ອນຂໍ້ມູນ, { $mb_per_second } MB/s
verify-corrupt = ເສຍຫາຍ  { $path }  ຄ່າທີ່ຄາດໄວ້ { $expected }  ຄ່າຈິງ { $actual }
verify-unreadable = ອ່ານບໍ່ໄດ້  { $path }  { $reason }
verify-stray = ແປກປອມ  { $path }
verify-missing = ສູນຫາຍ  { $sha256 }
verify-stopped = (ຢຸດກ່ອນສຳເລັດ)

# --- Disk occurrences' file-system times (issue 23, diskfeat) ---
# $time (string): a UTC time, RFC 3339 (2025-01-02T03:04:06Z).
media-place-modified = ແກ້ໄຂ { $time }
media-place-created = ສ້າງ { $time }
media-place-accessed = ເຂົ້າເຖິງ { $time }
