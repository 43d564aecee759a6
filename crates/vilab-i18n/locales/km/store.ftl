### Native review status: NOT REVIEWED.
### These Khmer texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Khmer speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: store-verify-clean store-verify-problems store-repair-hint
### needs-review: store-stale-temps store-stale-temp-failed
### reviewed:

store-verify-clean = បានផ្ទៀងផ្ទាត់ឃ្លាំងភស្តុតាង៖ ប្លុកទិន្នន័យ (blob) នីមួយៗត្រូវគ្នានឹង SHA-256 របស់វា។
store-verify-problems = បានរកឃើញបញ្ហានៅក្នុងឃ្លាំងភស្តុតាង៖
store-repair-hint = ជួសជុល   { $sha256 } ត្រូវបានរកឃើញក្នុងសំណុំរឿង '{ $case }' វត្ថុតាង '{ $exhibit }' នៅ { $place }៖ ដើម្បីស្តារវាឡើងវិញ សូមបញ្ចូលឯកសារដើមម្តងទៀតជាមួយ --repair៖ { $command }
store-stale-temps = បានលុបឯកសារបណ្តោះអាសន្នចំនួន { $count } ទំហំ { $bytes } បៃ ដែលនៅសល់ពីការសរសេរដែលមិនបានបញ្ចប់ (ប្រព័ន្ធគាំង ឬត្រូវបានបង្ខំឱ្យបញ្ឈប់)
store-stale-temp-failed = មិនអាចលុប { $path } បានទេ៖ { $reason }
