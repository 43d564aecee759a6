### Native review status: NOT REVIEWED.
### These Lao texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Lao speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: law-written law-imported law-no-imports
### needs-review: law-imports-column-id law-imports-column-imported-at
### needs-review: law-imports-column-bytes law-imports-column-sha256
### needs-review: law-imports-column-name law-import-unknown law-import-needed
### needs-review: law-import-removed
### needs-review: criterion-child-age criterion-age-threshold
### needs-review: criterion-csam-defined criterion-csam-under18
### needs-review: criterion-csam-virtual criterion-sex-with-child
### needs-review: criterion-buy-sex-child criterion-procure-child-prostitution
### needs-review: criterion-child-trafficking criterion-csam-produce
### needs-review: criterion-csam-distribute criterion-csam-possess-with-intent
### needs-review: criterion-csam-possess-simple criterion-csam-access
### needs-review: criterion-grooming criterion-child-victim-nonpunishment
### needs-review: criterion-legal-person-liability criterion-etj-active
### needs-review: criterion-etj-passive criterion-etj-universal
### needs-review: criterion-etj-double-criminality
### needs-review: criterion-confiscation-instruments
### needs-review: criterion-confiscation-proceeds
### needs-review: criterion-mandatory-reporting criterion-isp-reporting
### needs-review: criterion-entry-ban-travel law-value-yes law-value-no
### needs-review: law-value-partial law-value-draft law-value-unknown
### needs-review: law-value-not-found law-no-data law-conflict
### needs-review: law-cell-conflict law-confidence-primary
### needs-review: law-confidence-secondary law-confidence-conflict
### needs-review: law-table-criterion law-legend-confidence
### needs-review: law-legend-conflict law-legend-empty law-legend-cut
### needs-review: law-legend-primary law-legend-secondary
### needs-review: law-legend-conflicting law-term law-prison-range
### needs-review: law-prison-up-to law-prison-at-least law-penalty-life
### needs-review: law-penalty-death law-fine-range law-fine-up-to
### needs-review: law-fine-from law-fine-converted law-combine-and
### needs-review: law-combine-or law-combine-and-or law-penalty-no-figures
### needs-review: law-penalty-not-found law-tier-victim law-field-provisions
### needs-review: law-field-penalty law-field-source law-show-no-data
### needs-review: law-show-conflict law-show-value law-show-meaning
### needs-review: law-show-covers law-show-penalty law-show-penalty-not-found
### needs-review: law-show-range law-show-replaced law-show-was law-show-from
### needs-review: law-origin-bundled law-origin-import law-gap-conflict
### needs-review: law-gap-no-offence law-gap-not-found law-gap-no-data
### needs-review: law-gap-penalty-not-found law-gaps-heading
### needs-review: law-gaps-no-data-anywhere law-prosecute-question
### needs-review: law-prosecute-question-victim law-prosecute-route
### needs-review: law-answer-yes law-answer-no law-answer-unknown
### needs-review: law-basis-territorial law-basis-active-nationality
### needs-review: law-basis-passive-nationality law-basis-universal
### needs-review: law-summary law-summary-conflict law-summary-no-data
### needs-review: law-reason-offence law-reason-jurisdiction
### needs-review: law-reason-not-named law-reason-offence-at-home
### needs-review: law-reason-dc-not-required law-reason-dc-met-required
### needs-review: law-reason-dc-met-not-recorded law-reason-dc-not-met
### needs-review: law-reason-dc-unclear law-prosecute-unknowns
### needs-review: law-unknown-offence law-unknown-reach
### needs-review: law-unknown-offence-at-home law-unknown-offence-dc
### needs-review: law-unknown-dc law-unknown-penalty law-prosecute-disclaimer
### needs-review: law-html-title law-html-heading law-html-lead
### needs-review: law-html-open-all law-html-close-all law-html-print-note
### needs-review: law-html-provisions law-html-covers
### needs-review: law-html-penalty-not-found law-html-instruments
### needs-review: law-html-instruments-note law-html-date law-date-adopted
### needs-review: law-date-promulgated law-date-published law-date-in-force
### needs-review: law-html-rates law-html-sources
### needs-review: law-period-since law-period-ended law-period-span
### needs-review: law-period-amended law-show-period law-show-in-force-on
### needs-review: law-show-not-in-force-on law-show-range-on law-legend-at
### needs-review: law-html-at law-html-all-periods law-chart-heading
### needs-review: law-chart-note law-chart-years
### needs-review: law-chart-no-minimum law-chart-no-prison
### needs-review: criterion-csam-dolls criterion-mandatory-minimum
### needs-review: criterion-statute-of-limitations
### needs-review: criterion-extradite-nationals
### needs-review: criterion-proceeds-fund-victims
### needs-review: criterion-victim-compensation law-tier-victim-below
### needs-review: law-tier-victim-from law-tier-victim-band
### needs-review: law-tier-aggravating law-tier-mandatory-minimum
### needs-review: law-aggravating-position-of-trust
### needs-review: law-aggravating-abuse-of-office
### needs-review: law-aggravating-victim-impairment law-aggravating-repeated
### needs-review: law-aggravating-recidivism law-aggravating-multiple-victims
### needs-review: law-aggravating-commercial law-aggravating-professional
### needs-review: law-aggravating-organised-group law-aggravating-weapon
### needs-review: law-aggravating-coercion law-aggravating-internet
### needs-review: law-aggravating-recorded law-aggravating-distributed
### needs-review: law-aggravating-cross-border law-aggravating-serious-harm
### needs-review: law-aggravating-cruelty law-aggravating-death
### needs-review: law-limitation-years law-limitation-none
### needs-review: law-limitation-from-offence
### needs-review: law-limitation-from-victim-majority law-limitation-offences
### needs-review: law-condition-double-criminality law-condition-residence
### needs-review: law-condition-nationality-at-offence
### needs-review: law-condition-nationality-at-prosecution
### needs-review: law-condition-found-in-territory
### needs-review: law-condition-complaint-or-request
### needs-review: law-condition-not-tried-abroad law-condition-treaty
### needs-review: law-conditions-none law-condition-missing-double-criminality
### needs-review: law-condition-missing-residence
### needs-review: law-condition-missing-nationality-at-offence
### needs-review: law-condition-missing-nationality-at-prosecution
### needs-review: law-condition-missing-found-in-territory
### needs-review: law-condition-missing-complaint-or-request
### needs-review: law-condition-missing-not-tried-abroad
### needs-review: law-condition-missing-treaty law-show-conditions
### needs-review: law-show-limitation law-reason-condition-met
### needs-review: law-reason-condition-not-met law-reason-condition-unknown
### needs-review: law-reason-no-conditions law-prosecute-decided
### needs-review: law-unknown-condition law-html-conditions
### needs-review: law-html-limitation
### needs-review: law-html-notes law-html-notes-lead law-html-note-checked
### needs-review: law-html-note-undated
### reviewed:

law-written = ຂຽນແລ້ວ: { $path }
law-imported = ນຳເຂົ້າ { $name } ເປັນການນຳເຂົ້າເລກທີ { $id }: ແຫຼ່ງຂໍ້ມູນ, ນິຕິກຳ ແລະ ບົດບັນຍັດ { $records } ລາຍການ; ຄ່າທີ່ຖືກແທນທີ່ (ຄ່າເກົ່າເກັບໄວ້ໃນປະຫວັດ): { $replaced }; ຄ່າທີ່ເພີ່ມ: { $added }
law-no-imports = ບໍ່ມີການນຳເຂົ້າ: ຕາຕະລາງປຽບທຽບກົດໝາຍໃຊ້ສະເພາະຂໍ້ມູນທີ່ມາພ້ອມກັບໂປຣແກຣມ

law-imports-column-id = ເລກທີ
law-imports-column-imported-at = ເວລານຳເຂົ້າ
law-imports-column-bytes = ໄບຕ໌
law-imports-column-sha256 = sha256
law-imports-column-name = ຊື່

law-import-unknown =
    { $held ->
        [0] ບໍ່ມີການນຳເຂົ້າກົດໝາຍເລກທີ { $id } ໃນຫ້ອງທົດລອງນີ້ (ບໍ່ມີການນຳເຂົ້າໃດໆ; ເບິ່ງ `vilab law imports`)
       *[other] ບໍ່ມີການນຳເຂົ້າກົດໝາຍເລກທີ { $id } ໃນຫ້ອງທົດລອງນີ້ (ການນຳເຂົ້າທີ່ມີ: { $ids }; ເບິ່ງ `vilab law imports`)
    }
law-import-needed = ບໍ່ໄດ້ລຶບການນຳເຂົ້າ { $id } ({ $name }): ການນຳເຂົ້າ { $later } ({ $later_name }) ຈະໃຊ້ບໍ່ໄດ້ຖ້າບໍ່ມີການນຳເຂົ້ານີ້; ກະລຸນາລຶບການນຳເຂົ້າ { $later } ກ່ອນ
law-import-removed =
    { $remaining ->
        [0] ລຶບການນຳເຂົ້າ { $id } ({ $name }) ແລ້ວ; ຕາຕະລາງປຽບທຽບກົດໝາຍໃຊ້ສະເພາະຂໍ້ມູນທີ່ມາພ້ອມກັບໂປຣແກຣມ
        [1] ລຶບການນຳເຂົ້າ { $id } ({ $name }) ແລ້ວ; ຕາຕະລາງປຽບທຽບກົດໝາຍໃຊ້ພຽງການນຳເຂົ້າ { $ids }
       *[other] ລຶບການນຳເຂົ້າ { $id } ({ $name }) ແລ້ວ; ຕາຕະລາງປຽບທຽບກົດໝາຍໃຊ້ການນຳເຂົ້າ { $ids } ຕາມລຳດັບນັ້ນ
    }

criterion-child-age = ອາຍຸທີ່ຕ່ຳກວ່ານັ້ນ ບຸກຄົນຖືວ່າເປັນເດັກ
criterion-age-threshold = ອາຍຸທີ່ຕ່ຳກວ່ານັ້ນ ກິດຈະກຳທາງເພດກັບເດັກເປັນຄວາມຜິດ ບໍ່ວ່າຈະມີການຍິນຍອມຫຼືບໍ່
criterion-csam-defined = ກົດໝາຍມີຄຳນິຍາມຂອງສື່ການລ່ວງລະເມີດທາງເພດເດັກ
criterion-csam-under18 = ຄຳນິຍາມຄອບຄຸມເດັກທຸກຄົນທີ່ມີອາຍຸຕ່ຳກວ່າ 18 ປີ
criterion-csam-virtual = ຄອບຄຸມສື່ສະເໝືອນ ຫຼື ສື່ທີ່ສ້າງຂຶ້ນດ້ວຍຄອມພິວເຕີ
criterion-sex-with-child = ກິດຈະກຳທາງເພດກັບເດັກທີ່ມີອາຍຸຕ່ຳກວ່າເກນອາຍຸ (ເກນທີ່ vilab ເພີ່ມ)
criterion-buy-sex-child = ການຊື້ບໍລິການທາງເພດຈາກເດັກ
criterion-procure-child-prostitution = ການຈັດຫາ ຫຼື ບັງຄັບເດັກໃຫ້ຄ້າປະເວນີ (ເກນທີ່ vilab ເພີ່ມ)
criterion-child-trafficking = ການຄ້າມະນຸດທີ່ເປັນເດັກ (ເກນທີ່ vilab ເພີ່ມ)
criterion-csam-produce = ການຜະລິດສື່ການລ່ວງລະເມີດທາງເພດເດັກ
criterion-csam-distribute = ການເຜີຍແຜ່, ຄ້າຂາຍ ຫຼື ສົ່ງຕໍ່ສື່ການລ່ວງລະເມີດທາງເພດເດັກ
criterion-csam-possess-with-intent = ການມີສື່ການລ່ວງລະເມີດທາງເພດເດັກໄວ້ໃນຄອບຄອງເພື່ອເຜີຍແຜ່
criterion-csam-possess-simple = ການມີສື່ການລ່ວງລະເມີດທາງເພດເດັກໄວ້ໃນຄອບຄອງ ໂດຍບໍ່ມີເຈດຕະນາເຜີຍແຜ່
criterion-csam-access = ການເຂົ້າເຖິງສື່ການລ່ວງລະເມີດທາງເພດເດັກທາງອອນລາຍໂດຍເຈດຕະນາ
criterion-csam-dolls = ການມີໄວ້ໃນຄອບຄອງ, ການຜະລິດ ຫຼື ການຄ້າຂາຍຕຸ໊ກກະຕາທາງເພດທີ່ມີລັກສະນະຄືເດັກ (ເກນທີ່ vilab ເພີ່ມ)
criterion-grooming = ການລໍ້ລວງເດັກເພື່ອຈຸດປະສົງທາງເພດ (ທາງອອນລາຍ ຫຼື ນອກອອນລາຍ)
criterion-child-victim-nonpunishment = ເດັກທີ່ເປັນຜູ້ເຄາະຮ້າຍບໍ່ຖືກລົງໂທດ
criterion-legal-person-liability = ນິຕິບຸກຄົນ (ບໍລິສັດ) ສາມາດຮັບຜິດຊອບທາງອາຍາໄດ້
criterion-mandatory-minimum = ໂທດຈຳຄຸກຂັ້ນຕ່ຳທີ່ສານຕ້ອງລົງ ສຳລັບຄວາມຜິດທາງເພດຕໍ່ເດັກ ນອກເໜືອຈາກອັດຕາໂທດ (ເກນທີ່ vilab ເພີ່ມ)
criterion-statute-of-limitations = ການດຳເນີນຄະດີຄວາມຜິດທາງເພດຕໍ່ເດັກໝົດອາຍຸຄວາມ ເມື່ອພົ້ນໄລຍະເວລາທີ່ກຳນົດ (ເກນທີ່ vilab ເພີ່ມ)
criterion-etj-active = ເຂດອຳນາດເໜືອຄວາມຜິດທີ່ພົນລະເມືອງຂອງຕົນກະທຳຢູ່ຕ່າງປະເທດ (ສັນຊາດຂອງຜູ້ກະທຳຜິດ)
criterion-etj-passive = ເຂດອຳນາດເໜືອຄວາມຜິດຢູ່ຕ່າງປະເທດທີ່ກະທຳຕໍ່ພົນລະເມືອງຂອງຕົນ (ສັນຊາດຂອງຜູ້ເຄາະຮ້າຍ)
criterion-etj-universal = ເຂດອຳນາດເໜືອຄວາມຜິດຢູ່ຕ່າງປະເທດ ບໍ່ວ່າຜູ້ໃດເປັນຜູ້ກະທຳ (ເກນທີ່ vilab ເພີ່ມ)
criterion-etj-double-criminality = ເຂດອຳນາດນອກອານາເຂດກຳນົດໃຫ້ການກະທຳຕ້ອງເປັນຄວາມຜິດຢູ່ບ່ອນທີ່ກະທຳນຳ
criterion-extradite-nationals = ລັດສົ່ງພົນລະເມືອງຂອງຕົນເປັນຜູ້ຮ້າຍຂ້າມແດນ (ເກນທີ່ vilab ເພີ່ມ)
criterion-confiscation-instruments = ການຮິບເຄື່ອງມືທີ່ໃຊ້ໃນການກະທຳຄວາມຜິດ
criterion-confiscation-proceeds = ການຮິບຊັບສິນທີ່ໄດ້ມາຈາກການກະທຳຄວາມຜິດ
criterion-proceeds-fund-victims = ຊັບສິນທີ່ຖືກຮິບອາດນຳໃຊ້ເຂົ້າໃນການເບິ່ງແຍງ ຫຼື ການບໍລິການແກ່ຜູ້ເຄາະຮ້າຍ (ເກນທີ່ vilab ເພີ່ມ)
criterion-victim-compensation = ສານອາດສັ່ງໃຫ້ໃຊ້ແທນຄ່າເສຍຫາຍ ຫຼື ສົ່ງຄືນຊັບສິນໃຫ້ແກ່ເດັກທີ່ເປັນຜູ້ເຄາະຮ້າຍ (ເກນທີ່ vilab ເພີ່ມ)
criterion-mandatory-reporting = ພັນທະລາຍງານຂອງຜູ້ປະກອບວິຊາຊີບ
criterion-isp-reporting = ຜູ້ໃຫ້ບໍລິການອິນເຕີເນັດຕ້ອງລາຍງານ
criterion-entry-ban-travel = ການຍົກເລີກວີຊາ, ການຂັບໄລ່ອອກນອກປະເທດ ຫຼື ການຫ້າມເຂົ້າປະເທດ ສຳລັບຜູ້ກະທຳຜິດໃນການເດີນທາງ ແລະ ທ່ອງທ່ຽວ

law-value-yes = ແມ່ນ
law-value-no = ບໍ່ແມ່ນ
law-value-partial = ບາງສ່ວນ
law-value-draft = ຮ່າງກົດໝາຍ
law-value-unknown = ບໍ່ຊັດເຈນ
law-value-not-found = ບໍ່ພົບ
law-no-data = ບໍ່ມີຂໍ້ມູນ
law-conflict = ຂັດແຍ່ງ
law-cell-conflict = { law-conflict }: { $answers }

law-confidence-primary = ຂັ້ນຕົ້ນ
law-confidence-secondary = ຂັ້ນສອງ
law-confidence-conflict = ຂັດແຍ່ງ

law-table-criterion = ເກນ
law-legend-confidence = [P] ແຫຼ່ງຂໍ້ມູນຂັ້ນຕົ້ນ  [S] ແຫຼ່ງຂໍ້ມູນຂັ້ນສອງ  [C] ແຫຼ່ງຂໍ້ມູນທີ່ຂັດແຍ່ງ
law-legend-conflict = { law-conflict }: ແຫຼ່ງຂໍ້ມູນບໍ່ສອດຄ່ອງກັນ; `vilab law show CODE CRITERION` ສະແດງແຕ່ລະຄ່າພ້ອມແຫຼ່ງຂໍ້ມູນຂອງມັນ.
law-legend-empty = { law-no-data }: ບໍ່ມີການບັນທຶກຫຍັງ; { law-value-not-found }: ການຄົ້ນຄວ້າໄດ້ຊອກຫາແລ້ວ ແຕ່ບໍ່ພົບຫຍັງ.
law-legend-cut = …: ຕັດທີ່ { $chars } ຕົວອັກສອນ; `vilab law show CODE CRITERION` ສະແດງທັງໝົດ.
law-legend-primary = ແຫຼ່ງຂໍ້ມູນຂັ້ນຕົ້ນ
law-legend-secondary = ແຫຼ່ງຂໍ້ມູນຂັ້ນສອງ
law-legend-conflicting = ແຫຼ່ງຂໍ້ມູນທີ່ຂັດແຍ່ງ

law-term =
    { $years ->
        [0] { $months } ເດືອນ
       *[other] { $months ->
            [0] { $years } ປີ
           *[other] { $years } ປີ { $months } ເດືອນ
        }
    }
law-prison-range = ຈຳຄຸກ { $min } ຫາ { $max }
law-prison-up-to = ຈຳຄຸກບໍ່ເກີນ { $max }
law-prison-at-least = ຈຳຄຸກບໍ່ຕ່ຳກວ່າ { $min }
law-penalty-life = ຈຳຄຸກຕະຫຼອດຊີວິດ
law-penalty-death = ປະຫານຊີວິດ
law-fine-range = ປັບໃໝ { $currency } { $min }–{ $max }
law-fine-up-to = ປັບໃໝບໍ່ເກີນ { $currency } { $max }
law-fine-from = ປັບໃໝຕັ້ງແຕ່ { $currency } { $min }
law-fine-converted = { $fine } (≈ { $usd } ຕາມອັດຕາ { $rate } { $currency }/USD, { $date })
law-combine-and = ແລະ
law-combine-or = ຫຼື
law-combine-and-or = ແລະ/ຫຼື
law-penalty-no-figures = ບໍ່ມີຕົວເລກ
law-penalty-not-found = ບໍ່ພົບອັດຕາໂທດ
law-tier-victim = { $tier } (ຜູ້ເຄາະຮ້າຍ { $age })
law-tier-victim-below = ຜູ້ເຄາະຮ້າຍອາຍຸຕ່ຳກວ່າ { $age } ປີ
law-tier-victim-from = ຜູ້ເຄາະຮ້າຍອາຍຸແຕ່ { $age } ປີຂຶ້ນໄປ
law-tier-victim-band = ຜູ້ເຄາະຮ້າຍອາຍຸແຕ່ { $from } ປີ ຫາ ຕ່ຳກວ່າ { $below } ປີ
law-tier-aggravating = ເຫດເພີ່ມໂທດ: { $circumstances }
law-tier-mandatory-minimum = ໂທດຂັ້ນຕ່ຳທີ່ສານຕ້ອງລົງ { $term }
law-aggravating-position-of-trust = ຜູ້ກະທຳຜິດຢູ່ໃນຖານະທີ່ໄດ້ຮັບຄວາມໄວ້ວາງໃຈ ຫຼື ເບິ່ງແຍງຜູ້ເຄາະຮ້າຍ
law-aggravating-abuse-of-office = ການສວຍໃຊ້ຕຳແໜ່ງໜ້າທີ່ ຫຼື ອຳນາດ
law-aggravating-victim-impairment = ຜູ້ເຄາະຮ້າຍມີຄວາມພິການທາງຈິດ ຫຼື ທາງຮ່າງກາຍ
law-aggravating-repeated = ກະທຳຕໍ່ຜູ້ເຄາະຮ້າຍຫຼາຍຄັ້ງ
law-aggravating-recidivism = ເຄີຍຖືກລົງໂທດມາກ່ອນ (ກະທຳຜິດຊ້ຳ)
law-aggravating-multiple-victims = ຜູ້ເຄາະຮ້າຍແຕ່ສອງຄົນຂຶ້ນໄປ
law-aggravating-commercial = ເພື່ອຫາຜົນປະໂຫຍດ ຫຼື ເພື່ອຈຸດປະສົງທາງການຄ້າ
law-aggravating-professional = ກະທຳເປັນອາຊີບ ຫຼື ເປັນນິໄສ
law-aggravating-organised-group = ກະທຳໂດຍກຸ່ມທີ່ມີການຈັດຕັ້ງ
law-aggravating-weapon = ໃຊ້ອາວຸດ
law-aggravating-coercion = ໃຊ້ກຳລັງ, ການຂົ່ມຂູ່ ຫຼື ການບັງຄັບ
law-aggravating-internet = ໃຊ້ອິນເຕີເນັດ ຫຼື ເຄືອຂ່າຍຄອມພິວເຕີ
law-aggravating-recorded = ການກະທຳຖືກບັນທຶກໄວ້
law-aggravating-distributed = ສິ່ງທີ່ບັນທຶກການກະທຳຖືກເຜີຍແຜ່
law-aggravating-cross-border = ຜູ້ເຄາະຮ້າຍຖືກພາຂ້າມຊາຍແດນ
law-aggravating-serious-harm = ຜູ້ເຄາະຮ້າຍໄດ້ຮັບອັນຕະລາຍຮ້າຍແຮງ
law-aggravating-cruelty = ການປະຕິບັດທີ່ໂຫດຮ້າຍ, ບໍ່ມີມະນຸດສະທຳ ຫຼື ຫຍາບຊ້າ
law-aggravating-death = ຜູ້ເຄາະຮ້າຍເສຍຊີວິດ
law-limitation-years = { $years } ປີ
law-limitation-none = ບໍ່ມີອາຍຸຄວາມ: ສາມາດເລີ່ມດຳເນີນຄະດີໄດ້ທຸກເວລາ
law-limitation-from-offence = ນັບແຕ່ວັນກະທຳຄວາມຜິດ
law-limitation-from-victim-majority = ນັບແຕ່ວັນທີ່ຜູ້ເຄາະຮ້າຍບັນລຸນິຕິພາວະ
law-limitation-offences = ສຳລັບ { $criteria }
law-condition-double-criminality = ການກະທຳເປັນຄວາມຜິດຢູ່ບ່ອນທີ່ກະທຳນຳ (ເງື່ອນໄຂຄວາມຜິດສອງຝ່າຍ)
law-condition-residence = ຜູ້ກະທຳຜິດມີທີ່ຢູ່ອາໄສໃນລັດນັ້ນ
law-condition-nationality-at-offence = ເປັນພົນລະເມືອງໃນເວລາກະທຳຄວາມຜິດ
law-condition-nationality-at-prosecution = ເປັນພົນລະເມືອງໃນເວລາຖືກດຳເນີນຄະດີ
law-condition-found-in-territory = ພົບຕົວຜູ້ກະທຳຜິດຢູ່ໃນລັດນັ້ນ
law-condition-complaint-or-request = ມີການຮ້ອງຟ້ອງຂອງຜູ້ເຄາະຮ້າຍ ຫຼື ການຮ້ອງຂໍຂອງລັດທີ່ເກີດການກະທຳ
law-condition-not-tried-abroad = ຜູ້ກະທຳຜິດຍັງບໍ່ເຄີຍຖືກຕັດສິນຊີ້ຂາດຢູ່ຕ່າງປະເທດ ສຳລັບການກະທຳດຽວກັນ
law-condition-treaty = ຕາມທີ່ສົນທິສັນຍາທີ່ລັດນັ້ນເປັນພາຄີກຳນົດໄວ້
law-conditions-none = ບໍ່ມີ ນອກເໜືອຈາກພື້ນຖານເຂດອຳນາດເອງ
law-condition-missing-double-criminality = ບໍ່ມີບັນທຶກວ່າການກະທຳເປັນຄວາມຜິດຢູ່ບ່ອນທີ່ກະທຳຫຼືບໍ່
law-condition-missing-residence = ຄຳຖາມບໍ່ໄດ້ລະບຸວ່າຜູ້ກະທຳຜິດອາໄສຢູ່ໃສ (--offender-resident)
law-condition-missing-nationality-at-offence = ຄຳຖາມບໍ່ໄດ້ລະບຸສັນຊາດໃນເວລາກະທຳຄວາມຜິດ
law-condition-missing-nationality-at-prosecution = ຄຳຖາມບໍ່ໄດ້ລະບຸສັນຊາດໃນເວລາຖືກດຳເນີນຄະດີ (--offender-now)
law-condition-missing-found-in-territory = ຄຳຖາມບໍ່ໄດ້ລະບຸວ່າພົບຕົວຜູ້ກະທຳຜິດຢູ່ໃສ (--offender-found)
law-condition-missing-complaint-or-request = ຄຳຖາມບໍ່ໄດ້ລະບຸວ່າມີການຮ້ອງຟ້ອງ ຫຼື ການຮ້ອງຂໍຫຼືບໍ່ (--complaint)
law-condition-missing-not-tried-abroad = ຄຳຖາມບໍ່ໄດ້ລະບຸວ່າຜູ້ກະທຳຜິດເຄີຍຖືກພິຈາລະນາຄະດີຢູ່ຕ່າງປະເທດຫຼືບໍ່ (--tried-abroad)
law-condition-missing-treaty = ບໍ່ມີບັນທຶກວ່າສົນທິສັນຍາໃດກຳນົດໄວ້

law-field-provisions = ບົດບັນຍັດ: { $provisions }
law-field-penalty = ໂທດ: { $penalty }
law-field-source = ແຫຼ່ງຂໍ້ມູນ: { $source }

law-show-no-data = { law-no-data }: ບໍ່ມີການບັນທຶກຫຍັງສຳລັບເກນນີ້.
law-show-conflict = { law-conflict }: ແຫຼ່ງຂໍ້ມູນຂ້າງລຸ່ມນີ້ບໍ່ສອດຄ່ອງກັນ; ບໍ່ໄດ້ເລືອກແຫຼ່ງໃດແຫຼ່ງໜຶ່ງ.
law-show-value = ຄ່າທີ { $n }: { $value }
law-show-meaning = ຄວາມໝາຍ: { $meaning }
law-show-covers = ຄອບຄຸມ: { $criteria }
law-show-conditions = ເງື່ອນໄຂ: { $conditions }
law-show-limitation = ອາຍຸຄວາມ: { $limitation }
law-show-penalty = ໂທດ, { $tier }: { $penalty }
law-show-penalty-not-found = ໂທດ: { law-value-not-found }
law-show-range = ຂອບເຂດຂອງທຸກລະດັບ: { $range }
law-show-replaced = ຖືກແທນທີ່ໂດຍ { $by } ເມື່ອ { $at }:
law-show-was = ເດີມ: { $value }
law-show-from = ມາຈາກ: { $origin }
law-origin-bundled = ມາພ້ອມກັບໂປຣແກຣມ: { $file }
law-origin-import = ການນຳເຂົ້າ: { $name }

law-gap-conflict = ແຫຼ່ງຂໍ້ມູນຂັດແຍ່ງກັນ
law-gap-no-offence = ບໍ່ມີຄວາມຜິດ
law-gap-not-found = ບໍ່ພົບ
law-gap-no-data = ບໍ່ມີຂໍ້ມູນ
law-gap-penalty-not-found = ບໍ່ພົບອັດຕາໂທດ
law-gaps-heading = { $kind }:
law-gaps-no-data-anywhere = ບໍ່ມີຂໍ້ມູນໃນປະເທດໃດທີ່ເລືອກເລີຍ:

law-prosecute-question = ໃຜສາມາດດຳເນີນຄະດີ { $conduct } ({ $label }) ທີ່ກະທຳຢູ່ { $place } ໂດຍພົນລະເມືອງ { $offender }?
law-prosecute-question-victim = ໃຜສາມາດດຳເນີນຄະດີ { $conduct } ({ $label }) ທີ່ກະທຳຢູ່ { $place } ໂດຍພົນລະເມືອງ { $offender }, ຜູ້ເຄາະຮ້າຍເປັນພົນລະເມືອງ { $victim }?
law-prosecute-route = { $code } { $name }: { $answer } — { $basis }

law-answer-yes = ໄດ້
law-answer-no = ບໍ່ໄດ້
law-answer-unknown = ບໍ່ຊັດເຈນ
law-basis-territorial = ຫຼັກອານາເຂດ (ການກະທຳເກີດຂຶ້ນຢູ່ທີ່ນັ້ນ)
law-basis-active-nationality = ສັນຊາດຂອງຜູ້ກະທຳຜິດ
law-basis-passive-nationality = ສັນຊາດຂອງຜູ້ເຄາະຮ້າຍ
law-basis-universal = ຫຼັກສາກົນ (ກົດໝາຍຂອງຕົນຄອບຄຸມການກະທຳຢູ່ຕ່າງປະເທດ)

law-summary = { $code } { $criterion }: { $values }
law-summary-conflict = { $code } { $criterion }: { $values } — ແຫຼ່ງຂໍ້ມູນຂັດແຍ່ງກັນ
law-summary-no-data = { $code } { $criterion }: { law-no-data }
law-reason-offence = ຄວາມຜິດ: { $summary }
law-reason-jurisdiction = ເຂດອຳນາດ: { $summary }
law-reason-not-named = { $rule } ທີ່ບັນທຶກໄວ້ບໍ່ໄດ້ລະບຸ { $conduct }
law-reason-offence-at-home = ຄວາມຜິດຕາມກົດໝາຍຂອງຕົນ: { $summary }
law-reason-dc-not-required = ເງື່ອນໄຂຄວາມຜິດສອງຝ່າຍ: ບໍ່ກຳນົດ ({ $summary })
law-reason-dc-met-required = ເງື່ອນໄຂຄວາມຜິດສອງຝ່າຍ: { $code } ກຳນົດ; ຄົບຖ້ວນ ເພາະ { $place } ຖືວ່າເປັນຄວາມຜິດ
law-reason-dc-met-not-recorded = ເງື່ອນໄຂຄວາມຜິດສອງຝ່າຍ: ບໍ່ມີບັນທຶກສຳລັບ { $code }; ຄົບຖ້ວນ ເພາະ { $place } ຖືວ່າເປັນຄວາມຜິດ
law-reason-dc-not-met = ເງື່ອນໄຂຄວາມຜິດສອງຝ່າຍ: ກຳນົດ ແລະ { $place } ບໍ່ຖືວ່າເປັນຄວາມຜິດ
law-reason-dc-unclear = ເງື່ອນໄຂຄວາມຜິດສອງຝ່າຍ: ບໍ່ມີບັນທຶກວ່າ { $code } ກຳນົດຫຼືບໍ່ ແລະ { $place } ບໍ່ໄດ້ຖືວ່າເປັນຄວາມຜິດຢ່າງຊັດເຈນ
law-reason-condition-met = ເງື່ອນໄຂຂອງ { $rule }: { $condition } — ຄົບຖ້ວນ
law-reason-condition-not-met = ເງື່ອນໄຂຂອງ { $rule }: { $condition } — ບໍ່ຄົບຖ້ວນ
law-reason-condition-unknown = ເງື່ອນໄຂຂອງ { $rule }: { $condition } — ບໍ່ຮູ້
law-reason-no-conditions = { $rule } ບໍ່ກຳນົດເງື່ອນໄຂໃດ ນອກເໜືອຈາກພື້ນຖານເຂດອຳນາດເອງ
law-prosecute-decided = ຕັດສິນໂດຍເງື່ອນໄຂ: { $conditions }
law-prosecute-unknowns = ບໍ່ຊັດເຈນ (ຂໍ້ມູນບໍ່ໄດ້ລະບຸ):
law-unknown-offence = ວ່າ { $conduct } ເປັນຄວາມຜິດຢູ່ { $place } ຫຼືບໍ່
law-unknown-reach = ວ່າກົດໝາຍຂອງ { $code } ຄອບຄຸມ { $conduct } ທີ່ກະທຳຢູ່ຕ່າງປະເທດຫຼືບໍ່ ({ $rule })
law-unknown-offence-at-home = ວ່າ { $conduct } ເປັນຄວາມຜິດຕາມກົດໝາຍຂອງ { $code } ຫຼືບໍ່
law-unknown-offence-dc = ວ່າ { $conduct } ເປັນຄວາມຜິດຢູ່ { $place } ຫຼືບໍ່ (ເງື່ອນໄຂຄວາມຜິດສອງຝ່າຍ)
law-unknown-dc = ວ່າ { $code } ກຳນົດເງື່ອນໄຂຄວາມຜິດສອງຝ່າຍຫຼືບໍ່ ({ $rule })
law-unknown-penalty = ອັດຕາໂທດຢູ່ { $code }
law-unknown-condition = ວ່າເງື່ອນໄຂຂອງ { $rule } ຂອງ { $code } ຄົບຖ້ວນຫຼືບໍ່: { $condition } ({ $missing })
law-prosecute-disclaimer = ພິຈາລະນາສະເພາະພື້ນຖານທີ່ບັນທຶກໄວ້ໃນຂໍ້ມູນເທົ່ານັ້ນ; ນີ້ບໍ່ແມ່ນຄຳແນະນຳທາງກົດໝາຍ.

law-html-title = vilab — ຕາຕະລາງປຽບທຽບກົດໝາຍ
law-html-heading = ຄວາມຜິດຕໍ່ເດັກ: ປຽບທຽບກົດໝາຍ
law-html-lead = ແຕ່ລະຄ່າອີງໃສ່ແຫຼ່ງຂໍ້ມູນທີ່ລະບຸໄວ້ຂ້າງລຸ່ມຂອງມັນ ພ້ອມລະດັບຄວາມໜ້າເຊື່ອຖືທີ່ການຄົ້ນຄວ້າກຳນົດ. ເມື່ອແຫຼ່ງຂໍ້ມູນບໍ່ສອດຄ່ອງກັນ ຊ່ອງນັ້ນຈະມີເຄື່ອງໝາຍ { $badge } ແລະ ສະແດງທຸກຄວາມເຫັນ ໂດຍບໍ່ເລືອກຄວາມເຫັນໃດ. “{ law-value-not-found }”: ການຄົ້ນຄວ້າໄດ້ຊອກຫາແລ້ວ ແຕ່ບໍ່ພົບຫຍັງ; “{ law-no-data }”: ບໍ່ມີການບັນທຶກຫຍັງ. ຄ່າປັບໃໝໃນສະກຸນເງິນອື່ນຖືກປ່ຽນເປັນໂດລາສະຫະລັດເພື່ອການປຽບທຽບເທົ່ານັ້ນ ຕາມອັດຕາແລກປ່ຽນທີ່ມີວັນທີລະບຸໄວ້ຂ້າງລຸ່ມ.
law-html-open-all = ເປີດທຸກຊ່ອງ
law-html-close-all = ປິດທຸກຊ່ອງ
law-html-print-note = ເມື່ອພິມ ທຸກຊ່ອງຈະຖືກເປີດ ເພື່ອໃຫ້ເອກະສານທີ່ພິມສະແດງແຫຼ່ງຂໍ້ມູນຂອງແຕ່ລະຄ່າ.
law-html-provisions = ບົດບັນຍັດ: { $provisions }
law-html-covers = ຄອບຄຸມ: { $criteria }
law-html-conditions = ເງື່ອນໄຂ: { $conditions }
law-html-limitation = ອາຍຸຄວາມ: { $limitation }
law-html-penalty-not-found = ໂທດ: { law-value-not-found }
law-html-instruments = ນິຕິກຳ ແລະ ວັນທີຂອງມັນ
law-html-instruments-note = ແຫຼ່ງຂໍ້ມູນບໍ່ສອດຄ່ອງກັນກ່ຽວກັບວັນທີ; ແຕ່ລະວັນທີລະບຸພ້ອມແຫຼ່ງຂໍ້ມູນຂອງມັນ.
law-html-date = { $kind }: { $date }
law-date-adopted = ຮັບຮອງ
law-date-promulgated = ປະກາດໃຊ້
law-date-published = ລົງໃນຈົດໝາຍເຫດທາງລັດຖະການ
law-date-in-force = ມີຜົນບັງຄັບໃຊ້
law-html-rates = ອັດຕາແລກປ່ຽນທີ່ໃຊ້ເພື່ອການສະແດງ
law-html-sources = ແຫຼ່ງຂໍ້ມູນ
law-html-notes = ໝາຍເຫດ: ແຫຼ່ງຂໍ້ມູນຂອງແຕ່ລະຊ່ອງ
law-html-notes-lead = ຕົວເລກໃນແຕ່ລະຊ່ອງນຳໄປສູ່ໝາຍເຫດຂອງມັນ: ແຫຼ່ງຂໍ້ມູນທັງໝົດຂອງຄ່າທີ່ສະແດງ ພ້ອມບ່ອນອ້າງອີງໃນແຫຼ່ງນັ້ນ (ມາດຕາ, ພາກ, ໜ້າ) ແລະ ວັນທີທີ່ການຄົ້ນຄວ້າໄດ້ກວດສອບ.
law-html-note-checked = ກວດສອບວັນທີ { $date }
law-html-note-undated = ບໍ່ໄດ້ບັນທຶກວັນທີກວດສອບ

law-period-since = ມີຜົນບັງຄັບໃຊ້ນັບແຕ່ { $from }
law-period-ended = ໝົດຜົນບັງຄັບໃຊ້ນັບແຕ່ { $to }
law-period-span = ມີຜົນບັງຄັບໃຊ້ນັບແຕ່ { $from } ແລະ ໝົດຜົນບັງຄັບໃຊ້ນັບແຕ່ { $to }
law-period-amended = ຖືກແທນທີ່ໂດຍ { $instrument }
law-show-period = ໄລຍະເວລາບັງຄັບໃຊ້: { $period }
law-show-in-force-on = ມີຜົນບັງຄັບໃຊ້ໃນວັນທີ { $date }
law-show-not-in-force-on = ບໍ່ມີຜົນບັງຄັບໃຊ້ໃນວັນທີ { $date }
law-show-range-on = ຂອບເຂດຂອງລະດັບທີ່ມີຜົນບັງຄັບໃຊ້ໃນວັນທີ { $date }: { $range }
law-legend-at = ກົດໝາຍທີ່ມີຜົນບັງຄັບໃຊ້ໃນວັນທີ { $date }.
law-html-at = ກົດໝາຍທີ່ມີຜົນບັງຄັບໃຊ້ໃນວັນທີ { $date }.
law-html-all-periods = ທຸກໄລຍະເວລາຂອງກົດໝາຍທີ່ຂໍ້ມູນໄດ້ບັນທຶກໄວ້, ວາງປຽບທຽບກັນ.
law-chart-heading = ປຽບທຽບໄລຍະເວລາຈຳຄຸກ
law-chart-note = ສຳລັບແຕ່ລະຄວາມຜິດ, ແຕ່ລະເຂດອຳນາດມີໜຶ່ງແຖບ ນັບແຕ່ໂທດຈຳຄຸກຕ່ຳສຸດ ຫາ ສູງສຸດຂອງທຸກລະດັບໂທດ, ໃນມາດຕາສ່ວນດຽວກັນເປັນປີ; ວົງມົນໝາຍເຖິງການຈຳຄຸກຕະຫຼອດຊີວິດ ແລະ ຮູບສີ່ຫຼ່ຽມຂ້າງເທົ່າໝາຍເຖິງໂທດປະຫານຊີວິດ. ໂທດປັບໃໝແມ່ນສະແດງຢູ່ໃນຕາຕະລາງຂ້າງເທິງ.
law-chart-years = ປີ
law-chart-no-minimum = ບໍ່ມີໂທດຂັ້ນຕ່ຳ
law-chart-no-prison = ບໍ່ມີການບັນທຶກໂທດຈຳຄຸກ
