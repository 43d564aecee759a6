### Native review status: NOT REVIEWED.
### These Lao texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Lao speaker who works in child protection or criminal justice.
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

web-nav-home = ໜ້າຫຼັກ
web-nav-cases = ຄະດີ
web-nav-users = ບັນຊີຜູ້ໃຊ້
web-nav-audit = ບັນທຶກການກວດສອບ
web-nav-verify = ກວດສອບຕ່ອງໂສ້ບັນທຶກການກວດສອບ
web-signed-in = { $user } ({ $role })
web-logout = ອອກຈາກລະບົບ
web-language = ພາສາ
web-back-home = ກັບໄປໜ້າຫຼັກ
web-yes = ມີ
web-no = ບໍ່ມີ
web-pager-previous = ໜ້າກ່ອນ
web-pager-next = ໜ້າຕໍ່ໄປ
web-login-heading = ເຂົ້າສູ່ລະບົບຫ້ອງທົດລອງ
web-login-username = ຊື່ຜູ້ໃຊ້
web-login-password = ລະຫັດຜ່ານ
web-login-submit = ເຂົ້າສູ່ລະບົບ
web-home-heading = ຍິນດີຕ້ອນຮັບ, { $user }
web-home-role = ທ່ານເຂົ້າສູ່ລະບົບໃນບົດບາດ { $role }.
web-home-nothing = ບົດບາດຂອງທ່ານຍັງບໍ່ມີສິ່ງໃດໃຫ້ເປີດຢູ່ນີ້ເທື່ອ.
web-cases-heading = ຄະດີ
web-cases-none = ບໍ່ມີຄະດີທີ່ທ່ານສາມາດເບິ່ງໄດ້.
web-case-heading = ຄະດີ { $case }
web-case-uid = ລະຫັດຄະດີ { $uid }, ສ້າງເມື່ອ { $created }
web-case-counts = ສິ່ງທີ່ຄະດີນີ້ມີ
web-case-exhibits = ວັດຖຸພະຍານ ແລະ ຮອບການນຳເຂົ້າ
web-case-triage = ການຄັດແຍກເບື້ອງຕົ້ນ
web-case-by-category = ລາຍການທີ່ຮູ້ຈັກແລ້ວ ແລະ ໃກ້ຄຽງກັບທີ່ຮູ້ຈັກແລ້ວ ຕາມໝວດທີ່ສະເໜີ
web-case-by-source = ລາຍການທີ່ຮູ້ຈັກແລ້ວ ແລະ ໃກ້ຄຽງກັບທີ່ຮູ້ຈັກແລ້ວ ຕາມຊຸດຄ່າແຮຊ
web-case-errors = ຂໍ້ຜິດພາດໃນການນຳເຂົ້າ
web-case-no-errors = ບໍ່ມີຂໍ້ຜິດພາດໃນການນຳເຂົ້າ.
web-case-media-link = ເບິ່ງລາຍການສື່ { $count } ລາຍການຂອງຄະດີນີ້
web-media-heading = ລາຍການສື່ຂອງຄະດີ { $case }
web-col-case = ຄະດີ
web-col-exhibit = ວັດຖຸພະຍານ
web-col-exhibits = ວັດຖຸພະຍານ
web-col-media = ລາຍການສື່
web-col-files = ໄຟລ໌
web-col-errors = ຂໍ້ຜິດພາດ
web-col-created = ສ້າງເມື່ອ
web-col-source = ນຳເຂົ້າຈາກ
web-col-run = ຮອບການເຮັດວຽກ
web-col-status = ສະຖານະ
web-col-started = ເລີ່ມເມື່ອ
web-col-category = ໝວດ
web-col-count = ຈຳນວນລາຍການ
web-col-hashset = ຊຸດຄ່າແຮຊ
web-col-path = ເສັ້ນທາງໄຟລ໌
web-col-stage = ຂັ້ນຕອນ
web-col-reason = ສິ່ງທີ່ເກີດຂຶ້ນ
web-col-id = ເລກທີ
web-col-sha256 = SHA-256
web-col-kind = ປະເພດ
web-col-size = ຂະໜາດ (ໄບຕ໌)
web-col-pixels = ພິກເຊວ
web-col-camera = ກ້ອງຖ່າຍຮູບ
web-col-taken = ເວລາຖ່າຍ (ຕາມໂມງຂອງກ້ອງ)
web-col-gps = GPS
web-col-user = ຊື່ຜູ້ໃຊ້
web-col-role = ບົດບາດ
web-col-disabled = ປິດການໃຊ້ງານ
web-col-cases = ຄະດີ (ທີ່ເປັນສະມາຊິກ)
web-col-seq = ເລກທີ
web-col-at = ເວລາ (UTC)
web-col-actor = ບັນຊີຜູ້ໃຊ້
web-col-from = ຈາກ
web-col-action = ການກະທຳ
web-col-resource = ຊັບພະຍາກອນ
web-col-outcome = ຜົນ
web-col-details = ລາຍລະອຽດ
web-item-digests = ຄ່າແຮຊ ແລະ ຄຸນສົມບັດ
web-item-exif = ຂໍ້ມູນຊີ້ນຳເພື່ອລະບຸຕົວຕົນ (EXIF)
web-item-no-exif = ລາຍການນີ້ບໍ່ມີ EXIF.
web-item-first-seen = ຫ້ອງທົດລອງບັນທຶກຄັ້ງທຳອິດ
web-users-heading = ບັນຊີຜູ້ໃຊ້ຂອງຫ້ອງທົດລອງ
web-audit-heading = ບັນທຶກການກວດສອບ
web-audit-any = ທັງໝົດ
web-audit-since = ຕັ້ງແຕ່ (ວັນ)
web-audit-until = ເຖິງ (ວັນ)
web-audit-apply = ກັ່ນຕອງ
web-audit-none = ບໍ່ມີລາຍການບັນທຶກທີ່ກົງກັບການກັ່ນຕອງ.
web-verify-heading = ການກວດສອບຕ່ອງໂສ້ບັນທຶກການກວດສອບ
web-error-heading = ຄຳຮ້ອງຂໍບໍ່ໄດ້ຖືກດຳເນີນການ
web-error-csrf-failed = ແບບຟອມນີ້ໝົດອາຍຸ ຫຼື ບໍ່ໄດ້ມາຈາກໜ້າຂອງຫ້ອງທົດລອງນີ້ (ລະຫັດຄວາມປອດໄພຂາດ ຫຼື ບໍ່ຖືກຕ້ອງ). ກະລຸນາໂຫຼດໜ້າໃໝ່ ແລ້ວລອງອີກຄັ້ງ.
web-error-no-route = ບໍ່ມີໜ້ານີ້.
web-error-method-not-allowed = ໜ້ານີ້ບໍ່ຮັບຄຳຮ້ອງຂໍປະເພດນີ້.
web-error-bad-body = ບໍ່ສາມາດອ່ານແບບຟອມ ຫຼື JSON ຂອງຄຳຮ້ອງຂໍໄດ້.
web-serve-listening = ກຳລັງໃຫ້ບໍລິການຫ້ອງທົດລອງທີ່ { $url }
web-serve-stop = ເປີດມັນໃນໂປຣແກຣມທ່ອງເວັບ; ກົດ Ctrl-C ເພື່ອຢຸດເຊີບເວີ.
web-serve-stopped = ເຊີບເວີຢຸດແລ້ວ.
web-serve-no-tls = ຄຳເຕືອນ: ເຄື່ອງອື່ນສາມາດເຂົ້າເຖິງ { $addr } ໄດ້ ແລະ ເຊີບເວີນີ້ບໍ່ໃຊ້ TLS: ລະຫັດຜ່ານ ແລະ ຄຸກກີເຊສຊັນຈະຜ່ານເຄືອຂ່າຍໂດຍບໍ່ໄດ້ເຂົ້າລະຫັດ. ກະລຸນາໃຫ້ --tls-cert ແລະ --tls-key.
web-serve-bind-failed = ບໍ່ສາມາດຮັບຟັງທີ່ { $addr } ໄດ້: { $reason }
web-serve-tls-failed = ບໍ່ສາມາດໃຊ້ໃບຢັ້ງຢືນ ຫຼື ກະແຈ TLS { $file } ໄດ້: { $reason }
web-serve-failed = ເຊີບເວີລົ້ມເຫຼວ: { $reason }

## The review grid.
web-review-link = ກວດກາຕາຕະລາງ
web-review-heading = ການກວດກາ: { $case }
web-review-filters = ຕົວກອງ
web-review-show = ສະແດງ
web-review-groups = ກຸ່ມ
web-review-triage = ການຄັດແຍກເບື້ອງຕົ້ນ
web-review-decided = ຄຳຕັດສິນ
web-review-any = ທັງໝົດ
web-review-undecided = ຍັງບໍ່ໄດ້ຕັດສິນ
web-review-conflict = ຄຳຕັດສິນຂັດກັນ
web-review-follow-up = ຕ້ອງຕິດຕາມ
web-review-from = ຖ່າຍຕັ້ງແຕ່
web-review-before = ຖ່າຍກ່ອນ
web-review-gps = ຕຳແໜ່ງ GPS
web-review-path = ເສັ້ນທາງມີ
web-review-order = ລຳດັບ
web-review-order-ingested = ຕາມລຳດັບການນຳເຂົ້າ
web-review-order-newest = ໃໝ່ສຸດກ່ອນ
web-review-order-taken = ຕາມເວລາຖ່າຍ
web-review-keys = ປຸ່ມ: ລູກສອນ ເລື່ອນ; Shift+ລູກສອນ, Shift+ຄລິກ ຫຼື Ctrl+ຄລິກ ເລືອກ; 0–9 ຕັດສິນໝວດ; Alt+ຕົວເລກ ຕັດສິນທັງກຸ່ມທີ່ສະແດງ; z ຍົກເລີກ; f ໝາຍໃຫ້ຕິດຕາມ; r ຫຼື Enter ສະແດງຊັດ; Esc ປິດ.
web-review-break = ທ່ານໄດ້ກວດກາມາ { $minutes } ນາທີໂດຍບໍ່ໄດ້ພັກ. ກະລຸນາພັກຜ່ອນ.
web-review-end = ບໍ່ມີລາຍການອີກ.
web-review-close = ປິດ
web-review-decided-as = ຕັດສິນແລ້ວ: { $category }
web-review-grid = ລາຍການ
web-map-link = ແຜນທີ່ຕຳແໜ່ງ GPS
web-map-heading = ແຜນທີ່: { $case }
web-map-none = ບໍ່ມີລາຍການໃດຂອງຄະດີນີ້ມີຕຳແໜ່ງ GPS ຕາມຕົວກອງເຫຼົ່ານີ້.

## Series, camera leads, timeline and settings pages (issue 19's pages).
web-series-link = ຊຸດຮູບ
web-series-heading = ຊຸດຮູບຂອງ { $case }
web-series-none = ຄະດີນີ້ຍັງບໍ່ມີຊຸດຮູບເທື່ອ.
web-series-own-case = ຊຸດຮູບໜຶ່ງມີແຕ່ລາຍການຂອງຄະດີຂອງມັນເອງ; ໃນໜ້າຂອງມັນ ທ່ານເຊື່ອມມັນກັບຊຸດຮູບຂອງຄະດີອື່ນທີ່ທ່ານເປັນສະມາຊິກໄດ້.
web-series-create = ສ້າງຊຸດຮູບ
web-series-from-selection = ຊຸດຮູບໃໝ່ຈາກລາຍການທີ່ເລືອກ
web-series-name = ຊື່
web-series-one-heading = ຊຸດຮູບ: { $name }
web-series-in-grid = ກວດສອບສະມາຊິກຂອງມັນໃນຕາຕະລາງຮູບ
web-series-no-members = ຊຸດຮູບນີ້ບໍ່ມີສະມາຊິກ.
web-series-similar = ຊອກຫາຮູບທີ່ຄ້າຍກັນ
web-series-radius = ໄລຍະຫ່າງ PDQ
web-series-similar-none = ບໍ່ມີລາຍການອື່ນຂອງຄະດີຢູ່ໃນໄລຍະຫ່າງນີ້.
web-series-similar-found = { $count } ລາຍການຢູ່ໃນໄລຍະຫ່າງ PDQ { $radius } ຈາກສະມາຊິກ. ກະລຸນາເອົາເຄື່ອງໝາຍອອກຈາກລາຍການທີ່ບໍ່ແມ່ນຂອງຊຸດນີ້.
web-series-distance = ໄລຍະຫ່າງ { $distance }
web-series-add = ເພີ່ມລາຍການທີ່ໝາຍໄວ້ເຂົ້າໃນຊຸດຮູບ
web-series-rename = ປ່ຽນຊື່
web-series-merge = ລວມເຂົ້າໃນຊຸດຮູບນີ້
web-series-merge-from = ຊຸດຮູບທີ່ຈະລວມເຂົ້າ
web-series-merged-into = ລວມເຂົ້າໃນ { $name } ແລ້ວ
# Series linked across cases.
web-series-links = ຊຸດຮູບທີ່ເຊື່ອມໃນຄະດີອື່ນ
web-series-links-none = ບໍ່ມີຊຸດຮູບຂອງຄະດີທີ່ທ່ານເປັນສະມາຊິກເຊື່ອມກັບຊຸດນີ້.
web-series-links-find = ຊອກຫາຊຸດຮູບເພື່ອເຊື່ອມ
web-series-links-candidates-none = ບໍ່ມີຊຸດຮູບຂອງຄະດີອື່ນທີ່ທ່ານເປັນສະມາຊິກ ທີ່ມີລາຍການເຫຼົ່ານີ້ ຫຼື ລາຍການໃນໄລຍະຫ່າງນີ້.
web-series-link-note = ບັນທຶກ
web-series-linked = ເຊື່ອມແລ້ວ
web-series-linked-by = ໂດຍ { $user }, { $date }
web-series-unlink = ຍົກເລີກການເຊື່ອມ
web-series-link-add = ເຊື່ອມ
web-series-link-why = ເຫດຜົນ
web-series-link-shared = ລາຍການດຽວກັນ { $count }
web-col-series = ຊຸດຮູບ
web-col-members = ສະມາຊິກ
web-cameras-link = ຂໍ້ມູນນຳທາງຈາກກ້ອງຖ່າຍຮູບ
web-cameras-heading = ກ້ອງຖ່າຍຮູບໃນຄະດີທີ່ທ່ານເບິ່ງໄດ້
web-cameras-explain = ກ້ອງຖ່າຍຮູບຖືກຈັດກຸ່ມຕາມຍີ່ຫໍ້, ລຸ້ນ ແລະ ເລກລຳດັບຕົວກ້ອງ. ກ້ອງດຽວກັນໃນສອງຄະດີແມ່ນຂໍ້ມູນນຳທາງທີ່ສຳຄັນ.
web-cameras-none = ບໍ່ມີລາຍການໃດມີຍີ່ຫໍ້, ລຸ້ນ ຫຼື ເລກລຳດັບຕົວກ້ອງ.
web-cameras-strong = ຂໍ້ມູນນຳທາງສຳຄັນ: { $count } ຄະດີ
web-col-make = ຍີ່ຫໍ້
web-col-model = ລຸ້ນ
web-col-serial = ເລກລຳດັບຕົວກ້ອງ
web-col-items-per-case = ລາຍການຕໍ່ຄະດີ
web-timeline-heading = ເວລາຖ່າຍ
web-timeline-none = ບໍ່ມີລາຍການທີ່ສະແດງຢູ່ນີ້ມີເວລາຖ່າຍ.
web-timeline-hint = ລາກຜ່ານແຖບເພື່ອສະແດງລາຍການທີ່ຖ່າຍໃນຊ່ວງນັ້ນ, ຫຼື ຄລິກແຖບໜຶ່ງ.
web-review-loading = ກຳລັງໂຫຼດ…
web-review-load-failed = ບໍ່ສາມາດໂຫຼດສ່ວນນີ້ຂອງໜ້າໄດ້. ກະລຸນາໂຫຼດໜ້າຄືນໃໝ່ ເພື່ອລອງອີກຄັ້ງ.
web-settings-link = ການຕັ້ງຄ່າ
web-settings-heading = ການຕັ້ງຄ່າການກວດສອບຂອງທ່ານ
web-settings-blur = ເຮັດໃຫ້ຮູບມົວ
web-settings-greyscale = ສະແດງຮູບເປັນສີເທົາ
web-settings-tile = ຂະໜາດຊ່ອງຮູບ (ພິກເຊວ, 64 ຫາ 256)
web-settings-break = ເຕືອນໃຫ້ພັກຫຼັງຈາກ (ນາທີ; 0: ບໍ່ເຕືອນ)
web-settings-lang = ພາສາ
web-settings-lang-browser = ຕາມໂປຣແກຣມທ່ອງເວັບ
web-settings-save = ບັນທຶກ
web-settings-viewing = ໂໝດເບິ່ງ
web-settings-viewing-explain = ສຳລັບວຽກທີ່ຕ້ອງການຮູບຕາມຕົ້ນສະບັບ, ເປີດໂໝດເບິ່ງໃນຕາຕະລາງຮູບ: ມັນສະແດງຮູບຊັດ ແລະ ມີສີ ຈົນກວ່າທ່ານຈະປິດມັນ ຫຼື ປິດແຖບ. ທຸກຮູບທີ່ສະແດງຊັດຍັງຖືກບັນທຶກໃນບັນທຶກການກວດສອບ.
web-settings-viewing-toggle = ໂໝດເບິ່ງ (ຊັດ, ບັນທຶກການກວດສອບ)
web-item-rendition = ຮູບ (ປິດບັງ)
web-item-reveal = ສະແດງຊັດ ແລະ ມີສີ (ບັນທຶກໃນບັນທຶກການກວດສອບ)
web-item-matches = ການກົງກັນກັບຊຸດຄ່າແຮຊ
web-item-no-matches = ບໍ່ມີການກົງກັນກັບຊຸດຄ່າແຮຊໃນຄະດີທີ່ທ່ານເບິ່ງໄດ້.
web-item-similar = ຮູບທີ່ຄ້າຍກັນໃນຄະດີນີ້ ແລະ ຄະດີອື່ນ
web-item-no-pdq = ລາຍການນີ້ບໍ່ມີຄ່າແຮຊ PDQ: ມັນບໍ່ໄດ້ຖືກຖອດລະຫັດເປັນຮູບ.
web-col-method = ວິທີ
web-col-distance = ໄລຍະຫ່າງ
web-col-dihedral = ທິດທາງ
web-col-profile = ໂປຣໄຟລ໌ໝວດ
web-search-link = ຄົ້ນຫາດ້ວຍຮູບ
web-search-heading = ຄົ້ນຫາດ້ວຍຮູບຈາກພາຍນອກຫ້ອງປະຕິບັດການ
web-search-picture = ຮູບ
web-search-submit = ຄົ້ນຫາ
web-search-not-stored = ຮູບບໍ່ຖືກເກັບໄວ້: ມີແຕ່ຄ່າ digest ແລະ ຄ່າແຮຊ PDQ ຂອງມັນທີ່ຖືກຄິດໄລ່, ຄົ້ນຫາ ແລະ ບັນທຶກໃນບັນທຶກການກວດສອບ.
web-search-none = ບໍ່ມີຫຍັງໃນຄະດີທີ່ທ່ານເບິ່ງໄດ້ ຫຼື ໃນຊຸດຄ່າແຮຊ ຢູ່ໃນໄລຍະຫ່າງ PDQ { $radius }.
web-search-same = ໄຟລ໌ດຽວກັນໃນຄະດີຂອງທ່ານ
web-search-known = ລາຍການໃນຊຸດຄ່າແຮຊ
web-error-upload-too-large = ຮູບໃຫຍ່ກວ່າ 16 MB ເຊິ່ງເປັນຂະໜາດສູງສຸດທີ່ການຄົ້ນຫາຮັບໄດ້.
web-progress-heading = ຄວາມຄືບໜ້າຂອງການກວດສອບ
web-progress-decided = ຕັດສິນແລ້ວ
web-progress-undecided = ຍັງບໍ່ໄດ້ຕັດສິນ
web-progress-reviewer = ຜູ້ກວດສອບ

## ViLab galleries, the clue board and training exercises (issue 20, branch webgallery)
web-galleries-heading = ຫ້ອງສະແດງຮູບ
web-galleries-none = ທ່ານຍັງບໍ່ໄດ້ເປັນສະມາຊິກຂອງຫ້ອງສະແດງຮູບໃດເທື່ອ.
web-gallery-title = ຫົວຂໍ້
web-gallery-audience = ກຸ່ມຜູ້ຊົມ
web-gallery-audience-partner = ອົງການຄູ່ຮ່ວມງານ
web-gallery-audience-trainee = ຜູ້ເຂົ້າຝຶກອົບຮົມ
web-gallery-audience-public = ສາທາລະນະຊົນ
web-gallery-opens = ເປີດແຕ່
web-gallery-closes = ປິດເມື່ອ
web-gallery-open = ເປີດຢູ່
web-gallery-closed = ປິດແລ້ວ
web-gallery-you-edit = ທ່ານເປັນຜູ້ແກ້ໄຂ
web-gallery-create = ສ້າງຫ້ອງສະແດງຮູບ
web-gallery-create-explain = ຜູ້ເຂົ້າຮ່ວມຈະເຫັນສະເພາະຮູບທີ່ເຮັດໄວ້ສຳລັບກຸ່ມຜູ້ຊົມຂອງຫ້ອງສະແດງຮູບເທົ່ານັ້ນ, ບໍ່ເຫັນຮູບຕົ້ນສະບັບເລີຍ, ແລະ ເຫັນໄດ້ສະເພາະໃນຊ່ວງວັນທີຂອງມັນ. ທ່ານເປັນຜູ້ແກ້ໄຂຄົນທຳອິດ.
web-gallery-span = ແຕ່ { $opens } ເຖິງ { $closes }
web-gallery-back = ກັບໄປຫ້ອງສະແດງຮູບ
web-gallery-board-items = ລາຍການ
web-gallery-item = ລາຍການ { $n }
web-gallery-items = ລາຍການ
web-gallery-no-picture = ຍັງບໍ່ມີຮູບ: ຍັງບໍ່ມີຮູບໃດຖືກເຮັດສຳລັບກຸ່ມຜູ້ຊົມນີ້.
web-gallery-no-items = ຍັງບໍ່ມີລາຍການ.
web-gallery-case = ຄະດີ
web-gallery-media = ລາຍການ
web-gallery-media-keys = ລາຍການ (#id ຫຼື SHA-256 ຂັ້ນດ້ວຍເຄື່ອງໝາຍຈຸດ)
web-gallery-add-items = ເພີ່ມລາຍການ
web-gallery-series = ຊຸດຮູບ (id)
web-gallery-add-series = ເພີ່ມຊຸດຮູບ
web-gallery-items-explain = ເພີ່ມໄດ້ສະເພາະລາຍການຂອງຄະດີທີ່ທ່ານເປັນສະມາຊິກ. ຜູ້ເຂົ້າຮ່ວມຈະບໍ່ຮູ້ຄະດີ, ຄ່າແຮຊ ຫຼື ຊຸດຮູບຂອງລາຍການ.
web-gallery-remove = ເອົາອອກ
web-gallery-members = ສະມາຊິກ
web-gallery-user = ຊື່ຜູ້ໃຊ້
web-gallery-role = ບົດບາດ
web-gallery-part = ເຂົ້າຮ່ວມໃນນາມ
web-gallery-part-editor = ຜູ້ແກ້ໄຂ
web-gallery-part-participant = ຜູ້ເຂົ້າຮ່ວມ
web-gallery-part-none = ບໍ່ເປັນສະມາຊິກອີກແລ້ວ
web-gallery-set-member = ບັນທຶກ
web-gallery-dates = ຫົວຂໍ້ ແລະ ວັນທີ
web-gallery-save = ບັນທຶກ
web-gallery-bundles = ຊຸດອອບໄລນ໌ທີ່ສ້າງແລ້ວ
web-gallery-no-bundles = ຍັງບໍ່ມີການສ້າງຊຸດອອບໄລນ໌ຈາກຫ້ອງສະແດງຮູບນີ້.
web-gallery-bundle = ຊຸດອອບໄລນ໌
web-gallery-recipient = ຜູ້ຮັບ
web-gallery-made = ສ້າງເມື່ອ
web-gallery-expires = ໝົດອາຍຸ
web-clue-board = ກະດານຂໍ້ຄຶດ
web-clue-live = ຂໍ້ຄຶດໃໝ່ຈະປາກົດຢູ່ນີ້ເອງ.
web-clue-none = ຍັງບໍ່ມີຂໍ້ຄຶດ.
web-clue-text = ຂໍ້ຄຶດຂອງທ່ານ
web-clue-post = ສົ່ງຂໍ້ຄຶດ
web-clue-pinned = ປັກໝຸດໃສ່ຮູບ
web-clue-no-pin = ຄລິກໃສ່ຮູບເພື່ອປັກໝຸດຂໍ້ຄຶດຂອງທ່ານໄວ້ຈຸດໜຶ່ງ (ບໍ່ບັງຄັບ).
web-clue-pin-explain = ຄລິກໃສ່ຮູບເພື່ອປັກໝຸດຂໍ້ຄຶດ.
web-clue-becomes-lead = ທຸກຂໍ້ຄຶດຈະສົ່ງເຖິງເຈົ້າໜ້າທີ່ສືບສວນເປັນແນວທາງການສືບສວນ ພ້ອມຊື່ຜູ້ໃຊ້ຂອງທ່ານ ແລະ ເວລາ.
web-exercise-link = ແບບຝຶກຫັດ
web-exercise-heading = ແບບຝຶກຫັດການຝຶກອົບຮົມ
web-exercise-set = ກຳນົດແບບຝຶກຫັດ
web-exercise-set-explain = ໃຫ້ຄຳຕອບທີ່ຮູ້ແລ້ວຂອງແຕ່ລະລາຍການ; ລາຍການທີ່ບໍ່ມີປະເທດຈະບໍ່ຖືກລວມ. ຜູ້ເຂົ້າຝຶກອົບຮົມຈະບໍ່ເຫັນຄຳຕອບເຫຼົ່ານີ້ ຫຼື ຄະແນນ.
web-exercise-rubric = ຄະແນນ
web-exercise-country-points = ປະເທດຖືກຕ້ອງ
web-exercise-place-points = ສະຖານທີ່ຖືກຕ້ອງ
web-exercise-object-points = ວັດຖຸທີ່ຖືກຕ້ອງແຕ່ລະອັນ
web-exercise-wrong-object-penalty = ຫັກຕໍ່ວັດຖຸທີ່ຜິດແຕ່ລະອັນ
web-exercise-free-text-max = ຄະແນນສູງສຸດຂອງຂໍ້ຄວາມອິດສະຫຼະ
web-exercise-country = ປະເທດ
web-exercise-place = ສະຖານທີ່
web-exercise-objects = ວັດຖຸທີ່ຊ່ວຍລະບຸສະຖານທີ່
web-exercise-solving-lead = ແນວທາງທີ່ຊ່ວຍແກ້ໄຂຄະດີ
web-exercise-known = ຄຳຕອບທີ່ຮູ້ແລ້ວ
web-exercise-free-text = ເຫດຜົນຂອງທ່ານ
web-exercise-answer = ບັນທຶກຄຳຕອບ
web-exercise-answered = ບັນທຶກຄຳຕອບຂອງທ່ານແລ້ວ; ທ່ານແກ້ໄຂໄດ້ໃນຂະນະທີ່ຫ້ອງສະແດງຮູບຍັງເປີດຢູ່.
web-exercise-trainee-explain = ສຳລັບແຕ່ລະລາຍການ, ໃຫ້ບອກວ່າທ່ານຄິດວ່າຮູບຖືກຖ່າຍຢູ່ໃສ ແລະ ທ່ານຈະຕິດຕາມວັດຖຸໃດ. ຄຳຕອບຫຼ້າສຸດຂອງທ່ານຈະຖືກນັບ.
web-exercise-results = ຜົນໄດ້ຮັບ
web-results-by-trainee = ຕາມຜູ້ເຂົ້າຝຶກອົບຮົມ
web-results-by-item = ຕາມລາຍການ
web-results-answers = ຄຳຕອບ
web-results-trainee = ຜູ້ເຂົ້າຝຶກອົບຮົມ
web-results-answered = ຕອບແລ້ວ
web-results-points = ຄະແນນ
web-results-pending = ຂໍ້ຄວາມອິດສະຫຼະທີ່ຍັງບໍ່ໄດ້ໃຫ້ຄະແນນ
web-results-country-right = ປະເທດຖືກຕ້ອງ
web-results-place-right = ສະຖານທີ່ຖືກຕ້ອງ
web-results-free-text = ຂໍ້ຄວາມອິດສະຫຼະ
web-results-mark = ຄະແນນຂໍ້ຄວາມອິດສະຫຼະ
web-results-save-mark = ບັນທຶກ
web-country-kh = ກຳປູເຈຍ
web-country-la = ລາວ
web-country-th = ໄທ
web-country-vn = ຫວຽດນາມ
web-country-other = ປະເທດອື່ນ
web-object-shop_sign = ປ້າຍຮ້ານ
web-object-power_socket = ປລັກສຽບໄຟ
web-object-licence_plate = ປ້າຍທະບຽນລົດ
web-object-banknote = ທະນະບັດ
web-object-product_label = ສະຫຼາກສິນຄ້າ
web-object-other = ວັດຖຸອື່ນ
