### Native review status: NOT REVIEWED.
### These Khmer texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Khmer speaker who works in child protection or criminal justice.
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

media-heading = ធាតុមេឌៀ { $id }
media-label-sha256 = SHA-256
media-label-md5 = MD5
media-label-sha1 = SHA-1
media-label-kind = ប្រភេទ
media-label-size = ទំហំ
media-bytes = { $bytes } បៃ
media-label-pixels = ភីកសែល
media-label-pdq-quality = គុណភាព PDQ
media-label-pdq = PDQ { $symmetry }
media-label-thumbnail = រូបភាពតូច
media-label-exif-make = ម៉ាកកាមេរ៉ា (EXIF)
media-label-exif-model = ម៉ូដែលកាមេរ៉ា (EXIF)
media-label-exif-body-serial = លេខស៊េរីតួកាមេរ៉ា (EXIF)
media-label-exif-lens-serial = លេខស៊េរីកែវថត (EXIF)
media-label-exif-taken = ពេលថត (តាមនាឡិកាកាមេរ៉ា)
media-label-exif-offset = គម្លាតម៉ោង (EXIF)
media-label-gps-latitude = រយៈទទឹង GPS
media-label-gps-longitude = រយៈបណ្តោយ GPS
media-label-gps-altitude = រយៈកម្ពស់ GPS (ម៉ែត្រ)
media-label-exif-orientation = ទិសរូបភាព (EXIF)
media-label-exif-software = កម្មវិធី (EXIF)
media-places = បានរកឃើញនៅទីតាំងចំនួន { $count }
media-places-elsewhere = និងនៅទីតាំងចំនួន { $count } ក្នុងសំណុំរឿងដែលអ្នកមិនមែនជាសមាជិក
media-errors = កំហុសនៃការបញ្ចូលចំនួន { $count }

verify-label-checked = ប្លុកទិន្នន័យ (blob) ដែលបានពិនិត្យ
verify-label-bytes = បៃដែលបានគណនា hash
verify-progress = ផ្ទៀងផ្ទាត់៖ ប្លុកទិន្នន័យ { $checked }/{ $total }, { $mb_per_second } MB/s
verify-corrupt = ខូច  { $path }  រំពឹងទុក { $expected }  ជាក់ស្តែង { $actual }
verify-unreadable = មិនអាចអានបាន  { $path }  { $reason }
verify-stray = ក្រៅបញ្ជី  { $path }
verify-missing = បាត់  { $sha256 }
verify-stopped = (បានបញ្ឈប់មុនពេលបញ្ចប់)

# --- Disk occurrences' file-system times (issue 23, diskfeat) ---
# $time (string): a UTC time, RFC 3339 (2025-01-02T03:04:06Z).
media-place-modified = បានកែប្រែ { $time }
media-place-created = បានបង្កើត { $time }
media-place-accessed = បានចូលប្រើ { $time }
