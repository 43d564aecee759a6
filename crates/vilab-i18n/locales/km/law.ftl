### Native review status: NOT REVIEWED.
### These Khmer texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Khmer speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: law-written law-imported law-no-imports
### needs-review: law-imports-column-id law-imports-column-imported-at
### needs-review: law-imports-column-bytes law-imports-column-sha256
### needs-review: law-imports-column-name law-import-unknown law-import-needed
### needs-review: law-import-removed
### reviewed:

law-written = បានសរសេរ៖ { $path }
law-imported = បាននាំចូល { $name } ជាការនាំចូលលេខ { $id }៖ ប្រភព លិខិតុបករណ៍ និងបទប្បញ្ញត្តិចំនួន { $records }; តម្លៃដែលត្រូវបានជំនួស (តម្លៃចាស់រក្សាទុកក្នុងប្រវត្តិ)៖ { $replaced }; តម្លៃដែលបានបន្ថែម៖ { $added }
law-no-imports = គ្មានការនាំចូល៖ តារាងប្រៀបធៀបច្បាប់មានតែទិន្នន័យដែលភ្ជាប់មកជាមួយកម្មវិធីប៉ុណ្ណោះ

law-imports-column-id = លេខសម្គាល់
law-imports-column-imported-at = ពេលនាំចូល
law-imports-column-bytes = បៃ
law-imports-column-sha256 = sha256
law-imports-column-name = ឈ្មោះ

law-import-unknown =
    { $held ->
        [0] គ្មានការនាំចូលច្បាប់ដែលមានលេខសម្គាល់ { $id } នៅក្នុងមន្ទីរពិសោធន៍នេះទេ (មិនមានការនាំចូលណាមួយ; សូមមើល `vilab law imports`)
       *[other] គ្មានការនាំចូលច្បាប់ដែលមានលេខសម្គាល់ { $id } នៅក្នុងមន្ទីរពិសោធន៍នេះទេ (ការនាំចូលដែលមាន៖ { $ids }; សូមមើល `vilab law imports`)
    }
law-import-needed = មិនបានលុបការនាំចូល { $id } ({ $name }) ទេ៖ ការនាំចូល { $later } ({ $later_name }) មិនអាចអនុវត្តបានទៀតទេ បើគ្មានការនាំចូលនេះ។ សូមលុបការនាំចូល { $later } ជាមុនសិន
law-import-removed =
    { $remaining ->
        [0] បានលុបការនាំចូល { $id } ({ $name })។ ឥឡូវនេះ តារាងប្រៀបធៀបច្បាប់មានតែទិន្នន័យដែលភ្ជាប់មកជាមួយកម្មវិធីប៉ុណ្ណោះ
        [1] បានលុបការនាំចូល { $id } ({ $name })។ ឥឡូវនេះ តារាងប្រៀបធៀបច្បាប់អនុវត្តតែការនាំចូល { $ids } ប៉ុណ្ណោះ
       *[other] បានលុបការនាំចូល { $id } ({ $name })។ ឥឡូវនេះ តារាងប្រៀបធៀបច្បាប់អនុវត្តការនាំចូល { $ids } តាមលំដាប់នោះ
    }
