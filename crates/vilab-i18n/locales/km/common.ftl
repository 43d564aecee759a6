### Native review status: NOT REVIEWED.
### These Khmer texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Khmer speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: interrupt-requested terminate-requested interrupt-forced
### needs-review: outcome-allowed outcome-denied outcome-failed list-none
### reviewed:

interrupt-requested = កំពុងបញ្ឈប់ បន្ទាប់ពីឯកសារដែលកំពុងដំណើរការរួចរាល់ (ចុច Ctrl-C ម្តងទៀត ដើម្បីចាកចេញភ្លាមៗ)។ សូមដំណើរការពាក្យបញ្ជាដដែលម្តងទៀត ដើម្បីបន្ត។
terminate-requested = បានទទួលសំណើឱ្យបញ្ចប់៖ នឹងបញ្ឈប់ បន្ទាប់ពីឯកសារដែលកំពុងដំណើរការរួចរាល់។ សូមដំណើរការពាក្យបញ្ជាដដែលម្តងទៀត ដើម្បីបន្ត។
interrupt-forced = បានបញ្ឈប់ភ្លាមៗ។ ទិន្នន័យដែលបានរក្សាទុករួច នៅតែមាន។ សូមដំណើរការពាក្យបញ្ជាដដែលម្តងទៀត ដើម្បីបន្ត។

outcome-allowed = បានអនុញ្ញាត
outcome-denied = ត្រូវបានបដិសេធ
outcome-failed = បរាជ័យ

list-none = គ្មាន
