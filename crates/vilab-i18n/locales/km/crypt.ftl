### Native review status: NOT REVIEWED.
### These Khmer texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Khmer speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: unlock-passphrase-prompt unlock-unreadable unlock-file-unreadable
### needs-review: unlock-file-empty unlock-new-prompt unlock-new-again unlock-new-mismatch
### needs-review: unlock-new-needs-terminal init-encrypted init-label-recovery-key
### needs-review: init-recovery-key-note init-no-encrypt-warning lab-passphrase-changed
### needs-review: lab-recovery-key-replaced demo-label-passphrase demo-passphrase-note
### needs-review: error-lab-locked error-wrong-passphrase error-wrong-recovery-key
### needs-review: error-lab-keys-invalid error-lab-not-encrypted
### needs-review: lab-encrypt-done lab-encrypt-already

unlock-passphrase-prompt = ឃ្លាសម្ងាត់នៃមន្ទីរពិសោធន៍ { $path }៖
unlock-unreadable = មិនអាចអានឃ្លាសម្ងាត់ពីស្ថានីយបានទេ
unlock-file-unreadable = មិនអាចអានឯកសារ { $file } បានទេ
unlock-file-empty = ឯកសារ { $file } ទទេ៖ បន្ទាត់ទីមួយរបស់វាត្រូវមានឃ្លាសម្ងាត់ ឬសោស្ដារ
unlock-new-prompt = ឃ្លាសម្ងាត់ថ្មីនៃមន្ទីរពិសោធន៍៖
unlock-new-again = ឃ្លាសម្ងាត់ថ្មីម្ដងទៀត៖
unlock-new-mismatch = ឃ្លាសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ គ្មានអ្វីត្រូវបានបង្កើត ឬផ្លាស់ប្ដូរទេ
unlock-new-needs-terminal = គ្មានស្ថានីយសម្រាប់សួរឃ្លាសម្ងាត់ថ្មីទេ៖ សូមផ្ដល់វានៅក្នុងឯកសារមួយ (បន្ទាត់ទីមួយ)
init-encrypted = មន្ទីរពិសោធន៍ត្រូវបានអ៊ិនគ្រីប៖ បើគ្មានឃ្លាសម្ងាត់ ឬសោស្ដាររបស់វាទេ គ្មានអ្វីនៅក្នុងវាអាចអានបានឡើយ។
init-label-recovery-key = សោស្ដារ
init-recovery-key-note = សូមសរសេរសោស្ដារនេះទុកឥឡូវនេះ ហើយចាក់សោទុកវាឱ្យឆ្ងាយពីកុំព្យូទ័រនេះ៖ វាបង្ហាញតែម្ដងនេះប៉ុណ្ណោះ ហើយវាបើកមន្ទីរពិសោធន៍បាន ប្រសិនបើឃ្លាសម្ងាត់បាត់។
init-no-encrypt-warning = ការព្រមាន៖ មន្ទីរពិសោធន៍ { $path } មិនត្រូវបានអ៊ិនគ្រីបទេ៖ អ្នកណាដែលកាន់ថាសនេះអាចអានភស្តុតាង រូបតូច ឈ្មោះសំណុំរឿង និងកំណត់ត្រាសវនកម្មរបស់វាបាន។ ប្រើ --no-encrypt តែលើថាសដែលអ៊ិនគ្រីបទាំងមូល ឬសម្រាប់ការសាកល្បងប៉ុណ្ណោះ។
lab-passphrase-changed = ឃ្លាសម្ងាត់នៃមន្ទីរពិសោធន៍ { $path } ត្រូវបានផ្លាស់ប្ដូរ ឃ្លាសម្ងាត់ចាស់លែងបើកវាបានទៀតហើយ។ ទិន្នន័យមិនត្រូវបានសរសេរឡើងវិញទេ។
lab-recovery-key-replaced = សោស្ដារនៃមន្ទីរពិសោធន៍ { $path } ត្រូវបានជំនួស សោចាស់លែងបើកវាបានទៀតហើយ។
demo-label-passphrase = ឃ្លាសម្ងាត់នៃមន្ទីរពិសោធន៍
demo-passphrase-note = មន្ទីរពិសោធន៍សាកល្បងត្រូវបានអ៊ិនគ្រីប៖ ឃ្លាសម្ងាត់ខាងលើបង្ហាញតែម្ដងនេះប៉ុណ្ណោះ។ ពាក្យបញ្ជាលើមន្ទីរពិសោធន៍សាកល្បងនឹងសួររកវា (ឬអានវាពីឯកសារដែល VILAB_PASSPHRASE_FILE ដាក់ឈ្មោះ)។
error-lab-locked = មន្ទីរពិសោធន៍ { $path } ត្រូវបានអ៊ិនគ្រីប៖ សូមផ្ដល់ឃ្លាសម្ងាត់របស់វា (សួរនៅលើស្ថានីយ ឬនៅក្នុងឯកសារដែល VILAB_PASSPHRASE_FILE ដាក់ឈ្មោះ) ឬសោស្ដាររបស់វា (VILAB_RECOVERY_KEY_FILE)។
error-wrong-passphrase = ឃ្លាសម្ងាត់ខុស៖ មន្ទីរពិសោធន៍នៅតែជាប់សោ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។
error-wrong-recovery-key = សោស្ដារខុស ឬវាយខុស៖ មន្ទីរពិសោធន៍នៅតែជាប់សោ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។
error-lab-keys-invalid = សោរបស់មន្ទីរពិសោធន៍មិនបើកឯកសាររបស់វាទេ៖ រន្ធសោ ឬឯកសារដែលបានអ៊ិនគ្រីបត្រូវបានកែប្រែ ឬខូច ឬជារបស់មន្ទីរពិសោធន៍ផ្សេង។
error-lab-not-encrypted = មន្ទីរពិសោធន៍ { $path } មិនត្រូវបានអ៊ិនគ្រីបទេ៖ វាគ្មានឃ្លាសម្ងាត់ ឬសោស្ដារដែលត្រូវផ្លាស់ប្ដូរទេ។
lab-encrypt-done = មន្ទីរពិសោធន៍ { $path } ត្រូវបានអ៊ិនគ្រីប ឯកសារដែលបានរក្សាទុកត្រូវបានពិនិត្យនៅពេលអ៊ិនគ្រីប ហើយទិន្នន័យមិនអ៊ិនគ្រីបត្រូវបានសរសេរជាន់ និងលុបចោល។ ច្បាប់ចម្លងដែលប្រព័ន្ធឯកសារ ឬថាសអាចរក្សាទុក (រូបថតប្រព័ន្ធ ការបែងចែកការប្រើប្រាស់ SSD) នៅក្រៅអំណាច vilab៖ សូមប្រើការអ៊ិនគ្រីបថាសទាំងមូលផងដែរ។
lab-encrypt-already = មន្ទីរពិសោធន៍ { $path } ត្រូវបានអ៊ិនគ្រីបរួចហើយ គ្មានអ្វីត្រូវបានធ្វើទេ។
