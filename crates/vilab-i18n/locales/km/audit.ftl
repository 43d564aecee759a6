### Native review status: NOT REVIEWED.
### These Khmer texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Khmer speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: audit-label-records audit-label-head audit-label-last-signed
### needs-review: audit-unsigned-tail audit-intact audit-broken
### needs-review: audit-problem-gap audit-problem-order audit-problem-hash
### needs-review: audit-problem-checkpoint audit-problem-signature
### needs-review: audit-problem-cut-off
### reviewed:

audit-label-records = កំណត់ត្រា
audit-label-head = កំណត់ត្រាចុងក្រោយ និង hash របស់វា
audit-label-last-signed = កំណត់ត្រាចុងក្រោយដែលបានចុះហត្ថលេខា
audit-unsigned-tail = កំណត់ត្រាចំនួន { $count } បន្ទាប់ពីចំណុចត្រួតពិនិត្យ (checkpoint) ដែលបានចុះហត្ថលេខាចុងក្រោយ (ចុងបញ្ចប់នៃពាក្យបញ្ជាដែលមិនបានបញ្ចប់)
audit-intact = ខ្សែសង្វាក់កំណត់ហេតុសវនកម្មនៅដដែល គ្មានការកែប្រែ។
audit-broken = ខ្សែសង្វាក់កំណត់ហេតុសវនកម្មត្រូវបានបំបែក៖ កំណត់ត្រាខុសដំបូងគឺ { $seq }។
audit-problem-gap = កំណត់ត្រាពី { $first } ដល់ { $last } បាត់
audit-problem-order = កំណត់ត្រា { $found } ស្ថិតនៅកន្លែងដែលកំណត់ត្រា { $expected } គួរតែស្ថិតនៅ
audit-problem-hash = hash របស់កំណត់ត្រា { $seq } មិនត្រូវគ្នានឹង hash ដែលបានរក្សាទុកទេ៖ កំណត់ត្រានេះ ឬកំណត់ត្រាមុនវា ត្រូវបានកែប្រែ បញ្ចូលបន្ថែម ឬផ្លាស់ទីតាំង
audit-problem-checkpoint = ចំណុចត្រួតពិនិត្យដែលបានចុះហត្ថលេខានៅកំណត់ត្រា { $seq } មិនត្រូវគ្នានឹងខ្សែសង្វាក់ទេ
audit-problem-signature = ចំណុចត្រួតពិនិត្យនៅកំណត់ត្រា { $seq } មិនត្រូវបានចុះហត្ថលេខាដោយមន្ទីរពិសោធន៍នេះទេ
audit-problem-cut-off = កំណត់ហេតុបញ្ចប់នៅកំណត់ត្រា { $last } ប៉ុន្តែចំណុចត្រួតពិនិត្យដែលបានចុះហត្ថលេខាយោងទៅកំណត់ត្រា { $checkpoint }៖ ផ្នែកចុងរបស់កំណត់ហេតុត្រូវបានកាត់ចេញ
