### Native review status: NOT REVIEWED.
### These Khmer texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Khmer speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: web-nav-account web-admin-add-heading web-admin-initial-password web-admin-add
### needs-review: web-admin-add-note web-admin-col-change web-admin-remove-case web-admin-set-role
### needs-review: web-admin-add-case web-admin-new-password web-admin-set-password web-admin-enable
### needs-review: web-admin-disable web-account-heading web-account-password-heading web-account-current
### needs-review: web-account-new web-account-change web-account-change-note 

web-nav-account = គណនីរបស់ខ្ញុំ

## Accounts, for an administrator.

web-admin-add-heading = បន្ថែមគណនី
web-admin-initial-password = ពាក្យសម្ងាត់ដំបូង
web-admin-add = បន្ថែមគណនី
web-admin-add-note = សូមប្រគល់ពាក្យសម្ងាត់ដំបូងដល់ម្ចាស់គណនីដោយផ្ទាល់ ពួកគេអាចប្ដូរវានៅលើទំព័រគណនីរបស់ពួកគេ។
web-admin-col-change = ផ្លាស់ប្ដូរ
web-admin-remove-case = បញ្ចប់សមាជិកភាពនៃសំណុំរឿង { $case }
web-admin-set-role = ប្ដូរតួនាទី
web-admin-add-case = ធ្វើជាសមាជិក
web-admin-new-password = ពាក្យសម្ងាត់ថ្មី
web-admin-set-password = កំណត់ពាក្យសម្ងាត់
web-admin-enable = បើកដំណើរការ
web-admin-disable = បិទដំណើរការ

## One's own account.

web-account-heading = គណនីរបស់ខ្ញុំ
web-account-password-heading = ប្ដូរពាក្យសម្ងាត់របស់ខ្ញុំ
web-account-current = ពាក្យសម្ងាត់បច្ចុប្បន្ន
web-account-new = ពាក្យសម្ងាត់ថ្មី
web-account-change = ប្ដូរពាក្យសម្ងាត់
web-account-change-note = រាល់វគ្គនៃគណនីនេះនឹងបញ្ចប់ រួមទាំងវគ្គនេះផងដែរ៖ សូមចូលម្ដងទៀតដោយប្រើពាក្យសម្ងាត់ថ្មី។
