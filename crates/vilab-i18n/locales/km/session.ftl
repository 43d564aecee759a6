### Native review status: NOT REVIEWED.
### These Khmer texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Khmer speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: user-password-changed auth-new-password-prompt auth-new-password-again
### needs-review: auth-new-password-mismatch auth-new-password-needs-terminal
### needs-review: auth-password-prompt auth-password-unreadable
### needs-review: auth-password-file-unreadable auth-password-file-empty
### needs-review: auth-no-session-place login-needs-user login-done logout-done
### needs-review: user-added user-disabled user-enabled user-role-set
### needs-review: user-password-set user-cases-added user-cases-removed
### needs-review: login-unlock-kept login-unlock-not-kept login-unlock-no-runtime login-unlock-not-memory
### reviewed:

auth-password-prompt = ពាក្យសម្ងាត់សម្រាប់ { $user }៖
auth-password-unreadable = មិនអាចអានពាក្យសម្ងាត់ពីទែមីណាល់បានទេ
auth-password-file-unreadable = មិនអាចអានឯកសារពាក្យសម្ងាត់ { $file } បានទេ
auth-password-file-empty = { $file }៖ បន្ទាត់ទីមួយ (ពាក្យសម្ងាត់) ទទេ
auth-no-session-place = គ្មានកន្លែងសម្រាប់រក្សាទុកវគ្គប្រើប្រាស់ទេ (គ្មាន XDG_RUNTIME_DIR និងគ្មានថតផ្ទាល់ខ្លួន)៖ សូមកំណត់ VILAB_SESSION_FILE
login-needs-user = សូមបញ្ជាក់គណនីដែលត្រូវចូលប្រើប្រព័ន្ធដោយប្រើ --user NAME
login-done = បានចូលប្រើប្រព័ន្ធជា { $user } ({ $role }) រហូតដល់ { $until }។ វគ្គប្រើប្រាស់ត្រូវបានរក្សាទុកក្នុង { $file }; `vilab logout` នឹងបញ្ចប់វគ្គនេះ។
logout-done = បានចាកចេញពីប្រព័ន្ធ៖ វគ្គប្រើប្រាស់ត្រូវបានដកហូត។
user-added = បានបង្កើតគណនី { $user } ({ $role })។
user-disabled = បានបិទគណនី { $user }៖ គណនីនេះមិនអាចចូលប្រើប្រព័ន្ធបានទៀតទេ ហើយវគ្គប្រើប្រាស់របស់គណនីនេះបានបញ្ចប់។
user-enabled = បានបើកគណនី { $user }។
user-role-set = ឥឡូវនេះ { $user } មានតួនាទីជា { $role }។
user-password-set = បានកំណត់ពាក្យសម្ងាត់របស់ { $user }; វគ្គប្រើប្រាស់របស់គណនីនេះបានបញ្ចប់។
user-cases-added = ឥឡូវនេះ { $user } ជាសមាជិកនៃសំណុំរឿង { $case }។
user-cases-removed = { $user } លែងជាសមាជិកនៃសំណុំរឿង { $case } ទៀតហើយ។
user-password-changed = ពាក្យសម្ងាត់របស់ { $user } ត្រូវបានផ្លាស់ប្តូរ ហើយវគ្គប្រើប្រាស់ទាំងអស់របស់គណនីនេះបានបញ្ចប់។ សូមចូលម្តងទៀតដោយ `vilab login`។
auth-new-password-prompt = ពាក្យសម្ងាត់ថ្មី៖
auth-new-password-again = បញ្ចូលពាក្យសម្ងាត់ថ្មីម្តងទៀត៖
auth-new-password-mismatch = ពាក្យសម្ងាត់ថ្មីទាំងពីរមិនដូចគ្នា គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ
auth-new-password-needs-terminal = គ្មានស្ថានីយសម្រាប់សួរពាក្យសម្ងាត់ថ្មី៖ សូមផ្តល់ដោយ --new-password-file
login-unlock-kept = មន្ទីរពិសោធន៍ដែលបានអ៊ិនគ្រីបនឹងបើកដោយមិនចាំបាច់ប្រើឃ្លាសម្ងាត់រហូតដល់ពេលនោះ៖ កូនសោរបស់វាត្រូវបានរក្សាទុកតែក្នុងអង្គចងចាំប៉ុណ្ណោះ ហើយ `vilab logout` ឬការបិទថាមពលនឹងលុបវាចោល។
login-unlock-not-kept = ពាក្យបញ្ជានឹងសួររកឃ្លាសម្ងាត់របស់មន្ទីរពិសោធន៍៖ { $why }
login-unlock-no-runtime = គ្មានថតដំណើរការឯកជន ($XDG_RUNTIME_DIR) ដើម្បីរក្សាកូនសោក្នុងអង្គចងចាំទេ
login-unlock-not-memory = { $dir } មិនមែនជាប្រព័ន្ធឯកសារក្នុងអង្គចងចាំ (tmpfs) ទេ ដូច្នេះកូនសោមិនត្រូវបានរក្សាទុកនៅទីនោះទេ
