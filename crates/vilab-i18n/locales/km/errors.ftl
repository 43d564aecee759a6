### Native review status: NOT REVIEWED.
### These Khmer texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Khmer speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: error-permission-denied error-not-logged-in
### needs-review: error-login-failed error-login-throttled
### needs-review: error-case-not-found error-internal error-unknown-language
### needs-review: error-detail error-generic error-invalid-input
### needs-review: error-file-unreadable error-file-unwritable
### needs-review: error-session-ended error-lab-not-found error-lab-exists
### needs-review: error-lab-dir-not-empty error-lab-too-new
### needs-review: error-lab-identity-invalid error-case-exists
### needs-review: error-exhibit-source-changed error-account-not-found
### needs-review: error-account-exists error-last-administrator
### needs-review: error-media-not-found error-media-key-ambiguous
### needs-review: error-hashset-not-found error-hashset-exists
### needs-review: error-hashset-malformed error-profile-unknown
### needs-review: error-profiles-malformed error-interrupted
### needs-review: error-law-import-invalid error-law-import-not-found
### needs-review: error-law-import-needed error-law-query-invalid
### needs-review: error-audit-chain-broken error-database-error
### needs-review: error-evidence-error error-evidence-corrupt
### needs-review: error-ingest-failed lab-no-home file-unwritable
### needs-review: error-no-thumbnail error-series-not-found error-series-exists error-category-unknown error-value-out-of-range error-nothing-selected
### needs-review: error-person-not-found error-location-not-found error-lead-not-found error-owner-not-member
### reviewed:
### needs-review: error-upload-not-image
### needs-review: error-series-link-same-case
### needs-review: error-gallery-not-found error-gallery-closed error-gallery-item-not-found error-gallery-member-role error-bundle-not-found error-exercise-not-found
### needs-review: error-region-invalid error-region-not-found error-rendition-not-found error-rendition-stale error-approval-same-actor error-crop-touches-person error-audience-not-allowed error-rendition-not-approved

error-permission-denied = គ្មានសិទ្ធិ៖ តួនាទីរបស់អ្នក ឬសមាជិកភាពរបស់អ្នកក្នុងសំណុំរឿង មិនអនុញ្ញាតឱ្យធ្វើសកម្មភាព { $action } ទេ។
error-not-logged-in = អ្នកមិនទាន់បានចូលប្រើប្រព័ន្ធទេ។ សូមចូលប្រើប្រព័ន្ធ ហើយព្យាយាមម្តងទៀត។
error-login-failed = ការចូលប្រើប្រព័ន្ធបរាជ័យ៖ ឈ្មោះអ្នកប្រើ ឬពាក្យសម្ងាត់មិនត្រឹមត្រូវ។
error-login-throttled = ការចូលប្រើប្រព័ន្ធបរាជ័យច្រើនដងពេក។ សូមព្យាយាមម្តងទៀតក្នុងរយៈពេល { $seconds } វិនាទី។
error-case-not-found = គ្មានសំណុំរឿងឈ្មោះ '{ $case }' នៅក្នុងមន្ទីរពិសោធន៍នេះទេ។
error-internal = កំហុសប្រព័ន្ធផ្ទៃក្នុង៖ សកម្មភាពមិនត្រូវបានបញ្ចប់ទេ។ ព័ត៌មានលម្អិតមាននៅក្នុងកំណត់ហេតុ។ សូមរាយការណ៍ទៅអ្នកគ្រប់គ្រងប្រព័ន្ធ។
error-unknown-language = មិនស្គាល់ភាសា '{ $value }'៖ vilab គាំទ្រភាសា en, km, lo, th និង vi។

error-detail = ព័ត៌មានលម្អិត៖ { $detail }
error-generic = កំហុស៖ { $detail }
error-invalid-input = { $field } មិនត្រឹមត្រូវ៖ { $reason }
error-file-unreadable = មិនអាចអាន { $file } បានទេ។
error-file-unwritable = មិនអាចសរសេរ { $file } បានទេ។
error-session-ended = វគ្គប្រើប្រាស់របស់អ្នកបានបញ្ចប់ហើយ (ផុតកំណត់ អ្នកបានចាកចេញពីប្រព័ន្ធ ឬគណនីត្រូវបានបិទ)។ សូមចូលប្រើប្រព័ន្ធម្តងទៀតដោយប្រើ `vilab login`។
error-lab-not-found = គ្មានមន្ទីរពិសោធន៍ vilab នៅ { $path } ទេ (បង្កើតថ្មីដោយប្រើ `vilab init --lab { $path }`)។
error-lab-exists = មានមន្ទីរពិសោធន៍ vilab នៅ { $path } រួចហើយ។
error-lab-dir-not-empty = មិនបង្កើតមន្ទីរពិសោធន៍នៅក្នុង { $path } ទេ៖ ថតនេះមិនទទេ។
error-lab-too-new = { $path } ត្រូវបានសរសេរដោយកំណែ vilab ដែលថ្មីជាង (គ្រោងទិន្នន័យ { $found }; កំណែនេះស្គាល់ត្រឹម { $known })។ សូមធ្វើបច្ចុប្បន្នភាព vilab។
error-lab-identity-invalid = សោចុះហត្ថលេខារបស់មន្ទីរពិសោធន៍នៅ { $path } មិនត្រូវគ្នានឹងមូលដ្ឋានទិន្នន័យរបស់មន្ទីរពិសោធន៍ទេ។
error-case-exists = មានសំណុំរឿងឈ្មោះ '{ $case }' រួចហើយ។
error-exhibit-source-changed = វត្ថុតាង '{ $exhibit }' ត្រូវបានបញ្ចូលលើកដំបូងពី { $recorded } មិនមែនពី { $given } ទេ។ ប្រសិនបើវាជាវត្ថុតាងដដែលដែលត្រូវបានភ្ជាប់ (mount) នៅទីតាំងផ្សេង សូមបន្ថែម --remounted; បើមិនដូច្នោះទេ សូមដាក់ឈ្មោះវត្ថុតាងផ្សេង។
error-account-not-found = គ្មានគណនីឈ្មោះ '{ $user }' ទេ។
error-account-exists = មានគណនីឈ្មោះ '{ $user }' រួចហើយ។
error-last-administrator = '{ $user }' គឺជាអ្នកគ្រប់គ្រងប្រព័ន្ធចុងក្រោយគេដែលកំពុងបើកដំណើរការ៖ សូមកំណត់អ្នកគ្រប់គ្រងប្រព័ន្ធម្នាក់ទៀតជាមុនសិន។
error-media-not-found = គ្មានធាតុមេឌៀណាមួយត្រូវគ្នានឹង { $key } ទេ។
error-media-key-ambiguous = { $key } ត្រូវគ្នានឹងធាតុមេឌៀច្រើន៖ សូមបញ្ចូលខ្ទង់លេខបន្ថែមទៀត។
error-hashset-not-found = គ្មានសំណុំ hash ឈ្មោះ '{ $name }' ទេ។
error-hashset-exists = មានសំណុំ hash ឈ្មោះ '{ $name }' រួចហើយ (សូមលុបវាជាមុនសិន ឬនាំចូលក្រោមឈ្មោះផ្សេង)។
error-hashset-malformed = មិនអាចអានឯកសារសំណុំ hash ជាទម្រង់ VICS បញ្ជី hash ឬ CSV បានទេ; គ្មានផ្នែកណាមួយរបស់វាត្រូវបាននាំចូលទេ។
error-profile-unknown = មិនស្គាល់ប្រវត្តិរូបចំណាត់ថ្នាក់ '{ $profile }' (ដែលមាន៖ { $known }; មន្ទីរពិសោធន៍អាចបន្ថែមប្រវត្តិរូបផ្ទាល់ខ្លួននៅក្នុង profiles.toml)។
error-profiles-malformed = ប្រវត្តិរូបចំណាត់ថ្នាក់របស់មន្ទីរពិសោធន៍នៅក្នុង { $file } មានទម្រង់មិនត្រឹមត្រូវ។
error-interrupted = បានបញ្ឈប់មុនពេលបញ្ចប់៖ គ្មានទិន្នន័យណាមួយពី { $file } ត្រូវបានរក្សាទុកទេ។ សូមដំណើរការពាក្យបញ្ជាដដែលម្តងទៀត។
error-law-import-invalid = ឯកសារអង្គហេតុច្បាប់ត្រូវបានបដិសេធ; គ្មានទិន្នន័យណាមួយត្រូវបានរក្សាទុកទេ។
error-law-import-not-found = គ្មានការនាំចូលច្បាប់លេខ { $id } ទេ (ការនាំចូលដែលមាន៖ { $known })។
error-law-import-needed = មិនអាចលុបការនាំចូលលេខ { $id } ({ $name }) បានទេ៖ ការនាំចូលលេខ { $later } ({ $later_name }) ត្រូវការវា។ សូមលុបការនាំចូលនោះជាមុនសិន។
error-law-query-invalid = តារាងប្រៀបធៀបច្បាប់មិនអាចឆ្លើយសំណួរនេះបានទេ។
error-audit-chain-broken = មិនអាចផ្ទៀងផ្ទាត់ខ្សែសង្វាក់កំណត់ហេតុសវនកម្មបានទេ៖ វាត្រូវបានកែប្រែនៅខាងក្រៅ vilab។
error-database-error = មូលដ្ឋានទិន្នន័យរបស់មន្ទីរពិសោធន៍មានបញ្ហា; គ្មានផ្នែកណាមួយនៃសកម្មភាពនេះត្រូវបានបញ្ចប់ទេ។
error-evidence-error = ឃ្លាំងភស្តុតាងមានបញ្ហា (ក្នុងការអាន ឬការសរសេរ)។
error-evidence-corrupt = ឃ្លាំងភស្តុតាងមានមាតិកាដែលខូច មិនអាចអានបាន ឬបាត់។
error-ingest-failed = មិនអាចដំណើរការការបញ្ចូលបានទេ។
lab-no-home = គ្មានថតផ្ទាល់ខ្លួន (home) សម្រាប់ទុកមន្ទីរពិសោធន៍លំនាំដើមទេ៖ សូមប្រើ --lab ឬកំណត់ VILAB_LAB។
file-unwritable = មិនអាចសរសេរ { $file } បានទេ
error-no-thumbnail = { $key } គ្មានរូបភាពតូចសម្រាប់បង្ហាញទេ (វាមិនមែនជារូបភាព ឬមិនអាចបកស្រាយបាន)។
error-series-not-found = គ្មានស៊េរី { $id } នៅក្នុងសំណុំរឿងនេះទេ។
error-series-exists = មានស៊េរីឈ្មោះ '{ $name }' នៅក្នុងសំណុំរឿងនេះរួចហើយ។
error-category-unknown = ប្រភេទ { $category } មិនមែនជាប្រភេទមួយនៃប្រវត្តិរូប '{ $profile }' ទេ។
error-value-out-of-range = { $field } ត្រូវតែនៅចន្លោះ { $min } និង { $max }; { $value } មិនស្ថិតនៅចន្លោះនោះទេ។
error-nothing-selected = សូមជ្រើសរើសធាតុយ៉ាងហោចណាស់មួយជាមុនសិន។

## Records beside the media (victims, offenders, locations, leads).
error-person-not-found = គ្មានបុគ្គល { $id } នៅក្នុងសំណុំរឿងនេះទេ។
error-location-not-found = គ្មានទីតាំង { $id } នៅក្នុងសំណុំរឿងនេះទេ។
error-lead-not-found = គ្មានតម្រុយ { $id } នៅក្នុងសំណុំរឿងនេះទេ។
error-owner-not-member = '{ $user }' មិនមែនជាសមាជិកនៃសំណុំរឿង { $case } ទេ ហើយមិនអាចទទួលបន្ទុកតម្រុយរបស់វាបានទេ។
error-upload-not-image = រូបភាពដែលត្រូវស្វែងរកមិនមែនជារូបភាពដែល vilab អាចអានបានទេ (បានរកឃើញ៖ { $kind })។
error-series-link-same-case = ស៊េរី { $id } ស្ថិតនៅក្នុងសំណុំរឿងនេះ៖ ស៊េរីមួយអាចភ្ជាប់បានតែជាមួយស៊េរីនៃសំណុំរឿងផ្សេងទៀតប៉ុណ្ណោះ (សូមបញ្ចូលស៊េរីពីរនៃសំណុំរឿងតែមួយចូលគ្នាជំនួសវិញ)។
error-gallery-not-found = រកមិនឃើញវិចិត្រសាល { $gallery } ក្នុងចំណោមវិចិត្រសាលដែលអ្នកជាសមាជិកទេ។
error-gallery-closed = វិចិត្រសាល { $gallery } មិនបើកនៅពេលនេះទេ៖ អ្នកចូលរួមអាចមើលវាបានតែចន្លោះកាលបរិច្ឆេទបើក និងកាលបរិច្ឆេទបិទរបស់វាប៉ុណ្ណោះ។
error-gallery-item-not-found = គ្មានធាតុ { $item } នៅក្នុងវិចិត្រសាលនេះទេ។
error-gallery-member-role = '{ $user }' មិនអាចមានតួនាទីនោះក្នុងវិចិត្រសាលនេះបានទេ៖ អ្នកកែសម្រួលត្រូវតែជាអ្នកវិភាគ ឬគ្រូបណ្តុះបណ្តាល ហើយអ្នកចូលរួមត្រូវមានសិទ្ធិមើលរូបភាពដែលបានរៀបចំសម្រាប់ទស្សនិកជនរបស់វា។
error-bundle-not-found = មិនមានកញ្ចប់ប្រើក្រៅបណ្តាញ { $bundle } ដែលបានបង្កើតពីវិចិត្រសាលនេះទេ។
error-exercise-not-found = វិចិត្រសាល { $gallery } មិនមានលំហាត់បណ្តុះបណ្តាលទេ។

# Regions and renditions per audience (issue 20).
error-region-invalid = តំបន់ត្រូវបានបដិសេធ៖ { $field }៖ { $reason }។
error-region-not-found = គ្មានតំបន់ { $uid } នៅលើធាតុនេះទេ (វាមិនមាន ឬត្រូវបានលុបហើយ)។
error-rendition-not-found = គ្មានកំណែបង្ហាញ { $uid } នៅក្នុងមន្ទីរពិសោធន៍នេះទេ។
error-rendition-stale = កំណែបង្ហាញ { $uid } ហួសសម័យហើយ៖ តំបន់មួយនៃធាតុរបស់វាបានផ្លាស់ប្តូរក្រោយពេលវាត្រូវបានបង្កើត។ សូមបង្កើតវាម្តងទៀត។
error-approval-same-actor = អ្នកបានបង្កើតរូបកាត់សាធារណៈ { $uid }៖ អ្នកវិភាគម្នាក់ទៀតត្រូវតែអនុម័តវា (ភ្នែកបួន)។
error-crop-touches-person = រូបកាត់នៃតំបន់វត្ថុ { $object } នឹងបង្ហាញផ្នែកនៃតំបន់មនុស្ស { $person } (រួមទាំងគម្លាត)៖ គ្មានកំណែបង្ហាញត្រូវបានបង្កើតទេ។ សូមផ្លាស់ទី ឬបង្រួមតំបន់វត្ថុ។
error-audience-not-allowed = តួនាទីរបស់អ្នកមិនអាចទទួលកំណែបង្ហាញសម្រាប់ក្រុមអ្នកទស្សនា '{ $audience }' បានទេ។
error-rendition-not-approved = រូបកាត់សាធារណៈ { $uid } កំពុងរង់ចាំការអនុម័តពីអ្នកវិភាគទីពីរ៖ វាមិនអាចចេញទៅក្រៅបានទេនៅឡើយ។
