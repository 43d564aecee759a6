### Native review status: NOT REVIEWED.
### These Khmer texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Khmer speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: web-nav-home web-nav-cases web-nav-users web-nav-audit
### needs-review: web-nav-verify web-signed-in web-logout web-language
### needs-review: web-back-home web-yes web-no web-pager-previous
### needs-review: web-pager-next web-login-heading web-login-username
### needs-review: web-login-password web-login-submit web-home-heading
### needs-review: web-home-role web-home-nothing web-cases-heading
### needs-review: web-cases-none web-case-heading web-case-uid web-case-counts
### needs-review: web-case-exhibits web-case-triage web-case-by-category
### needs-review: web-case-by-source web-case-errors web-case-no-errors
### needs-review: web-case-media-link web-media-heading web-col-case
### needs-review: web-col-exhibit web-col-exhibits web-col-media web-col-files
### needs-review: web-col-errors web-col-created web-col-source web-col-run
### needs-review: web-col-status web-col-started web-col-category
### needs-review: web-col-count web-col-hashset web-col-path web-col-stage
### needs-review: web-col-reason web-col-id web-col-sha256 web-col-kind
### needs-review: web-col-size web-col-pixels web-col-camera web-col-taken
### needs-review: web-col-gps web-col-user web-col-role web-col-disabled
### needs-review: web-col-cases web-col-seq web-col-at web-col-actor
### needs-review: web-col-from web-col-action web-col-resource web-col-outcome
### needs-review: web-col-details web-item-digests web-item-exif
### needs-review: web-item-no-exif web-item-first-seen web-users-heading
### needs-review: web-audit-heading web-audit-any web-audit-since
### needs-review: web-audit-until web-audit-apply web-audit-none
### needs-review: web-verify-heading web-error-heading web-error-csrf-failed
### needs-review: web-error-no-route web-error-method-not-allowed
### needs-review: web-error-bad-body web-serve-listening web-serve-stop
### needs-review: web-serve-stopped web-serve-bind-failed web-serve-tls-failed
### needs-review: web-serve-failed
### needs-review: web-serve-no-tls
### needs-review: web-review-link web-review-heading web-review-filters
### needs-review: web-review-show web-review-groups web-review-triage
### needs-review: web-review-decided web-review-any web-review-undecided
### needs-review: web-review-conflict web-review-follow-up web-review-from
### needs-review: web-review-before web-review-gps web-review-path
### needs-review: web-review-order web-review-order-ingested
### needs-review: web-review-order-newest web-review-order-taken
### needs-review: web-review-keys web-review-break web-review-end
### needs-review: web-review-close web-review-decided-as web-review-grid
### needs-review: web-map-link web-map-heading web-map-none
### needs-review: web-review-loading web-review-load-failed
### reviewed:
### needs-review: web-series-link web-series-heading web-series-none web-series-own-case web-series-create
### needs-review: web-series-from-selection web-series-name web-series-one-heading web-series-in-grid web-series-no-members
### needs-review: web-series-similar web-series-radius web-series-similar-none web-series-similar-found web-series-distance
### needs-review: web-series-add web-series-rename web-series-merge web-series-merge-from web-series-merged-into
### needs-review: web-series-links web-series-links-none web-series-links-find web-series-links-candidates-none web-series-link-note web-series-linked web-series-linked-by web-series-unlink web-series-link-add web-series-link-why web-series-link-shared
### needs-review: web-col-series web-col-members web-cameras-link web-cameras-heading web-cameras-explain
### needs-review: web-cameras-none web-cameras-strong web-col-make web-col-model web-col-serial
### needs-review: web-col-items-per-case web-timeline-heading web-timeline-none web-timeline-hint web-settings-link
### needs-review: web-settings-heading web-settings-blur web-settings-greyscale web-settings-tile web-settings-break
### needs-review: web-settings-lang web-settings-lang-browser web-settings-save web-settings-viewing web-settings-viewing-explain
### needs-review: web-settings-viewing-toggle
### needs-review: web-item-rendition web-item-reveal web-item-matches web-item-no-matches web-item-similar
### needs-review: web-item-no-pdq web-col-method web-col-distance web-col-dihedral web-col-profile
### needs-review: web-search-link web-search-heading web-search-picture web-search-submit web-search-not-stored
### needs-review: web-search-none web-search-same web-search-known web-error-upload-too-large
### needs-review: web-progress-heading web-progress-decided web-progress-undecided web-progress-reviewer
### needs-review: web-gallery-no-picture web-results-free-text
### needs-review: web-galleries-heading web-galleries-none web-gallery-title
### needs-review: web-gallery-audience web-gallery-audience-partner
### needs-review: web-gallery-audience-trainee web-gallery-audience-public
### needs-review: web-gallery-opens web-gallery-closes web-gallery-open
### needs-review: web-gallery-closed web-gallery-you-edit web-gallery-create
### needs-review: web-gallery-create-explain web-gallery-span web-gallery-back
### needs-review: web-gallery-board-items web-gallery-item web-gallery-items
### needs-review: web-gallery-no-items web-gallery-case web-gallery-media
### needs-review: web-gallery-media-keys web-gallery-add-items
### needs-review: web-gallery-series web-gallery-add-series
### needs-review: web-gallery-items-explain web-gallery-remove
### needs-review: web-gallery-members web-gallery-user web-gallery-role
### needs-review: web-gallery-part web-gallery-part-editor
### needs-review: web-gallery-part-participant web-gallery-part-none
### needs-review: web-gallery-set-member web-gallery-dates web-gallery-save
### needs-review: web-gallery-bundles web-gallery-no-bundles
### needs-review: web-gallery-bundle web-gallery-recipient web-gallery-made
### needs-review: web-gallery-expires web-clue-board web-clue-live
### needs-review: web-clue-none web-clue-text web-clue-post web-clue-pinned
### needs-review: web-clue-no-pin web-clue-pin-explain web-clue-becomes-lead
### needs-review: web-exercise-link web-exercise-heading web-exercise-set
### needs-review: web-exercise-set-explain web-exercise-rubric
### needs-review: web-exercise-country-points web-exercise-place-points
### needs-review: web-exercise-object-points web-exercise-wrong-object-penalty
### needs-review: web-exercise-free-text-max web-exercise-country
### needs-review: web-exercise-place web-exercise-objects
### needs-review: web-exercise-solving-lead web-exercise-known
### needs-review: web-exercise-free-text web-exercise-answer
### needs-review: web-exercise-answered web-exercise-trainee-explain
### needs-review: web-exercise-results web-results-by-trainee
### needs-review: web-results-by-item web-results-answers web-results-trainee
### needs-review: web-results-answered web-results-points web-results-pending
### needs-review: web-results-country-right web-results-place-right
### needs-review: web-results-mark web-results-save-mark web-country-kh
### needs-review: web-country-la web-country-th web-country-vn
### needs-review: web-country-other web-object-shop_sign
### needs-review: web-object-power_socket web-object-licence_plate
### needs-review: web-object-banknote web-object-product_label
### needs-review: web-object-other

## The browser lab (`vilab serve`).

web-nav-home = ទំព័រដើម
web-nav-cases = សំណុំរឿង
web-nav-users = គណនី
web-nav-audit = កំណត់ហេតុសវនកម្ម
web-nav-verify = ផ្ទៀងផ្ទាត់ខ្សែសង្វាក់កំណត់ហេតុសវនកម្ម
web-signed-in = { $user } ({ $role })
web-logout = ចាកចេញពីប្រព័ន្ធ
web-language = ភាសា
web-back-home = ត្រឡប់ទៅទំព័រដើម
web-yes = មាន
web-no = គ្មាន
web-pager-previous = ទំព័រមុន
web-pager-next = ទំព័របន្ទាប់
web-login-heading = ចូលប្រើប្រព័ន្ធមន្ទីរពិសោធន៍
web-login-username = ឈ្មោះអ្នកប្រើ
web-login-password = ពាក្យសម្ងាត់
web-login-submit = ចូលប្រើប្រព័ន្ធ
web-home-heading = សូមស្វាគមន៍ { $user }
web-home-role = អ្នកបានចូលប្រើប្រព័ន្ធក្នុងតួនាទីជា { $role }។
web-home-nothing = តួនាទីរបស់អ្នកមិនទាន់មានអ្វីសម្រាប់បើកនៅទីនេះនៅឡើយទេ។
web-cases-heading = សំណុំរឿង
web-cases-none = គ្មានសំណុំរឿងដែលអ្នកអាចមើលបានទេ។
web-case-heading = សំណុំរឿង { $case }
web-case-uid = លេខសម្គាល់សំណុំរឿង { $uid } បង្កើតនៅ { $created }
web-case-counts = អ្វីដែលសំណុំរឿងនេះមាន
web-case-exhibits = វត្ថុតាង និងដំណើរការបញ្ចូល
web-case-triage = ការចាត់ថ្នាក់បឋម
web-case-by-category = ធាតុដែលស្គាល់រួច និងស្រដៀងនឹងដែលស្គាល់រួច តាមប្រភេទដែលបានស្នើ
web-case-by-source = ធាតុដែលស្គាល់រួច និងស្រដៀងនឹងដែលស្គាល់រួច តាមសំណុំ hash
web-case-errors = កំហុសនៃការបញ្ចូល
web-case-no-errors = គ្មានកំហុសនៃការបញ្ចូលទេ។
web-case-media-link = មើលធាតុមេឌៀចំនួន { $count } នៃសំណុំរឿងនេះ
web-media-heading = ធាតុមេឌៀនៃសំណុំរឿង { $case }
web-col-case = សំណុំរឿង
web-col-exhibit = វត្ថុតាង
web-col-exhibits = វត្ថុតាង
web-col-media = ធាតុមេឌៀ
web-col-files = ឯកសារ
web-col-errors = កំហុស
web-col-created = បានបង្កើត
web-col-source = បានបញ្ចូលពី
web-col-run = ដំណើរការ
web-col-status = ស្ថានភាព
web-col-started = បានចាប់ផ្តើម
web-col-category = ប្រភេទ
web-col-count = ចំនួនធាតុ
web-col-hashset = សំណុំ hash
web-col-path = ទីតាំងឯកសារ
web-col-stage = ដំណាក់កាល
web-col-reason = អ្វីដែលបានកើតឡើង
web-col-id = លេខ
web-col-sha256 = SHA-256
web-col-kind = ប្រភេទឯកសារ
web-col-size = ទំហំ (បៃ)
web-col-pixels = ភីកសែល
web-col-camera = កាមេរ៉ា
web-col-taken = ពេលថត (តាមនាឡិកាកាមេរ៉ា)
web-col-gps = GPS
web-col-user = ឈ្មោះអ្នកប្រើ
web-col-role = តួនាទី
web-col-disabled = បានបិទ
web-col-cases = សំណុំរឿង (ជាសមាជិក)
web-col-seq = លេខ
web-col-at = ពេលវេលា (UTC)
web-col-actor = គណនី
web-col-from = ពី
web-col-action = សកម្មភាព
web-col-resource = ធនធាន
web-col-outcome = លទ្ធផល
web-col-details = ព័ត៌មានលម្អិត
web-item-digests = តម្លៃ hash និងលក្ខណៈ
web-item-exif = តម្រុយសម្រាប់កំណត់អត្តសញ្ញាណ (EXIF)
web-item-no-exif = ធាតុនេះគ្មាន EXIF ទេ។
web-item-first-seen = មន្ទីរពិសោធន៍បានកត់ត្រាលើកដំបូង
web-users-heading = គណនីនៃមន្ទីរពិសោធន៍
web-audit-heading = កំណត់ហេតុសវនកម្ម
web-audit-any = ទាំងអស់
web-audit-since = ចាប់ពី (ថ្ងៃ)
web-audit-until = ដល់ (ថ្ងៃ)
web-audit-apply = ច្រោះ
web-audit-none = គ្មានកំណត់ត្រាណាត្រូវនឹងការច្រោះទេ។
web-verify-heading = ការផ្ទៀងផ្ទាត់ខ្សែសង្វាក់កំណត់ហេតុសវនកម្ម
web-error-heading = សំណើមិនត្រូវបានអនុវត្តទេ
web-error-csrf-failed = ទម្រង់បែបបទនេះផុតកំណត់ ឬមិនបានមកពីទំព័ររបស់មន្ទីរពិសោធន៍នេះទេ (សញ្ញាសម្គាល់សុវត្ថិភាពរបស់វាបាត់ ឬខុស)។ សូមផ្ទុកទំព័រឡើងវិញ ហើយព្យាយាមម្តងទៀត។
web-error-no-route = គ្មានទំព័របែបនេះទេ។
web-error-method-not-allowed = ទំព័រនេះមិនទទួលសំណើប្រភេទនេះទេ។
web-error-bad-body = មិនអាចអានទម្រង់បែបបទ ឬ JSON នៃសំណើបានទេ។
web-serve-listening = កំពុងផ្តល់សេវាមន្ទីរពិសោធន៍នៅ { $url }
web-serve-stop = សូមបើកវានៅក្នុងកម្មវិធីរុករក។ ចុច Ctrl-C ដើម្បីបញ្ឈប់ម៉ាស៊ីនមេ។
web-serve-stopped = ម៉ាស៊ីនមេបានឈប់ហើយ។
web-serve-no-tls = ការព្រមាន៖ ម៉ាស៊ីនផ្សេងទៀតអាចភ្ជាប់មក { $addr } បាន ហើយម៉ាស៊ីនមេនេះមិនប្រើ TLS ទេ៖ ពាក្យសម្ងាត់ និងខូគីវគ្គប្រើប្រាស់នឹងឆ្លងកាត់បណ្តាញដោយមិនបានអ៊ិនគ្រីប។ សូមផ្តល់ --tls-cert និង --tls-key។
web-serve-bind-failed = មិនអាចស្តាប់នៅ { $addr } បានទេ៖ { $reason }
web-serve-tls-failed = មិនអាចប្រើវិញ្ញាបនបត្រ ឬកូនសោ TLS { $file } បានទេ៖ { $reason }
web-serve-failed = ម៉ាស៊ីនមេបរាជ័យ៖ { $reason }

## The review grid.
web-review-link = ត្រួតពិនិត្យក្រឡា
web-review-heading = ការត្រួតពិនិត្យ៖ { $case }
web-review-filters = តម្រង
web-review-show = បង្ហាញ
web-review-groups = ក្រុម
web-review-triage = ការចាត់ថ្នាក់បឋម
web-review-decided = ការសម្រេច
web-review-any = ទាំងអស់
web-review-undecided = មិនទាន់សម្រេច
web-review-conflict = ការសម្រេចផ្ទុយគ្នា
web-review-follow-up = ត្រូវតាមដាន
web-review-from = ថតចាប់ពី
web-review-before = ថតមុន
web-review-gps = ទីតាំង GPS
web-review-path = ផ្លូវមាន
web-review-order = លំដាប់
web-review-order-ingested = តាមលំដាប់បញ្ចូល
web-review-order-newest = ថ្មីបំផុតមុន
web-review-order-taken = តាមពេលថត
web-review-keys = គ្រាប់ចុច៖ ព្រួញ ផ្លាស់ទី; Shift+ព្រួញ Shift+ចុច ឬ Ctrl+ចុច ជ្រើសរើស; 0–9 សម្រេចប្រភេទ; Alt+លេខ សម្រេចក្រុមទាំងមូលដែលបង្ហាញ; z មិនធ្វើវិញ; f សម្គាល់ឱ្យតាមដាន; r ឬ Enter បង្ហាញច្បាស់; Esc បិទ។
web-review-break = អ្នកបានត្រួតពិនិត្យរយៈពេល { $minutes } នាទីដោយមិនបានសម្រាក។ សូមសម្រាកមួយភ្លែត។
web-review-end = គ្មានធាតុទៀតទេ។
web-review-close = បិទ
web-review-decided-as = បានសម្រេច៖ { $category }
web-review-grid = ធាតុ
web-map-link = ផែនទីទីតាំង GPS
web-map-heading = ផែនទី៖ { $case }
web-map-none = គ្មានធាតុណាមួយនៃសំណុំរឿងនេះមានទីតាំង GPS តាមតម្រងទាំងនេះទេ។

## Series, camera leads, timeline and settings pages (issue 19's pages).
web-series-link = ស៊េរី
web-series-heading = ស៊េរីនៃ { $case }
web-series-none = សំណុំរឿងនេះមិនទាន់មានស៊េរីនៅឡើយទេ។
web-series-own-case = ស៊េរីមួយផ្ទុកតែធាតុនៃសំណុំរឿងរបស់វាប៉ុណ្ណោះ; នៅលើទំព័ររបស់វា អ្នកអាចភ្ជាប់វាទៅនឹងស៊េរីនៃសំណុំរឿងផ្សេងទៀតដែលអ្នកជាសមាជិក។
web-series-create = បង្កើតស៊េរី
web-series-from-selection = ស៊េរីថ្មីពីធាតុដែលបានជ្រើស
web-series-name = ឈ្មោះ
web-series-one-heading = ស៊េរី៖ { $name }
web-series-in-grid = ត្រួតពិនិត្យសមាជិករបស់វានៅក្នុងក្រឡា
web-series-no-members = ស៊េរីនេះគ្មានសមាជិកទេ។
web-series-similar = ស្វែងរករូបស្រដៀង
web-series-radius = ចម្ងាយ PDQ
web-series-similar-none = គ្មានធាតុផ្សេងទៀតនៃសំណុំរឿងនៅក្នុងចម្ងាយនេះទេ។
web-series-similar-found = ធាតុ { $count } នៅក្នុងចម្ងាយ PDQ { $radius } ពីសមាជិក។ សូមដោះសញ្ញាធីកចេញពីធាតុដែលមិនមែនជារបស់ស៊េរីនេះ។
web-series-distance = ចម្ងាយ { $distance }
web-series-add = បន្ថែមធាតុដែលបានធីកទៅក្នុងស៊េរី
web-series-rename = ប្តូរឈ្មោះ
web-series-merge = បញ្ចូលទៅក្នុងស៊េរីនេះ
web-series-merge-from = ស៊េរីដែលត្រូវបញ្ចូល
web-series-merged-into = បានបញ្ចូលទៅក្នុង { $name }
# Series linked across cases.
web-series-links = ស៊េរីដែលបានភ្ជាប់នៅក្នុងសំណុំរឿងផ្សេងទៀត
web-series-links-none = គ្មានស៊េរីនៃសំណុំរឿងដែលអ្នកជាសមាជិក ត្រូវបានភ្ជាប់ទៅនឹងស៊េរីនេះទេ។
web-series-links-find = ស្វែងរកស៊េរីដើម្បីភ្ជាប់
web-series-links-candidates-none = គ្មានស៊េរីនៃសំណុំរឿងផ្សេងទៀតដែលអ្នកជាសមាជិក ផ្ទុកធាតុទាំងនេះ ឬធាតុក្នុងចម្ងាយនេះទេ។
web-series-link-note = កំណត់ចំណាំ
web-series-linked = បានភ្ជាប់
web-series-linked-by = ដោយ { $user }, { $date }
web-series-unlink = ផ្តាច់
web-series-link-add = ភ្ជាប់
web-series-link-why = មូលហេតុ
web-series-link-shared = ធាតុដូចគ្នា { $count }
web-col-series = ស៊េរី
web-col-members = សមាជិក
web-cameras-link = តម្រុយពីកាមេរ៉ា
web-cameras-heading = កាមេរ៉ានៅក្នុងសំណុំរឿងដែលអ្នកអាចមើលបាន
web-cameras-explain = កាមេរ៉ាត្រូវបានដាក់ជាក្រុមតាមម៉ាក ម៉ូដែល និងលេខស៊េរីតួ។ កាមេរ៉ាតែមួយនៅក្នុងសំណុំរឿងពីរ គឺជាតម្រុយដ៏សំខាន់។
web-cameras-none = គ្មានធាតុណាមួយមានម៉ាក ម៉ូដែល ឬលេខស៊េរីតួកាមេរ៉ាទេ។
web-cameras-strong = តម្រុយសំខាន់៖ សំណុំរឿង { $count }
web-col-make = ម៉ាក
web-col-model = ម៉ូដែល
web-col-serial = លេខស៊េរីតួ
web-col-items-per-case = ធាតុក្នុងមួយសំណុំរឿង
web-timeline-heading = ពេលថត
web-timeline-none = គ្មានធាតុណាមួយដែលបង្ហាញនៅទីនេះមានពេលថតទេ។
web-timeline-hint = អូសកាត់របារ ដើម្បីបង្ហាញធាតុដែលបានថតក្នុងចន្លោះនោះ ឬចុចលើរបារមួយ។
web-review-loading = កំពុងផ្ទុក…
web-review-load-failed = មិនអាចផ្ទុកផ្នែកនេះនៃទំព័របានទេ។ សូមផ្ទុកទំព័រឡើងវិញ ដើម្បីព្យាយាមម្ដងទៀត។
web-settings-link = ការកំណត់
web-settings-heading = ការកំណត់ការត្រួតពិនិត្យរបស់អ្នក
web-settings-blur = ធ្វើឱ្យរូបភាពព្រិល
web-settings-greyscale = បង្ហាញរូបភាពជាពណ៌ប្រផេះ
web-settings-tile = ទំហំក្រឡា (ភីកសែល ពី 64 ដល់ 256)
web-settings-break = រំលឹកខ្ញុំឱ្យសម្រាកបន្ទាប់ពី (នាទី; 0៖ មិនដែល)
web-settings-lang = ភាសា
web-settings-lang-browser = តាមកម្មវិធីរុករក
web-settings-save = រក្សាទុក
web-settings-viewing = របៀបមើល
web-settings-viewing-explain = សម្រាប់កិច្ចការដែលត្រូវការរូបភាពដូចដើម សូមបើករបៀបមើលនៅក្នុងក្រឡា៖ វាបង្ហាញរូបភាពច្បាស់ និងមានពណ៌ រហូតដល់អ្នកបិទវា ឬបិទផ្ទាំង។ រាល់រូបភាពច្បាស់នៅតែត្រូវបានកត់ត្រាក្នុងកំណត់ហេតុសវនកម្ម។
web-settings-viewing-toggle = របៀបមើល (ច្បាស់ មានកត់ត្រាសវនកម្ម)
web-item-rendition = រូបភាព (បិទបាំង)
web-item-reveal = បង្ហាញច្បាស់ និងមានពណ៌ (កត់ត្រាក្នុងកំណត់ហេតុសវនកម្ម)
web-item-matches = ការផ្គូផ្គងនឹងសំណុំ hash
web-item-no-matches = គ្មានការផ្គូផ្គងនឹងសំណុំ hash នៅក្នុងសំណុំរឿងដែលអ្នកអាចមើលបានទេ។
web-item-similar = រូបភាពស្រដៀងគ្នានៅក្នុងសំណុំរឿងនេះ និងសំណុំរឿងផ្សេងទៀត
web-item-no-pdq = ធាតុនេះគ្មាន hash PDQ ទេ៖ វាមិនត្រូវបានបម្លែងជារូបភាពទេ។
web-col-method = វិធីសាស្ត្រ
web-col-distance = ចម្ងាយ
web-col-dihedral = ទិសដៅ
web-col-profile = ប្រវត្តិរូបប្រភេទ
web-search-link = ស្វែងរកតាមរូបភាព
web-search-heading = ស្វែងរកតាមរូបភាពពីខាងក្រៅមន្ទីរពិសោធន៍
web-search-picture = រូបភាព
web-search-submit = ស្វែងរក
web-search-not-stored = រូបភាពមិនត្រូវបានរក្សាទុកទេ៖ មានតែ digest និង hash PDQ របស់វាប៉ុណ្ណោះដែលត្រូវបានគណនា ស្វែងរក និងកត់ត្រាក្នុងកំណត់ហេតុសវនកម្ម។
web-search-none = គ្មានអ្វីនៅក្នុងសំណុំរឿងដែលអ្នកអាចមើលបាន ឬនៅក្នុងសំណុំ hash ស្ថិតក្នុងចម្ងាយ PDQ { $radius } ទេ។
web-search-same = ឯកសារដូចគ្នានៅក្នុងសំណុំរឿងរបស់អ្នក
web-search-known = ធាតុនៃសំណុំ hash
web-error-upload-too-large = រូបភាពធំជាង 16 MB ដែលជាទំហំអតិបរមាសម្រាប់ការស្វែងរក។
web-progress-heading = វឌ្ឍនភាពនៃការត្រួតពិនិត្យ
web-progress-decided = បានសម្រេច
web-progress-undecided = មិនទាន់សម្រេច
web-progress-reviewer = អ្នកត្រួតពិនិត្យ

## ViLab galleries, the clue board and training exercises (issue 20, branch webgallery)
web-galleries-heading = វិចិត្រសាល
web-galleries-none = អ្នកមិនទាន់ជាសមាជិកនៃវិចិត្រសាលណាមួយទេ។
web-gallery-title = ចំណងជើង
web-gallery-audience = ទស្សនិកជន
web-gallery-audience-partner = ស្ថាប័នដៃគូ
web-gallery-audience-trainee = សិក្ខាកាម
web-gallery-audience-public = សាធារណជន
web-gallery-opens = បើកពី
web-gallery-closes = បិទនៅ
web-gallery-open = កំពុងបើក
web-gallery-closed = បានបិទ
web-gallery-you-edit = អ្នកជាអ្នកកែសម្រួល
web-gallery-create = បង្កើតវិចិត្រសាល
web-gallery-create-explain = អ្នកចូលរួមមើលឃើញតែរូបភាពដែលបានរៀបចំសម្រាប់ទស្សនិកជននៃវិចិត្រសាលប៉ុណ្ណោះ មិនដែលឃើញរូបភាពដើមឡើយ ហើយមើលបានតែក្នុងចន្លោះកាលបរិច្ឆេទរបស់វា។ អ្នកជាអ្នកកែសម្រួលដំបូង។
web-gallery-span = ពី { $opens } ដល់ { $closes }
web-gallery-back = ត្រឡប់ទៅវិចិត្រសាល
web-gallery-board-items = ធាតុ
web-gallery-item = ធាតុ { $n }
web-gallery-items = ធាតុ
web-gallery-no-picture = មិនទាន់មានរូបភាព៖ មិនទាន់មានរូបភាពណាមួយត្រូវបានរៀបចំសម្រាប់ទស្សនិកជននេះទេ។
web-gallery-no-items = មិនទាន់មានធាតុនៅឡើយទេ។
web-gallery-case = សំណុំរឿង
web-gallery-media = ធាតុ
web-gallery-media-keys = ធាតុ (#id ឬ SHA-256 បំបែកដោយក្បៀស)
web-gallery-add-items = បន្ថែមធាតុ
web-gallery-series = ស៊េរីរូបភាព (id)
web-gallery-add-series = បន្ថែមស៊េរីរូបភាព
web-gallery-items-explain = អាចបន្ថែមបានតែធាតុនៃសំណុំរឿងដែលអ្នកជាសមាជិកប៉ុណ្ណោះ។ អ្នកចូលរួមមិនដែលដឹងពីសំណុំរឿង តម្លៃហាស ឬស៊េរីរូបភាពនៃធាតុណាមួយឡើយ។
web-gallery-remove = ដកចេញ
web-gallery-members = សមាជិក
web-gallery-user = ឈ្មោះអ្នកប្រើ
web-gallery-role = តួនាទី
web-gallery-part = ចូលរួមជា
web-gallery-part-editor = អ្នកកែសម្រួល
web-gallery-part-participant = អ្នកចូលរួម
web-gallery-part-none = លែងជាសមាជិក
web-gallery-set-member = រក្សាទុក
web-gallery-dates = ចំណងជើង និងកាលបរិច្ឆេទ
web-gallery-save = រក្សាទុក
web-gallery-bundles = កញ្ចប់ក្រៅបណ្តាញដែលបានបង្កើត
web-gallery-no-bundles = មិនទាន់មានកញ្ចប់ក្រៅបណ្តាញណាមួយត្រូវបានបង្កើតពីវិចិត្រសាលនេះទេ។
web-gallery-bundle = កញ្ចប់
web-gallery-recipient = អ្នកទទួល
web-gallery-made = បានបង្កើត
web-gallery-expires = ផុតកំណត់
web-clue-board = ក្ដារតម្រុយ
web-clue-live = តម្រុយថ្មីនឹងបង្ហាញនៅទីនេះដោយស្វ័យប្រវត្តិ។
web-clue-none = មិនទាន់មានតម្រុយនៅឡើយទេ។
web-clue-text = តម្រុយរបស់អ្នក
web-clue-post = ផ្ញើតម្រុយ
web-clue-pinned = បានខ្ទាស់លើរូបភាព
web-clue-no-pin = ចុចលើរូបភាពដើម្បីខ្ទាស់តម្រុយរបស់អ្នកនៅចំណុចមួយ (មិនតម្រូវ)។
web-clue-pin-explain = ចុចលើរូបភាពដើម្បីខ្ទាស់តម្រុយ។
web-clue-becomes-lead = តម្រុយនីមួយៗត្រូវបានបញ្ជូនទៅអ្នកស៊ើបអង្កេតជាព័ត៌មានតម្រុយ ជាមួយឈ្មោះអ្នកប្រើ និងពេលវេលារបស់អ្នក។
web-exercise-link = លំហាត់
web-exercise-heading = លំហាត់បណ្តុះបណ្តាល
web-exercise-set = កំណត់លំហាត់
web-exercise-set-explain = សូមផ្ដល់ចម្លើយដែលដឹងរួចនៃធាតុនីមួយៗ។ ធាតុដែលគ្មានប្រទេសនឹងមិនត្រូវបានរាប់បញ្ចូលទេ។ សិក្ខាកាមមិនដែលឃើញចម្លើយទាំងនេះ ឬពិន្ទុឡើយ។
web-exercise-rubric = ពិន្ទុ
web-exercise-country-points = ប្រទេសត្រឹមត្រូវ
web-exercise-place-points = ទីកន្លែងត្រឹមត្រូវ
web-exercise-object-points = វត្ថុត្រឹមត្រូវនីមួយៗ
web-exercise-wrong-object-penalty = ដកចេញសម្រាប់វត្ថុខុសនីមួយៗ
web-exercise-free-text-max = ពិន្ទុអតិបរមាសម្រាប់អត្ថបទសេរី
web-exercise-country = ប្រទេស
web-exercise-place = ទីកន្លែង
web-exercise-objects = វត្ថុដែលអាចជួយកំណត់ទីកន្លែង
web-exercise-solving-lead = តម្រុយដែលបានដោះស្រាយរឿង
web-exercise-known = ចម្លើយដែលដឹងរួច
web-exercise-free-text = ហេតុផលរបស់អ្នក
web-exercise-answer = រក្សាទុកចម្លើយ
web-exercise-answered = ចម្លើយរបស់អ្នកត្រូវបានរក្សាទុក។ អ្នកអាចកែប្រែបាន ពេលវិចិត្រសាលនៅបើក។
web-exercise-trainee-explain = សម្រាប់ធាតុនីមួយៗ សូមប្រាប់ថាអ្នកគិតថារូបភាពត្រូវបានថតនៅទីណា និងវត្ថុណាខ្លះដែលអ្នកនឹងតាមដាន។ ចម្លើយចុងក្រោយរបស់អ្នកត្រូវបានរាប់។
web-exercise-results = លទ្ធផល
web-results-by-trainee = តាមសិក្ខាកាម
web-results-by-item = តាមធាតុ
web-results-answers = ចម្លើយ
web-results-trainee = សិក្ខាកាម
web-results-answered = បានឆ្លើយ
web-results-points = ពិន្ទុ
web-results-pending = អត្ថបទសេរីដែលត្រូវដាក់ពិន្ទុ
web-results-country-right = ប្រទេសត្រឹមត្រូវ
web-results-place-right = ទីកន្លែងត្រឹមត្រូវ
web-results-free-text = អត្ថបទសេរី
web-results-mark = ពិន្ទុសម្រាប់អត្ថបទសេរី
web-results-save-mark = រក្សាទុក
web-country-kh = កម្ពុជា
web-country-la = ឡាវ
web-country-th = ថៃ
web-country-vn = វៀតណាម
web-country-other = ប្រទេសផ្សេងទៀត
web-object-shop_sign = ផ្លាកហាង
web-object-power_socket = ព្រីភ្លើង
web-object-licence_plate = ស្លាកលេខយានយន្ត
web-object-banknote = ក្រដាសប្រាក់
web-object-product_label = ស្លាកផលិតផល
web-object-other = វត្ថុផ្សេងទៀត
