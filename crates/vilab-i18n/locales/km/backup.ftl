### Native review status: NOT REVIEWED.
### These Khmer texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Khmer speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: backup-progress backup-stage-snapshot backup-stage-blobs
### needs-review: backup-stage-verify backup-done backup-label-blobs backup-label-bytes
### needs-review: backup-note restore-needs-user restore-done
### needs-review: error-backup-needs-encryption error-backup-invalid error-file-exists
### needs-review: hashset-profiles-set hashset-profiles-encrypted hashset-profiles-none

backup-progress = { $stage }៖ ឯកសារដែលបានរក្សាទុក { $done }/{ $total }, { $mb_per_second } MB/s, { $eta }
backup-stage-snapshot = រូបថតមូលដ្ឋានទិន្នន័យ
backup-stage-blobs = ឯកសារដែលបានរក្សាទុក
backup-stage-verify = កំពុងពិនិត្យមន្ទីរពិសោធន៍ដែលបានស្ដារ
backup-done = ការបម្រុងទុកត្រូវបានសរសេរទៅ { $file }។ វាត្រូវបានអ៊ិនគ្រីបដោយសោរបស់មន្ទីរពិសោធន៍៖ មានតែឃ្លាសម្ងាត់ ឬសោស្ដាររបស់មន្ទីរពិសោធន៍ប៉ុណ្ណោះដែលអាចបើកវាបាន។
backup-label-blobs = ឯកសារដែលបានរក្សាទុក
backup-label-bytes = ទំហំឯកសារបម្រុងទុក (បៃ)
backup-note = សូមរក្សាទុកការបម្រុងទុកឱ្យឆ្ងាយពីកុំព្យូទ័រនេះ។ ស្ដារវាវិញដោយ៖ vilab restore FILE --lab NEW-LAB --user ADMINISTRATOR
restore-needs-user = សូមដាក់ឈ្មោះអ្នកគ្រប់គ្រងប្រព័ន្ធម្នាក់នៃមន្ទីរពិសោធន៍ដែលបានបម្រុងទុក ដោយប្រើ --user (ពាក្យសម្ងាត់ត្រូវបានអានពី VILAB_PASSWORD_FILE ឬត្រូវបានសួរ)
restore-done = មន្ទីរពិសោធន៍ { $path } ត្រូវបានស្ដារវិញ៖ ឯកសារដែលបានរក្សាទុកនីមួយៗ មូលដ្ឋានទិន្នន័យ និងកំណត់ហេតុសវនកម្មត្រូវបានពិនិត្យ។
error-backup-needs-encryption = មន្ទីរពិសោធន៍ { $path } មិនត្រូវបានអ៊ិនគ្រីបទេ៖ ការបម្រុងទុកនឹងផ្ទុកភស្តុតាងរបស់វាដោយមិនអ៊ិនគ្រីប។ សូមអ៊ិនគ្រីបវាជាមុនសិនដោយ `vilab lab encrypt` រួចបម្រុងទុកវា។
error-backup-invalid = { $path } មិនមែនជាការបម្រុងទុករបស់ vilab ទេ ឬវាត្រូវបានកែប្រែ ខូច ឬកាត់ខ្លី៖ គ្មានអ្វីត្រូវបានស្ដារទេ។
error-file-exists = { $file } មានរួចហើយ៖ គ្មានអ្វីត្រូវបានសរសេរជាន់ទេ។ សូមជ្រើសរើសឈ្មោះផ្សេង។

hashset-profiles-set = ប្រវត្តិរូបផ្ទាល់ខ្លួនរបស់មន្ទីរពិសោធន៍ត្រូវបានជំនួស៖ { $count } ({ $names })។ ប្រវត្តិរូបដែលមានស្រាប់នៅដដែល។
hashset-profiles-encrypted = ពួកវាត្រូវបានរក្សាទុកដោយអ៊ិនគ្រីបនៅក្នុងមន្ទីរពិសោធន៍។ ឯកសារ { $file } ខ្លួនវាមិនត្រូវបានអ៊ិនគ្រីបទេ៖ សូមលុបវា ឬរក្សាវាឱ្យមានសុវត្ថិភាពដូចមន្ទីរពិសោធន៍។
hashset-profiles-none = មន្ទីរពិសោធន៍មិនមានប្រវត្តិរូបផ្ទាល់ខ្លួនទេ៖ មានតែប្រវត្តិរូបដែលមានស្រាប់ប៉ុណ្ណោះដែលត្រូវបានប្រើ។
