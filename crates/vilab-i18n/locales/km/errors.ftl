### Native review status: NOT REVIEWED.
### These Khmer texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Khmer speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: error-permission-denied error-not-logged-in
### needs-review: error-login-failed error-login-throttled
### needs-review: error-case-not-found error-internal error-unknown-language
### reviewed:

error-permission-denied = គ្មានសិទ្ធិ៖ តួនាទីរបស់អ្នក មិនត្រូវបានអនុញ្ញាតឱ្យធ្វើសកម្មភាពនេះទេ។
error-not-logged-in = អ្នកមិនទាន់បានចូលប្រើប្រព័ន្ធទេ។ សូមចូលប្រើប្រព័ន្ធ ហើយព្យាយាមម្តងទៀត។
error-login-failed = ការចូលប្រើប្រព័ន្ធបរាជ័យ៖ ឈ្មោះអ្នកប្រើ ឬពាក្យសម្ងាត់មិនត្រឹមត្រូវ។
error-login-throttled = ការចូលប្រើប្រព័ន្ធបរាជ័យច្រើនដងពេក។ សូមព្យាយាមម្តងទៀតក្នុងរយៈពេល { $seconds } វិនាទី។
error-case-not-found = គ្មានសំណុំរឿងឈ្មោះ '{ $case }' នៅក្នុងមន្ទីរពិសោធន៍នេះទេ។
error-internal = កំហុសប្រព័ន្ធផ្ទៃក្នុង៖ សកម្មភាពមិនត្រូវបានបញ្ចប់ទេ។ ព័ត៌មានលម្អិតមាននៅក្នុងកំណត់ហេតុ។ សូមរាយការណ៍ទៅអ្នកគ្រប់គ្រងប្រព័ន្ធ។
error-unknown-language = មិនស្គាល់ភាសា '{ $value }'៖ vilab គាំទ្រភាសា en, km, lo, th និង vi។
