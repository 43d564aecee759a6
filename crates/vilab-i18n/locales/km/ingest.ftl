### Native review status: NOT REVIEWED.
### These Khmer texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Khmer speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: stage-read stage-archive stage-decode stage-exif stage-store
### needs-review: ingest-interrupted ingest-files-found ingest-summary-heading
### needs-review: ingest-label-files-found ingest-label-already-done
### needs-review: ingest-label-files-processed ingest-label-contents
### needs-review: ingest-label-new-media ingest-label-new-occurrences
### needs-review: ingest-label-new-errors ingest-label-throughput
### needs-review: ingest-label-resolved-errors ingest-label-to-retry
### needs-review: ingest-incomplete ingest-resolved-by ingest-aborted-runs
### needs-review: ingest-note-duplicate-name ingest-note-local-name-differs
### needs-review: ingest-throughput progress-ingest-bar progress-ingest-line
### needs-review: progress-eta progress-file-bar progress-file-line
### reviewed:

ingest-interrupted = ការបញ្ចូលត្រូវបានរំខាន៖ សូមដំណើរការពាក្យបញ្ជាដដែលម្តងទៀត ដើម្បីបន្តដោយគ្មានទិន្នន័យស្ទួន។
ingest-files-found = បានរកឃើញឯកសារចំនួន { $count }

ingest-summary-heading = សេចក្តីសង្ខេបនៃការបញ្ចូល
ingest-label-files-found = ឯកសារដែលបានរកឃើញ
ingest-label-already-done = បានបញ្ចូលរួចហើយ (រំលង)
ingest-label-files-processed = ឯកសារដែលបានដំណើរការ
ingest-label-contents = មាតិកា (រួមទាំងឯកសារក្នុងបណ្ណសារបង្រួម)
ingest-label-new-media = ធាតុមេឌៀថ្មី
ingest-label-new-occurrences = ទីតាំងរកឃើញថ្មី
ingest-label-new-errors = កំហុសនៃការបញ្ចូលថ្មី
ingest-label-throughput = ល្បឿនដំណើរការ
ingest-label-resolved-errors = កំហុសពីមុនដែលបានដោះស្រាយ
ingest-label-to-retry = ឯកសារដែលត្រូវព្យាយាមម្តងទៀត

ingest-incomplete = ការបញ្ចូលមិនទាន់ពេញលេញ៖ ឯកសារចំនួន { $count } មិនអាចអាន ឬរក្សាទុកបានទេ (សូមមើល `vilab media errors`៖ ថាសខូច ឃ្លាំងភស្តុតាងពេញ ឬអង្គចងចាំមិនគ្រប់គ្រាន់)។ ឯកសារទាំងនោះមិនត្រូវបានរាប់ថាបានបញ្ចប់ទេ៖ សូមដោះស្រាយមូលហេតុ ហើយដំណើរការពាក្យបញ្ជាដដែលម្តងទៀត វានឹងព្យាយាមឡើងវិញតែឯកសារទាំងនោះប៉ុណ្ណោះ។
ingest-resolved-by = (បានដោះស្រាយដោយដំណើរការលេខ { $run })
ingest-aborted-runs =
    { $count ->
       *[other] កំណត់សម្គាល់៖ ដំណើរការបញ្ចូលលេខ { $runs } នៅតែស្ថិតក្នុងស្ថានភាពកំពុងដំណើរការ ដោយសារដំណើរការកម្មវិធីបានបញ្ចប់ដោយមិនទាន់រួចរាល់ (ប្រព័ន្ធគាំង ឬត្រូវបានបង្ខំឱ្យបញ្ឈប់)៖ បានសម្គាល់ថាបានបោះបង់។ សូមដំណើរការការបញ្ចូលដដែលម្តងទៀត ដើម្បីបន្ត
    }

ingest-note-duplicate-name = ឯកសារផ្សេងទៀតក្នុងបណ្ណសារនេះ (ធាតុលេខ { $index }) មានឈ្មោះដូចគ្នា
ingest-note-local-name-differs = ក្បាលឯកសារមូលដ្ឋាន (local header) របស់ឯកសារនេះ ផ្តល់ឈ្មោះផ្សេង

ingest-throughput = { $files_per_second } ឯកសារ/វិនាទី, { $mb_per_second } MB/s ({ $seconds } វិនាទី)

progress-ingest-bar =
    { $members ->
        [0] { $files_per_second } ឯកសារ/វិនាទី  { $mb_per_second } MB/s  នៅសល់ប្រហែល { $eta }  កំហុស { $errors }
       *[other] { $files_per_second } ឯកសារ/វិនាទី  { $mb_per_second } MB/s  នៅសល់ប្រហែល { $eta }  កំហុស { $errors }  ឯកសារក្នុងបណ្ណសារបង្រួម { $members }
    }
progress-ingest-line =
    { $members ->
        [0] វឌ្ឍនភាព៖ ឯកសារ { $files }/{ $files_total }, { $files_per_second } ឯកសារ/វិនាទី, { $mb_per_second } MB/s, នៅសល់ប្រហែល { $eta }, កំហុស { $errors }
       *[other] វឌ្ឍនភាព៖ ឯកសារ { $files }/{ $files_total }, { $files_per_second } ឯកសារ/វិនាទី, { $mb_per_second } MB/s, នៅសល់ប្រហែល { $eta }, កំហុស { $errors }, ឯកសារក្នុងបណ្ណសារបង្រួម { $members }
    }
progress-eta = នៅសល់ប្រហែល { $left }
progress-file-bar = { $mb_per_second } MB/s  { $eta }
progress-file-line = វឌ្ឍនភាព៖ { $read_mb }/{ $total_mb } MB, { $mb_per_second } MB/s, { $eta }

stage-read = ការអាន
stage-archive = ឯកសារបង្ហាប់
stage-decode = ការបកស្រាយរូបភាព
stage-exif = EXIF
stage-store = ការរក្សាទុក
