### Native review status: NOT REVIEWED.
### These Khmer texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Khmer speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: ingest-error-walk-failed ingest-error-symlink-not-followed
### needs-review: ingest-error-not-a-regular-file ingest-error-stat-failed
### needs-review: ingest-error-open-failed ingest-error-read-failed
### needs-review: ingest-error-out-of-memory ingest-error-longer-than-declared
### needs-review: ingest-error-empty-file ingest-error-over-memory-budget
### needs-review: ingest-error-over-in-memory-limit ingest-error-decode-failed
### needs-review: ingest-error-decode-truncated ingest-error-no-image
### needs-review: ingest-error-decode-damaged ingest-error-unsupported-format
### needs-review: ingest-error-too-many-pixels ingest-error-over-memory-grant
### needs-review: ingest-error-exif-unreadable ingest-error-thumbnail-failed
### needs-review: ingest-error-pdq-failed ingest-error-store-failed
### needs-review: ingest-error-out-of-space ingest-error-store-read-failed
### needs-review: ingest-error-archive-read-failed
### needs-review: ingest-error-archive-unreadable
### needs-review: ingest-error-archive-entries-overlap
### needs-review: ingest-error-archive-split
### needs-review: ingest-error-archive-too-many-entries
### needs-review: ingest-error-archive-directory-too-large
### needs-review: ingest-error-archive-too-deep
### needs-review: ingest-error-archive-bomb-ratio
### needs-review: ingest-error-archive-bomb-expansion
### needs-review: ingest-error-member-unreadable
### needs-review: ingest-error-member-unsupported-method
### needs-review: ingest-error-member-encrypted
### needs-review: ingest-error-member-crc-mismatch
### needs-review: ingest-error-member-shorter-than-declared
### needs-review: ingest-error-member-longer-than-declared
### needs-review: ingest-error-member-damaged ingest-error-legacy
### needs-review: ingest-allocation-decode ingest-allocation-conversion
### needs-review: ingest-allocation-exif-parse ingest-allocation-exif-copy
### needs-review: ingest-allocation-jpeg-output
### needs-review: ingest-allocation-jpeg-coefficients
### reviewed:

ingest-error-walk-failed = មិនអាចរុករកមាតិកានៃថតនេះបានទេ
ingest-error-symlink-not-followed = មិនបានតាមតំណនិមិត្តសញ្ញា (symbolic link) នេះទៅកាន់គោលដៅ { $target } ទេ
ingest-error-not-a-regular-file = មិនមែនជាឯកសារធម្មតាទេ (ជាឧបករណ៍ socket ឬ pipe)៖ មិនបានអាន
ingest-error-stat-failed = មិនអាចអានទំហំ និងពេលវេលារបស់ឯកសារនេះបានទេ
ingest-error-open-failed = មិនអាចបើកឯកសារនេះបានទេ
ingest-error-read-failed = មិនអាចអានឯកសារនេះបានទេ ឯកសារនេះនឹងត្រូវបានអានម្តងទៀតនៅដំណើរការលើកក្រោយ
ingest-error-out-of-memory = អង្គចងចាំមិនគ្រប់គ្រាន់សម្រាប់ { $bytes } បៃ ឯកសារនេះនឹងត្រូវបានអានម្តងទៀតនៅដំណើរការលើកក្រោយ
ingest-error-longer-than-declared = មានទំហំ { $size } បៃ ខណៈដែលបានប្រកាសត្រឹម { $declared } បៃ៖ បានរក្សាទុក ប៉ុន្តែមិនបានបកស្រាយ
ingest-error-empty-file = ឯកសារទទេ (0 បៃ)
ingest-error-over-memory-budget = មិនបានបកស្រាយ៖ ត្រូវការអង្គចងចាំ { $needed } បៃ ដែលច្រើនជាងថវិកាអង្គចងចាំសរុបនៃការបញ្ចូលចំនួន { $budget } បៃ
ingest-error-over-in-memory-limit = រូបភាពទំហំ { $size } បៃ លើសដែនកំណត់នៃការដំណើរការក្នុងអង្គចងចាំ { $limit } បៃ៖ បានរក្សាទុក ប៉ុន្តែមិនបានបកស្រាយ
ingest-error-decode-failed = មិនអាចបកស្រាយរូបភាព { $format } នេះបានទេ
ingest-error-decode-truncated = មិនអាចបកស្រាយរូបភាព { $format } នេះបានទេ៖ ទិន្នន័យមិនពេញលេញ ដោយសារត្រូវបានកាត់ខ្លី
ingest-error-no-image = មិនអាចបកស្រាយឯកសារ { $format } នេះបានទេ៖ គ្មានរូបភាពនៅក្នុងឯកសារនេះទេ
ingest-error-decode-damaged = ទិន្នន័យ { $format } ខូច (ការព្រមានចំនួន { $warnings })៖ បានគណនា hash រួចហើយ ប៉ុន្តែរូបភាពដែលទទួលបានមានទិន្នន័យតែមួយផ្នែក
ingest-error-unsupported-format = កំណែ vilab ដែលបានដំឡើងនេះ គ្មានកម្មវិធីបកស្រាយសម្រាប់ទម្រង់ { $format } ទេ៖ បានរក្សាទុក ប៉ុន្តែមិនបានបកស្រាយ
ingest-error-too-many-pixels = រូបភាពទំហំ { $width } x { $height } ភីកសែល លើសដែនកំណត់ { $limit } ភីកសែល៖ បានរក្សាទុក ប៉ុន្តែមិនបានបកស្រាយ
ingest-error-over-memory-grant = { $allocation } ត្រូវការអង្គចងចាំ { $needed } បៃ លើសពី { $allowed } បៃដែលបានអនុញ្ញាត៖ បានរក្សាទុក ប៉ុន្តែមិនបានបកស្រាយ
ingest-error-exif-unreadable = ទិន្នន័យ EXIF មានទម្រង់មិនត្រឹមត្រូវ
ingest-error-thumbnail-failed = មិនអាចបង្កើតរូបភាពតូចបានទេ
ingest-error-pdq-failed = មិនអាចគណនា hash PDQ បានទេ
ingest-error-store-failed = មិនអាចសរសេរទៅឃ្លាំងភស្តុតាងបានទេ ឯកសារនេះនឹងត្រូវបានរក្សាទុកនៅដំណើរការលើកក្រោយ
ingest-error-out-of-space = ឃ្លាំងភស្តុតាងអស់ទំហំផ្ទុក៖ សូមបង្កើតទំហំទំនេរ ហើយដំណើរការពាក្យបញ្ជាដដែលម្តងទៀត
ingest-error-store-read-failed = មិនអាចអានបណ្ណសារបង្រួមមកវិញពីឃ្លាំងភស្តុតាងបានទេ
ingest-error-archive-read-failed = ការអានបណ្ណសារបង្រួមបានបរាជ័យនៅជិតបៃទី { $offset }
ingest-error-archive-unreadable = មិនអាចបើកបណ្ណសារ zip នេះបានទេ
ingest-error-archive-entries-overlap = ត្រូវបានបដិសេធ៖ ធាតុ { $first } និង { $second } នៃបណ្ណសារ zip នេះប្រើទិន្នន័យរួមគ្នានៅបៃទី { $offset } (គ្រាប់បែក zip ឬ zip bomb)
ingest-error-archive-split = បណ្ណសារ zip នេះត្រូវបានបំបែកជាឯកសារច្រើន (កំណត់ត្រាបញ្ចប់ ឬ end record នៅបៃទី { $offset } ស្ថិតនៅលើថាស { $disk })៖ សូមភ្ជាប់ផ្នែកទាំងអស់ចូលគ្នាជាមុនសិន
ingest-error-archive-too-many-entries = បណ្ណសារ zip នេះមានធាតុចំនួន { $count } ឬច្រើនជាងនេះ លើសដែនកំណត់ { $limit }
ingest-error-archive-directory-too-large = ថតកណ្តាល (central directory) នៃបណ្ណសារ zip នេះមានទំហំ { $size } បៃ លើសដែនកំណត់ { $limit } បៃ
ingest-error-archive-too-deep = បណ្ណសារបង្រួមដែលដាក់ត្រួតគ្នាជ្រៅជាង { $limit } កម្រិត៖ បានកត់ត្រា ប៉ុន្តែមិនបានបើក
ingest-error-archive-bomb-ratio = ការការពារគ្រាប់បែក zip៖ ទិន្នន័យ { $size } បៃ ពីទិន្នន័យបង្រួម { $compressed } បៃ (សមាមាត្រលើសពី { $limit })
ingest-error-archive-bomb-expansion = ការការពារគ្រាប់បែក zip៖ បណ្ណសារនេះពង្រីកសរុបលើសពី { $limit } បៃ
ingest-error-member-unreadable = មិនអាចអានធាតុ { $entry } នៃបណ្ណសារ zip បានទេ
ingest-error-member-unsupported-method = ធាតុ { $entry } នៃបណ្ណសារ zip ត្រូវបានបង្រួមដោយវិធីសាស្ត្រ { $method } ដែល vilab មិនអាចពន្លាបានទេ
ingest-error-member-encrypted = ធាតុ { $entry } នៃបណ្ណសារ zip ត្រូវបានអ៊ិនគ្រីប៖ បានរក្សាទុក ប៉ុន្តែមិនបានពន្លា
ingest-error-member-crc-mismatch = ធាតុ { $entry } នៃបណ្ណសារ zip មាន CRC-32 { $actual } មិនមែន { $expected } ដូចដែលបានប្រកាសទេ៖ ទិន្នន័យ { $stored } បៃដែលបានអាន ត្រូវបានរក្សាទុកតាមស្ថានភាពដើម
ingest-error-member-shorter-than-declared = ធាតុ { $entry } នៃបណ្ណសារ zip ផ្តល់ទិន្នន័យ { $actual } បៃ តិចជាង { $expected } បៃដែលបានប្រកាស៖ ទិន្នន័យ { $stored } បៃដែលបានអាន ត្រូវបានរក្សាទុកតាមស្ថានភាពដើម
ingest-error-member-longer-than-declared = ធាតុ { $entry } នៃបណ្ណសារ zip ផ្តល់ទិន្នន័យយ៉ាងហោចណាស់ { $actual } បៃ ច្រើនជាង { $expected } បៃដែលបានប្រកាស៖ ទិន្នន័យ { $stored } បៃដែលបានអាន ត្រូវបានរក្សាទុកតាមស្ថានភាពដើម
ingest-error-member-damaged = ធាតុ { $entry } នៃបណ្ណសារ zip មានទិន្នន័យបង្រួមដែលខូច ឬត្រូវបានកាត់ខ្លី បន្ទាប់ពី { $produced } បៃ៖ ទិន្នន័យ { $stored } បៃដែលបានអាន ត្រូវបានរក្សាទុកតាមស្ថានភាពដើម
ingest-error-legacy = បានកត់ត្រាដោយកំណែ vilab មុន

ingest-allocation-decode = ការបកស្រាយ { $format }
ingest-allocation-conversion = ការបម្លែង { $format } ទៅជា 8 ប៊ីត
ingest-allocation-exif-parse = ការញែកវិភាគ EXIF
ingest-allocation-exif-copy = ការចម្លង EXIF
ingest-allocation-jpeg-output = ទិន្នន័យលទ្ធផល JPEG
ingest-allocation-jpeg-coefficients = សតិបណ្តោះអាសន្នមេគុណ JPEG
