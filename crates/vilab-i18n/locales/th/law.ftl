### Native review status: NOT REVIEWED.
### These Thai texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Thai speaker who works in child protection or criminal justice.
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

law-written = เขียนแล้ว: { $path }
law-imported = นำเข้า { $name } เป็นการนำเข้าหมายเลข { $id }: แหล่งที่มา ตราสาร และบทบัญญัติ { $records } รายการ; ค่าที่ถูกแทนที่ (ค่าเดิมเก็บไว้ในประวัติ): { $replaced }; ค่าที่เพิ่ม: { $added }
law-no-imports = ไม่มีการนำเข้า: ตารางเปรียบเทียบกฎหมายใช้เฉพาะข้อมูลที่มาพร้อมโปรแกรม

law-imports-column-id = หมายเลข
law-imports-column-imported-at = วันเวลาที่นำเข้า
law-imports-column-bytes = ไบต์
law-imports-column-sha256 = sha256
law-imports-column-name = ชื่อ

law-import-unknown =
    { $held ->
        [0] ไม่มีการนำเข้ากฎหมายหมายเลข { $id } ในห้องปฏิบัติการนี้ (ไม่มีการนำเข้าใดเลย; ดู `vilab law imports`)
       *[other] ไม่มีการนำเข้ากฎหมายหมายเลข { $id } ในห้องปฏิบัติการนี้ (การนำเข้าที่มี: { $ids }; ดู `vilab law imports`)
    }
law-import-needed = ไม่ได้ลบการนำเข้า { $id } ({ $name }): การนำเข้า { $later } ({ $later_name }) จะใช้ไม่ได้หากไม่มีการนำเข้านี้ กรุณาลบการนำเข้า { $later } ก่อน
law-import-removed =
    { $remaining ->
        [0] ลบการนำเข้า { $id } ({ $name }) แล้ว ตารางเปรียบเทียบกฎหมายใช้เฉพาะข้อมูลที่มาพร้อมโปรแกรม
        [1] ลบการนำเข้า { $id } ({ $name }) แล้ว ตารางเปรียบเทียบกฎหมายใช้การนำเข้า { $ids } เพียงรายการเดียว
       *[other] ลบการนำเข้า { $id } ({ $name }) แล้ว ตารางเปรียบเทียบกฎหมายใช้การนำเข้า { $ids } ตามลำดับนั้น
    }

criterion-child-age = อายุที่ต่ำกว่านั้นบุคคลถือเป็นเด็ก
criterion-age-threshold = อายุที่ต่ำกว่านั้นการกระทำทางเพศกับเด็กเป็นความผิดไม่ว่าจะยินยอมหรือไม่
criterion-csam-defined = กฎหมายกำหนดนิยามของสื่อที่แสดงการล่วงละเมิดทางเพศเด็ก
criterion-csam-under18 = นิยามครอบคลุมเด็กทุกคนที่อายุต่ำกว่า 18 ปี
criterion-csam-virtual = ครอบคลุมสื่อเสมือนหรือสื่อที่สร้างขึ้นด้วยคอมพิวเตอร์
criterion-sex-with-child = การกระทำทางเพศกับเด็กที่อายุต่ำกว่าเกณฑ์อายุ (เกณฑ์ที่ vilab เพิ่ม)
criterion-buy-sex-child = การซื้อบริการทางเพศจากเด็ก
criterion-procure-child-prostitution = การจัดหาหรือบังคับเด็กให้ค้าประเวณี (เกณฑ์ที่ vilab เพิ่ม)
criterion-child-trafficking = การค้ามนุษย์ที่เป็นเด็ก (เกณฑ์ที่ vilab เพิ่ม)
criterion-csam-produce = การผลิตสื่อที่แสดงการล่วงละเมิดทางเพศเด็ก
criterion-csam-distribute = การเผยแพร่ ค้า หรือส่งต่อสื่อที่แสดงการล่วงละเมิดทางเพศเด็ก
criterion-csam-possess-with-intent = การครอบครองสื่อที่แสดงการล่วงละเมิดทางเพศเด็กเพื่อเผยแพร่
criterion-csam-possess-simple = การครอบครองสื่อที่แสดงการล่วงละเมิดทางเพศเด็กโดยไม่มีเจตนาเผยแพร่
criterion-csam-access = การเข้าถึงสื่อที่แสดงการล่วงละเมิดทางเพศเด็กทางออนไลน์โดยรู้อยู่
criterion-csam-dolls = การครอบครอง ผลิต หรือค้าตุ๊กตาเพศที่มีลักษณะเหมือนเด็ก (เกณฑ์ที่ vilab เพิ่ม)
criterion-grooming = การล่อลวงเด็กเพื่อวัตถุประสงค์ทางเพศ (ทางออนไลน์หรือออฟไลน์)
criterion-child-victim-nonpunishment = เด็กที่เป็นผู้เสียหายไม่ถูกลงโทษ
criterion-legal-person-liability = นิติบุคคล (บริษัท) อาจต้องรับผิดได้
criterion-mandatory-minimum = โทษจำคุกขั้นต่ำที่ศาลต้องลงสำหรับความผิดทางเพศต่อเด็ก นอกเหนือจากอัตราโทษ (เกณฑ์ที่ vilab เพิ่ม)
criterion-statute-of-limitations = การดำเนินคดีความผิดทางเพศต่อเด็กขาดอายุความเมื่อพ้นระยะเวลาที่กำหนด (เกณฑ์ที่ vilab เพิ่ม)
criterion-etj-active = เขตอำนาจเหนือความผิดที่คนสัญชาติของตนกระทำในต่างประเทศ (หลักสัญชาติของผู้กระทำความผิด)
criterion-etj-passive = เขตอำนาจเหนือความผิดที่กระทำในต่างประเทศต่อคนสัญชาติของตน (หลักสัญชาติของผู้เสียหาย)
criterion-etj-universal = เขตอำนาจเหนือความผิดที่กระทำในต่างประเทศไม่ว่าผู้ใดเป็นผู้กระทำ (เกณฑ์ที่ vilab เพิ่ม)
criterion-etj-double-criminality = เขตอำนาจนอกอาณาเขตกำหนดให้การกระทำต้องเป็นความผิดในที่ที่กระทำด้วย
criterion-extradite-nationals = รัฐส่งคนสัญชาติของตนเป็นผู้ร้ายข้ามแดน (เกณฑ์ที่ vilab เพิ่ม)
criterion-confiscation-instruments = การริบทรัพย์สินที่ใช้ในการกระทำความผิด
criterion-confiscation-proceeds = การริบทรัพย์สินที่ได้มาจากการกระทำความผิด
criterion-proceeds-fund-victims = ทรัพย์สินที่ริบได้อาจนำไปใช้ในการดูแลหรือให้บริการแก่ผู้เสียหาย (เกณฑ์ที่ vilab เพิ่ม)
criterion-victim-compensation = ศาลอาจสั่งให้ชดใช้ค่าสินไหมทดแทนหรือคืนทรัพย์สินแก่เด็กที่เป็นผู้เสียหาย (เกณฑ์ที่ vilab เพิ่ม)
criterion-mandatory-reporting = หน้าที่แจ้งเหตุของผู้ประกอบวิชาชีพ
criterion-isp-reporting = ผู้ให้บริการอินเทอร์เน็ตต้องแจ้งเหตุ
criterion-entry-ban-travel = การเพิกถอนวีซ่า การเนรเทศ หรือการห้ามเข้าประเทศ สำหรับผู้กระทำความผิดในบริบทการเดินทางและการท่องเที่ยว

law-value-yes = ใช่
law-value-no = ไม่ใช่
law-value-partial = บางส่วน
law-value-draft = ร่างกฎหมาย
law-value-unknown = ไม่ทราบ
law-value-not-found = ไม่พบ
law-no-data = ไม่มีข้อมูล
law-conflict = ขัดแย้ง
law-cell-conflict = { law-conflict }: { $answers }

law-confidence-primary = ชั้นต้น
law-confidence-secondary = ชั้นรอง
law-confidence-conflict = ขัดแย้ง

law-table-criterion = เกณฑ์
law-legend-confidence = [P] แหล่งที่มาชั้นต้น  [S] แหล่งที่มาชั้นรอง  [C] แหล่งที่มาที่ขัดแย้ง
law-legend-conflict = { law-conflict }: แหล่งที่มาไม่สอดคล้องกัน; `vilab law show CODE CRITERION` แสดงแต่ละค่าพร้อมแหล่งที่มา
law-legend-empty = { law-no-data }: ไม่มีการบันทึกใด ๆ; { law-value-not-found }: การวิจัยได้ค้นหาแล้วแต่ไม่พบ
law-legend-cut = …: ตัดที่ { $chars } อักขระ; `vilab law show CODE CRITERION` แสดงข้อความเต็ม
law-legend-primary = แหล่งที่มาชั้นต้น
law-legend-secondary = แหล่งที่มาชั้นรอง
law-legend-conflicting = แหล่งที่มาที่ขัดแย้ง

law-term =
    { $years ->
        [0] { $months } เดือน
       *[other] { $months ->
            [0] { $years } ปี
           *[other] { $years } ปี { $months } เดือน
        }
    }
law-prison-range = จำคุก { $min } ถึง { $max }
law-prison-up-to = จำคุกไม่เกิน { $max }
law-prison-at-least = จำคุกไม่น้อยกว่า { $min }
law-penalty-life = จำคุกตลอดชีวิต
law-penalty-death = ประหารชีวิต
law-fine-range = ปรับ { $currency } { $min }–{ $max }
law-fine-up-to = ปรับไม่เกิน { $currency } { $max }
law-fine-from = ปรับตั้งแต่ { $currency } { $min }
law-fine-converted = { $fine } (≈ { $usd } ตามอัตรา { $rate } { $currency }/USD, { $date })
law-combine-and = และ
law-combine-or = หรือ
law-combine-and-or = และ/หรือ
law-penalty-no-figures = ไม่ระบุตัวเลข
law-penalty-not-found = ไม่พบอัตราโทษ
law-tier-victim = { $tier } (ผู้เสียหาย { $age })
law-tier-victim-below = ผู้เสียหายอายุต่ำกว่า { $age } ปี
law-tier-victim-from = ผู้เสียหายอายุ { $age } ปีขึ้นไป
law-tier-victim-band = ผู้เสียหายอายุ { $from } ปีขึ้นไปแต่ต่ำกว่า { $below } ปี
law-tier-aggravating = เหตุฉกรรจ์: { $circumstances }
law-tier-mandatory-minimum = โทษขั้นต่ำที่ศาลต้องลง { $term }
law-aggravating-position-of-trust = ผู้กระทำอยู่ในฐานะที่ผู้เสียหายไว้วางใจหรืออยู่ในความดูแล
law-aggravating-abuse-of-office = ใช้ตำแหน่งหน้าที่หรืออำนาจโดยมิชอบ
law-aggravating-victim-impairment = ผู้เสียหายมีความบกพร่องทางจิตหรือทางร่างกาย
law-aggravating-repeated = กระทำต่อผู้เสียหายซ้ำหลายครั้ง
law-aggravating-recidivism = เคยต้องคำพิพากษาให้ลงโทษมาก่อน (กระทำความผิดซ้ำ)
law-aggravating-multiple-victims = ผู้เสียหายตั้งแต่สองคนขึ้นไป
law-aggravating-commercial = เพื่อแสวงหาประโยชน์หรือเพื่อการค้า
law-aggravating-professional = กระทำเป็นอาชีพหรือเป็นปกติธุระ
law-aggravating-organised-group = กระทำโดยกลุ่มที่มีการจัดตั้ง
law-aggravating-weapon = ใช้อาวุธ
law-aggravating-coercion = ใช้กำลัง ข่มขู่ หรือบังคับ
law-aggravating-internet = ใช้อินเทอร์เน็ตหรือเครือข่ายคอมพิวเตอร์
law-aggravating-recorded = มีการบันทึกการกระทำไว้
law-aggravating-distributed = มีการเผยแพร่สิ่งที่บันทึกการกระทำไว้
law-aggravating-cross-border = พาผู้เสียหายข้ามพรมแดน
law-aggravating-serious-harm = ผู้เสียหายได้รับอันตรายสาหัส
law-aggravating-cruelty = การกระทำที่โหดร้าย ไร้มนุษยธรรม หรือย่ำยีศักดิ์ศรี
law-aggravating-death = ผู้เสียหายถึงแก่ความตาย
law-limitation-years = { $years } ปี
law-limitation-none = ไม่มีอายุความ: เริ่มดำเนินคดีได้ทุกเมื่อ
law-limitation-from-offence = นับแต่วันกระทำความผิด
law-limitation-from-victim-majority = นับแต่วันที่ผู้เสียหายบรรลุนิติภาวะ
law-limitation-offences = สำหรับ { $criteria }
law-condition-double-criminality = การกระทำเป็นความผิดในที่ที่กระทำด้วย (หลักความผิดอาญาสองรัฐ)
law-condition-residence = ผู้กระทำความผิดมีถิ่นที่อยู่ในรัฐนั้น
law-condition-nationality-at-offence = มีสัญชาติของรัฐนั้นในขณะกระทำความผิด
law-condition-nationality-at-prosecution = มีสัญชาติของรัฐนั้นในขณะถูกดำเนินคดี
law-condition-found-in-territory = พบตัวผู้กระทำความผิดในรัฐนั้น
law-condition-complaint-or-request = ผู้เสียหายร้องทุกข์ หรือรัฐที่เกิดการกระทำร้องขอ
law-condition-not-tried-abroad = ผู้กระทำความผิดยังไม่เคยถูกพิพากษาถึงที่สุดในต่างประเทศสำหรับการกระทำเดียวกัน
law-condition-treaty = ตามที่สนธิสัญญาซึ่งรัฐนั้นเป็นภาคีกำหนดไว้
law-conditions-none = ไม่มี นอกเหนือจากหลักเขตอำนาจนั้นเอง
law-condition-missing-double-criminality = ไม่มีบันทึกว่าการกระทำเป็นความผิดในที่ที่กระทำหรือไม่
law-condition-missing-residence = คำถามไม่ได้ระบุว่าผู้กระทำความผิดมีถิ่นที่อยู่ที่ใด (--offender-resident)
law-condition-missing-nationality-at-offence = คำถามไม่ได้ระบุสัญชาติในขณะกระทำความผิด
law-condition-missing-nationality-at-prosecution = คำถามไม่ได้ระบุสัญชาติในขณะถูกดำเนินคดี (--offender-now)
law-condition-missing-found-in-territory = คำถามไม่ได้ระบุว่าพบตัวผู้กระทำความผิดที่ใด (--offender-found)
law-condition-missing-complaint-or-request = คำถามไม่ได้ระบุว่ามีการร้องทุกข์หรือการร้องขอหรือไม่ (--complaint)
law-condition-missing-not-tried-abroad = คำถามไม่ได้ระบุว่าผู้กระทำความผิดเคยถูกพิจารณาคดีในต่างประเทศหรือไม่ (--tried-abroad)
law-condition-missing-treaty = ไม่มีบันทึกว่าสนธิสัญญาใดกำหนดไว้

law-field-provisions = บทบัญญัติ: { $provisions }
law-field-penalty = โทษ: { $penalty }
law-field-source = แหล่งที่มา: { $source }

law-show-no-data = { law-no-data }: ไม่มีการบันทึกใด ๆ สำหรับเกณฑ์นี้
law-show-conflict = { law-conflict }: แหล่งที่มาด้านล่างไม่สอดคล้องกัน; ไม่มีการเลือกแหล่งใดแหล่งหนึ่ง
law-show-value = ค่าที่ { $n }: { $value }
law-show-meaning = ความหมาย: { $meaning }
law-show-covers = ครอบคลุม: { $criteria }
law-show-conditions = เงื่อนไข: { $conditions }
law-show-limitation = อายุความ: { $limitation }
law-show-penalty = โทษ, { $tier }: { $penalty }
law-show-penalty-not-found = โทษ: { law-value-not-found }
law-show-range = ช่วงโทษของทุกระดับ: { $range }
law-show-replaced = ถูกแทนที่โดย { $by } เมื่อ { $at }:
law-show-was = เดิม: { $value }
law-show-from = จาก: { $origin }
law-origin-bundled = มาพร้อมโปรแกรม: { $file }
law-origin-import = การนำเข้า: { $name }

law-gap-conflict = แหล่งที่มาขัดแย้งกัน
law-gap-no-offence = ไม่มีความผิด
law-gap-not-found = ไม่พบ
law-gap-no-data = ไม่มีข้อมูล
law-gap-penalty-not-found = ไม่พบอัตราโทษ
law-gaps-heading = { $kind }:
law-gaps-no-data-anywhere = ไม่มีข้อมูลในประเทศใดที่เลือกเลย:

law-prosecute-question = ใครสามารถดำเนินคดี { $conduct } ({ $label }) ที่กระทำใน { $place } โดยคนสัญชาติ { $offender } ได้บ้าง?
law-prosecute-question-victim = ใครสามารถดำเนินคดี { $conduct } ({ $label }) ที่กระทำใน { $place } โดยคนสัญชาติ { $offender } ต่อผู้เสียหายสัญชาติ { $victim } ได้บ้าง?
law-prosecute-route = { $code } { $name }: { $answer } — { $basis }

law-answer-yes = ได้
law-answer-no = ไม่ได้
law-answer-unknown = ไม่ทราบ
law-basis-territorial = หลักดินแดน (การกระทำเกิดขึ้นที่นั่น)
law-basis-active-nationality = สัญชาติของผู้กระทำความผิด
law-basis-passive-nationality = สัญชาติของผู้เสียหาย
law-basis-universal = หลักสากล (กฎหมายของรัฐนั้นครอบคลุมการกระทำในต่างประเทศ)

law-summary = { $code } { $criterion }: { $values }
law-summary-conflict = { $code } { $criterion }: { $values } — แหล่งที่มาขัดแย้งกัน
law-summary-no-data = { $code } { $criterion }: { law-no-data }
law-reason-offence = ความผิด: { $summary }
law-reason-jurisdiction = เขตอำนาจ: { $summary }
law-reason-not-named = { $rule } ที่บันทึกไว้ไม่ได้ระบุ { $conduct }
law-reason-offence-at-home = ความผิดตามกฎหมายของตน: { $summary }
law-reason-dc-not-required = หลักความผิดอาญาสองรัฐ: ไม่กำหนด ({ $summary })
law-reason-dc-met-required = หลักความผิดอาญาสองรัฐ: { $code } กำหนด; เป็นไปตามหลักนี้ เพราะ { $place } ถือว่าเป็นความผิด
law-reason-dc-met-not-recorded = หลักความผิดอาญาสองรัฐ: ไม่มีบันทึกสำหรับ { $code }; เป็นไปตามหลักนี้ เพราะ { $place } ถือว่าเป็นความผิด
law-reason-dc-not-met = หลักความผิดอาญาสองรัฐ: กำหนด และ { $place } ไม่ถือว่าเป็นความผิด
law-reason-dc-unclear = หลักความผิดอาญาสองรัฐ: ไม่มีบันทึกว่า { $code } กำหนดหรือไม่ และ { $place } ไม่ได้ถือว่าเป็นความผิดอย่างชัดเจน
law-reason-condition-met = เงื่อนไขของ { $rule }: { $condition } — เป็นไปตามเงื่อนไข
law-reason-condition-not-met = เงื่อนไขของ { $rule }: { $condition } — ไม่เป็นไปตามเงื่อนไข
law-reason-condition-unknown = เงื่อนไขของ { $rule }: { $condition } — ไม่ทราบ
law-reason-no-conditions = { $rule } ไม่กำหนดเงื่อนไขใด นอกเหนือจากหลักเขตอำนาจนั้นเอง
law-prosecute-decided = ตัดสินโดยเงื่อนไข: { $conditions }
law-prosecute-unknowns = ไม่ทราบ (ข้อมูลไม่ได้ระบุ):
law-unknown-offence = { $conduct } เป็นความผิดใน { $place } หรือไม่
law-unknown-reach = กฎหมายของ { $code } ครอบคลุม { $conduct } ที่กระทำในต่างประเทศหรือไม่ ({ $rule })
law-unknown-offence-at-home = { $conduct } เป็นความผิดตามกฎหมายของ { $code } หรือไม่
law-unknown-offence-dc = { $conduct } เป็นความผิดใน { $place } หรือไม่ (หลักความผิดอาญาสองรัฐ)
law-unknown-dc = { $code } กำหนดหลักความผิดอาญาสองรัฐหรือไม่ ({ $rule })
law-unknown-penalty = อัตราโทษใน { $code }
law-unknown-condition = เงื่อนไขของ { $rule } ของ { $code } เป็นไปหรือไม่: { $condition } ({ $missing })
law-prosecute-disclaimer = พิจารณาเฉพาะหลักที่บันทึกไว้ในข้อมูลเท่านั้น; ข้อความนี้ไม่ใช่คำแนะนำทางกฎหมาย

law-html-title = vilab — ตารางเปรียบเทียบกฎหมาย
law-html-heading = ความผิดต่อเด็ก: เปรียบเทียบกฎหมาย
law-html-lead = แต่ละค่าอ้างอิงแหล่งที่มาที่ระบุไว้ใต้ค่านั้น พร้อมระดับความน่าเชื่อถือที่การวิจัยกำหนด หากแหล่งที่มาไม่สอดคล้องกัน ช่องนั้นจะมีเครื่องหมาย { $badge } และแสดงทุกความเห็นโดยไม่เลือกความเห็นใด “{ law-value-not-found }”: การวิจัยได้ค้นหาแล้วแต่ไม่พบ; “{ law-no-data }”: ไม่มีการบันทึกใด ๆ ค่าปรับในสกุลเงินอื่นแปลงเป็นดอลลาร์สหรัฐเพื่อการเปรียบเทียบเท่านั้น ตามอัตราแลกเปลี่ยนที่ระบุวันที่ไว้ด้านล่าง
law-html-open-all = เปิดทุกช่อง
law-html-close-all = ปิดทุกช่อง
law-html-print-note = เมื่อพิมพ์ ทุกช่องจะถูกเปิด เพื่อให้เอกสารที่พิมพ์แสดงแหล่งที่มาของแต่ละค่า
law-html-provisions = บทบัญญัติ: { $provisions }
law-html-covers = ครอบคลุม: { $criteria }
law-html-conditions = เงื่อนไข: { $conditions }
law-html-limitation = อายุความ: { $limitation }
law-html-penalty-not-found = โทษ: { law-value-not-found }
law-html-instruments = ตราสารและวันที่ของตราสาร
law-html-instruments-note = แหล่งที่มาระบุวันที่ไม่ตรงกัน; แต่ละวันที่แสดงพร้อมแหล่งที่มา
law-html-date = { $kind }: { $date }
law-date-adopted = ผ่านความเห็นชอบ
law-date-promulgated = ประกาศใช้
law-date-published = ประกาศในราชกิจจานุเบกษา
law-date-in-force = มีผลใช้บังคับ
law-html-rates = อัตราแลกเปลี่ยนที่ใช้เพื่อการแสดงผล
law-html-sources = แหล่งที่มา
law-html-notes = หมายเหตุ: แหล่งที่มาของแต่ละช่อง
law-html-notes-lead = ตัวเลขในแต่ละช่องนำไปยังหมายเหตุของช่องนั้น: แหล่งที่มาทั้งหมดของค่าที่แสดง พร้อมตำแหน่งในแหล่งที่มา (มาตรา ส่วน หน้า) และวันที่การวิจัยตรวจสอบ
law-html-note-checked = ตรวจสอบเมื่อ { $date }
law-html-note-undated = ไม่ได้บันทึกวันที่ตรวจสอบ

law-period-since = มีผลใช้บังคับตั้งแต่ { $from }
law-period-ended = สิ้นผลใช้บังคับตั้งแต่ { $to }
law-period-span = มีผลใช้บังคับตั้งแต่ { $from } และสิ้นผลใช้บังคับตั้งแต่ { $to }
law-period-amended = ถูกแทนที่โดย { $instrument }
law-show-period = ช่วงเวลาที่ใช้บังคับ: { $period }
law-show-in-force-on = มีผลใช้บังคับ ณ วันที่ { $date }
law-show-not-in-force-on = ไม่มีผลใช้บังคับ ณ วันที่ { $date }
law-show-range-on = ช่วงโทษของระดับที่มีผลใช้บังคับ ณ วันที่ { $date }: { $range }
law-legend-at = กฎหมายที่มีผลใช้บังคับ ณ วันที่ { $date }
law-html-at = กฎหมายที่มีผลใช้บังคับ ณ วันที่ { $date }
law-html-all-periods = กฎหมายทุกช่วงเวลาที่ข้อมูลบันทึกไว้ แสดงเปรียบเทียบกัน
law-chart-heading = เปรียบเทียบระยะเวลาจำคุก
law-chart-note = สำหรับแต่ละความผิด แต่ละเขตอำนาจมีหนึ่งแถบ แสดงตั้งแต่โทษจำคุกขั้นต่ำถึงขั้นสูงของทุกระดับโทษ บนมาตราส่วนเดียวกันในหน่วยปี วงกลมหมายถึงจำคุกตลอดชีวิต และรูปสี่เหลี่ยมขนมเปียกปูนหมายถึงโทษประหารชีวิต โทษปรับแสดงไว้ในตารางข้างต้น
law-chart-years = ปี
law-chart-no-minimum = ไม่มีโทษขั้นต่ำ
law-chart-no-prison = ไม่มีการบันทึกโทษจำคุก
