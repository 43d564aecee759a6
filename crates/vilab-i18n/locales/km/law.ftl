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

criterion-child-age = អាយុក្រោមដែលបុគ្គលម្នាក់ត្រូវចាត់ទុកជាកុមារ
criterion-age-threshold = អាយុក្រោមដែលសកម្មភាពផ្លូវភេទជាមួយកុមារជាបទល្មើស ទោះបីមានការយល់ព្រមក៏ដោយ
criterion-csam-defined = ច្បាប់មាននិយមន័យនៃសម្ភារៈរំលោភបំពានផ្លូវភេទកុមារ
criterion-csam-under18 = និយមន័យគ្របដណ្តប់លើកុមារទាំងអស់ដែលមានអាយុក្រោម 18 ឆ្នាំ
criterion-csam-virtual = គ្របដណ្តប់លើសម្ភារៈនិម្មិត ឬសម្ភារៈដែលបង្កើតដោយកុំព្យូទ័រ
criterion-sex-with-child = សកម្មភាពផ្លូវភេទជាមួយកុមារដែលមានអាយុក្រោមកម្រិតអាយុ (លក្ខណៈវិនិច្ឆ័យបន្ថែមរបស់ vilab)
criterion-buy-sex-child = ការទិញសេវាផ្លូវភេទពីកុមារ
criterion-procure-child-prostitution = ការផ្គត់ផ្គង់ ឬបង្ខិតបង្ខំកុមារឱ្យធ្វើពេស្យាចារ (លក្ខណៈវិនិច្ឆ័យបន្ថែមរបស់ vilab)
criterion-child-trafficking = ការជួញដូរកុមារ (លក្ខណៈវិនិច្ឆ័យបន្ថែមរបស់ vilab)
criterion-csam-produce = ការផលិតសម្ភារៈរំលោភបំពានផ្លូវភេទកុមារ
criterion-csam-distribute = ការចែកចាយ ជួញដូរ ឬបញ្ជូនបន្តសម្ភារៈរំលោភបំពានផ្លូវភេទកុមារ
criterion-csam-possess-with-intent = ការកាន់កាប់សម្ភារៈរំលោភបំពានផ្លូវភេទកុមារក្នុងគោលបំណងចែកចាយ
criterion-csam-possess-simple = ការគ្រាន់តែកាន់កាប់សម្ភារៈរំលោភបំពានផ្លូវភេទកុមារ
criterion-csam-access = ការចូលមើលសម្ភារៈរំលោភបំពានផ្លូវភេទកុមារតាមអនឡាញដោយចេតនា
criterion-csam-dolls = ការកាន់កាប់ ផលិត ឬជួញដូរតុក្កតាផ្លូវភេទដែលមានរូបរាងដូចកុមារ (លក្ខណៈវិនិច្ឆ័យបន្ថែមរបស់ vilab)
criterion-grooming = ការលួងលោមកុមារក្នុងគោលបំណងផ្លូវភេទ (តាមអនឡាញ ឬក្រៅអនឡាញ)
criterion-child-victim-nonpunishment = កុមារជាជនរងគ្រោះមិនត្រូវបានដាក់ទោសទេ
criterion-legal-person-liability = នីតិបុគ្គល (ក្រុមហ៊ុន) អាចទទួលខុសត្រូវបាន
criterion-mandatory-minimum = ទោសដាក់ពន្ធនាគារអប្បបរមាជាកាតព្វកិច្ចចំពោះបទល្មើសផ្លូវភេទលើកុមារ ក្រៅពីកម្រិតទោស (លក្ខណៈវិនិច្ឆ័យបន្ថែមរបស់ vilab)
criterion-statute-of-limitations = ការចោទប្រកាន់បទល្មើសផ្លូវភេទលើកុមារផុតអាជ្ញាយុកាល ក្រោយរយៈពេលកំណត់ (លក្ខណៈវិនិច្ឆ័យបន្ថែមរបស់ vilab)
criterion-etj-active = យុត្តាធិការលើបទល្មើសដែលពលរដ្ឋរបស់ខ្លួនប្រព្រឹត្តនៅបរទេស (សញ្ជាតិរបស់ជនល្មើស)
criterion-etj-passive = យុត្តាធិការលើបទល្មើសនៅបរទេសដែលប្រព្រឹត្តលើពលរដ្ឋរបស់ខ្លួន (សញ្ជាតិរបស់ជនរងគ្រោះ)
criterion-etj-universal = យុត្តាធិការលើបទល្មើសនៅបរទេស មិនថាអ្នកណាជាអ្នកប្រព្រឹត្ត (លក្ខណៈវិនិច្ឆ័យបន្ថែមរបស់ vilab)
criterion-etj-double-criminality = យុត្តាធិការក្រៅដែនដីតម្រូវឱ្យអំពើនោះជាបទល្មើសនៅទីកន្លែងដែលបានប្រព្រឹត្តផងដែរ
criterion-extradite-nationals = រដ្ឋធ្វើបត្យាប័នពលរដ្ឋរបស់ខ្លួន (លក្ខណៈវិនិច្ឆ័យបន្ថែមរបស់ vilab)
criterion-confiscation-instruments = ការរឹបអូសឧបករណ៍ដែលប្រើក្នុងការប្រព្រឹត្តបទល្មើស
criterion-confiscation-proceeds = ការរឹបអូសផលដែលបានមកពីបទល្មើស
criterion-proceeds-fund-victims = ផលដែលបានរឹបអូសអាចប្រើសម្រាប់ការថែទាំ ឬសេវាជូនជនរងគ្រោះ (លក្ខណៈវិនិច្ឆ័យបន្ថែមរបស់ vilab)
criterion-victim-compensation = តុលាការអាចសម្រេចឱ្យផ្តល់សំណង ឬប្រគល់ទ្រព្យសម្បត្តិវិញដល់កុមារជាជនរងគ្រោះ (លក្ខណៈវិនិច្ឆ័យបន្ថែមរបស់ vilab)
criterion-mandatory-reporting = កាតព្វកិច្ចរាយការណ៍របស់អ្នកវិជ្ជាជីវៈ
criterion-isp-reporting = អ្នកផ្តល់សេវាអ៊ីនធឺណិតត្រូវរាយការណ៍
criterion-entry-ban-travel = ការលុបចោលទិដ្ឋាការ ការបណ្តេញចេញ ឬការហាមឃាត់មិនឱ្យចូលប្រទេស ចំពោះជនល្មើសក្នុងវិស័យធ្វើដំណើរ និងទេសចរណ៍

law-value-yes = មាន
law-value-no = គ្មាន
law-value-partial = មួយផ្នែក
law-value-draft = សេចក្តីព្រាងច្បាប់
law-value-unknown = មិនច្បាស់
law-value-not-found = រកមិនឃើញ
law-no-data = គ្មានទិន្នន័យ
law-conflict = ផ្ទុយគ្នា
law-cell-conflict = { law-conflict }៖ { $answers }

law-confidence-primary = បឋម
law-confidence-secondary = បន្ទាប់បន្សំ
law-confidence-conflict = ផ្ទុយគ្នា

law-table-criterion = លក្ខណៈវិនិច្ឆ័យ
law-legend-confidence = [P] ប្រភពបឋម  [S] ប្រភពបន្ទាប់បន្សំ  [C] ប្រភពផ្ទុយគ្នា
law-legend-conflict = { law-conflict }៖ ប្រភពនានាមិនស្របគ្នា; `vilab law show CODE CRITERION` បង្ហាញតម្លៃនីមួយៗជាមួយប្រភពរបស់វា។
law-legend-empty = { law-no-data }៖ មិនមានអ្វីត្រូវបានកត់ត្រាទេ; { law-value-not-found }៖ ការស្រាវជ្រាវបានស្វែងរក តែរកមិនឃើញអ្វីទេ។
law-legend-cut = …៖ កាត់ត្រឹម { $chars } តួអក្សរ; `vilab law show CODE CRITERION` បង្ហាញពេញលេញ។
law-legend-primary = ប្រភពបឋម
law-legend-secondary = ប្រភពបន្ទាប់បន្សំ
law-legend-conflicting = ប្រភពផ្ទុយគ្នា

law-term =
    { $years ->
        [0] { $months } ខែ
       *[other] { $months ->
            [0] { $years } ឆ្នាំ
           *[other] { $years } ឆ្នាំ { $months } ខែ
        }
    }
law-prison-range = ដាក់ពន្ធនាគារពី { $min } ដល់ { $max }
law-prison-up-to = ដាក់ពន្ធនាគារមិនលើសពី { $max }
law-prison-at-least = ដាក់ពន្ធនាគារយ៉ាងតិច { $min }
law-penalty-life = ដាក់ពន្ធនាគារអស់មួយជីវិត
law-penalty-death = ទោសប្រហារជីវិត
law-fine-range = ពិន័យជាប្រាក់ { $currency } { $min }–{ $max }
law-fine-up-to = ពិន័យជាប្រាក់មិនលើសពី { $currency } { $max }
law-fine-from = ពិន័យជាប្រាក់ចាប់ពី { $currency } { $min }
law-fine-converted = { $fine } (≈ { $usd } តាមអត្រា { $rate } { $currency }/USD, { $date })
law-combine-and = និង
law-combine-or = ឬ
law-combine-and-or = និង/ឬ
law-penalty-no-figures = គ្មានតួលេខ
law-penalty-not-found = រកមិនឃើញទោសទណ្ឌ
law-tier-victim = { $tier } (ជនរងគ្រោះ { $age })
law-tier-victim-below = ជនរងគ្រោះអាយុក្រោម { $age } ឆ្នាំ
law-tier-victim-from = ជនរងគ្រោះអាយុចាប់ពី { $age } ឆ្នាំឡើងទៅ
law-tier-victim-band = ជនរងគ្រោះអាយុចាប់ពី { $from } ឆ្នាំ ដល់ក្រោម { $below } ឆ្នាំ
law-tier-aggravating = កាលៈទេសៈទម្ងន់ទោស៖ { $circumstances }
law-tier-mandatory-minimum = ទោសអប្បបរមាជាកាតព្វកិច្ច { $term }
law-aggravating-position-of-trust = ជនល្មើសមានតួនាទីជាអ្នកទុកចិត្ត ឬអ្នកថែទាំជនរងគ្រោះ
law-aggravating-abuse-of-office = ការរំលោភតំណែង ឬអំណាចផ្លូវការ
law-aggravating-victim-impairment = ជនរងគ្រោះមានពិការភាពផ្លូវចិត្ត ឬផ្លូវកាយ
law-aggravating-repeated = ប្រព្រឹត្តលើជនរងគ្រោះច្រើនដង
law-aggravating-recidivism = ធ្លាប់មានទោសពីមុន (ល្មើសសាជាថ្មី)
law-aggravating-multiple-victims = ជនរងគ្រោះពីរនាក់ឡើងទៅ
law-aggravating-commercial = ដើម្បីរកកម្រៃ ឬក្នុងគោលបំណងពាណិជ្ជកម្ម
law-aggravating-professional = ប្រព្រឹត្តជាវិជ្ជាជីវៈ ឬជាទម្លាប់
law-aggravating-organised-group = ប្រព្រឹត្តដោយក្រុមដែលមានការរៀបចំ
law-aggravating-weapon = ប្រើអាវុធ
law-aggravating-coercion = ប្រើកម្លាំង ការគំរាមកំហែង ឬការបង្ខិតបង្ខំ
law-aggravating-internet = ប្រើអ៊ីនធឺណិត ឬបណ្តាញកុំព្យូទ័រ
law-aggravating-recorded = អំពើនោះត្រូវបានថតទុក
law-aggravating-distributed = ការថតអំពើនោះត្រូវបានចែកចាយ
law-aggravating-cross-border = ជនរងគ្រោះត្រូវបាននាំឆ្លងព្រំដែន
law-aggravating-serious-harm = បង្កគ្រោះថ្នាក់ធ្ងន់ធ្ងរដល់ជនរងគ្រោះ
law-aggravating-cruelty = ការប្រព្រឹត្តដោយឃោរឃៅ អមនុស្សធម៌ ឬបន្ថោកកិត្តិយស
law-aggravating-death = ការស្លាប់របស់ជនរងគ្រោះ
law-limitation-years = { $years } ឆ្នាំ
law-limitation-none = គ្មានអាជ្ញាយុកាល៖ អាចចាប់ផ្តើមចោទប្រកាន់បានគ្រប់ពេល
law-limitation-from-offence = គិតចាប់ពីថ្ងៃប្រព្រឹត្តបទល្មើស
law-limitation-from-victim-majority = គិតចាប់ពីថ្ងៃដែលជនរងគ្រោះគ្រប់អាយុ
law-limitation-offences = សម្រាប់ { $criteria }
law-condition-double-criminality = អំពើនោះជាបទល្មើសនៅទីកន្លែងដែលបានប្រព្រឹត្តផងដែរ (លក្ខខណ្ឌជាបទល្មើសទាំងសងខាង)
law-condition-residence = ជនល្មើសមានទីលំនៅក្នុងរដ្ឋនោះ
law-condition-nationality-at-offence = ជាពលរដ្ឋនៅពេលប្រព្រឹត្តបទល្មើស
law-condition-nationality-at-prosecution = ជាពលរដ្ឋនៅពេលត្រូវបានចោទប្រកាន់
law-condition-found-in-territory = ជនល្មើសត្រូវបានរកឃើញនៅក្នុងរដ្ឋនោះ
law-condition-complaint-or-request = មានពាក្យបណ្តឹងពីជនរងគ្រោះ ឬសំណើពីរដ្ឋដែលអំពើនោះបានកើតឡើង
law-condition-not-tried-abroad = ជនល្មើសមិនទាន់ត្រូវបានផ្តន្ទាទោសជាស្ថាពរនៅបរទេសចំពោះអំពើដដែល
law-condition-treaty = តាមដែលសន្ធិសញ្ញាដែលរដ្ឋនោះជាភាគីបានកំណត់
law-conditions-none = គ្មាន ក្រៅពីមូលដ្ឋានយុត្តាធិការខ្លួនឯង
law-condition-missing-double-criminality = មិនបានកត់ត្រាថាអំពើនោះជាបទល្មើសនៅទីកន្លែងដែលបានប្រព្រឹត្តឬទេ
law-condition-missing-residence = សំណួរមិនបានបញ្ជាក់ថាជនល្មើសរស់នៅទីណាទេ (--offender-resident)
law-condition-missing-nationality-at-offence = សំណួរមិនបានបញ្ជាក់សញ្ជាតិនៅពេលប្រព្រឹត្តបទល្មើសទេ
law-condition-missing-nationality-at-prosecution = សំណួរមិនបានបញ្ជាក់សញ្ជាតិនៅពេលត្រូវបានចោទប្រកាន់ទេ (--offender-now)
law-condition-missing-found-in-territory = សំណួរមិនបានបញ្ជាក់ថារកឃើញជនល្មើសនៅទីណាទេ (--offender-found)
law-condition-missing-complaint-or-request = សំណួរមិនបានបញ្ជាក់ថាមានពាក្យបណ្តឹង ឬសំណើឬទេ (--complaint)
law-condition-missing-not-tried-abroad = សំណួរមិនបានបញ្ជាក់ថាជនល្មើសធ្លាប់ត្រូវបានជំនុំជម្រះនៅបរទេសឬទេ (--tried-abroad)
law-condition-missing-treaty = មិនបានកត់ត្រាថាសន្ធិសញ្ញាណាមួយបានកំណត់ទេ

law-field-provisions = បទប្បញ្ញត្តិ៖ { $provisions }
law-field-penalty = ទោសទណ្ឌ៖ { $penalty }
law-field-source = ប្រភព៖ { $source }

law-show-no-data = { law-no-data }៖ មិនមានអ្វីត្រូវបានកត់ត្រាសម្រាប់លក្ខណៈវិនិច្ឆ័យនេះទេ។
law-show-conflict = { law-conflict }៖ ប្រភពខាងក្រោមមិនស្របគ្នា; មិនមានប្រភពណាមួយត្រូវបានជ្រើសរើសជាងប្រភពផ្សេងទេ។
law-show-value = តម្លៃទី { $n }៖ { $value }
law-show-meaning = អត្ថន័យ៖ { $meaning }
law-show-covers = គ្របដណ្តប់៖ { $criteria }
law-show-conditions = លក្ខខណ្ឌ៖ { $conditions }
law-show-limitation = អាជ្ញាយុកាល៖ { $limitation }
law-show-penalty = ទោសទណ្ឌ, { $tier }៖ { $penalty }
law-show-penalty-not-found = ទោសទណ្ឌ៖ { law-value-not-found }
law-show-range = វិសាលភាពនៃកម្រិតទាំងអស់៖ { $range }
law-show-replaced = ត្រូវបានជំនួសដោយ { $by } នៅ { $at }៖
law-show-was = ពីមុន៖ { $value }
law-show-from = មកពី៖ { $origin }
law-origin-bundled = ភ្ជាប់មកជាមួយកម្មវិធី៖ { $file }
law-origin-import = ការនាំចូល៖ { $name }

law-gap-conflict = ប្រភពផ្ទុយគ្នា
law-gap-no-offence = គ្មានបទល្មើស
law-gap-not-found = រកមិនឃើញ
law-gap-no-data = គ្មានទិន្នន័យ
law-gap-penalty-not-found = រកមិនឃើញទោសទណ្ឌ
law-gaps-heading = { $kind }៖
law-gaps-no-data-anywhere = គ្មានទិន្នន័យនៅក្នុងប្រទេសណាមួយដែលបានជ្រើសរើស៖

law-prosecute-question = តើនរណាអាចចោទប្រកាន់ { $conduct } ({ $label }) ដែលប្រព្រឹត្តនៅ { $place } ដោយពលរដ្ឋ { $offender }?
law-prosecute-question-victim = តើនរណាអាចចោទប្រកាន់ { $conduct } ({ $label }) ដែលប្រព្រឹត្តនៅ { $place } ដោយពលរដ្ឋ { $offender } លើជនរងគ្រោះដែលជាពលរដ្ឋ { $victim }?
law-prosecute-route = { $code } { $name }៖ { $answer } — { $basis }

law-answer-yes = អាច
law-answer-no = មិនអាច
law-answer-unknown = មិនច្បាស់
law-basis-territorial = យុត្តាធិការដែនដី (អំពើបានកើតឡើងនៅទីនោះ)
law-basis-active-nationality = សញ្ជាតិរបស់ជនល្មើស
law-basis-passive-nationality = សញ្ជាតិរបស់ជនរងគ្រោះ
law-basis-universal = យុត្តាធិការសកល (ច្បាប់របស់ខ្លួនគ្របដណ្តប់លើអំពើនៅបរទេស)

law-summary = { $code } { $criterion }៖ { $values }
law-summary-conflict = { $code } { $criterion }៖ { $values } — ប្រភពផ្ទុយគ្នា
law-summary-no-data = { $code } { $criterion }៖ { law-no-data }
law-reason-offence = បទល្មើស៖ { $summary }
law-reason-jurisdiction = យុត្តាធិការ៖ { $summary }
law-reason-not-named = { $rule } ដែលបានកត់ត្រាមិនបានរាប់បញ្ចូល { $conduct } ទេ
law-reason-offence-at-home = បទល្មើសតាមច្បាប់របស់ខ្លួន៖ { $summary }
law-reason-dc-not-required = លក្ខខណ្ឌជាបទល្មើសទាំងសងខាង៖ មិនតម្រូវ ({ $summary })
law-reason-dc-met-required = លក្ខខណ្ឌជាបទល្មើសទាំងសងខាង៖ { $code } តម្រូវ; បានបំពេញ ព្រោះ { $place } ចាត់ទុកអំពើនេះជាបទល្មើស
law-reason-dc-met-not-recorded = លក្ខខណ្ឌជាបទល្មើសទាំងសងខាង៖ មិនបានកត់ត្រាសម្រាប់ { $code }; បានបំពេញ ព្រោះ { $place } ចាត់ទុកអំពើនេះជាបទល្មើស
law-reason-dc-not-met = លក្ខខណ្ឌជាបទល្មើសទាំងសងខាង៖ តម្រូវ ហើយ { $place } មិនចាត់ទុកអំពើនេះជាបទល្មើសទេ
law-reason-dc-unclear = លក្ខខណ្ឌជាបទល្មើសទាំងសងខាង៖ មិនបានកត់ត្រាថា { $code } តម្រូវឬអត់ ហើយ { $place } មិនចាត់ទុកអំពើនេះជាបទល្មើសឱ្យបានច្បាស់លាស់ទេ
law-reason-condition-met = លក្ខខណ្ឌនៃ { $rule }៖ { $condition } — បានបំពេញ
law-reason-condition-not-met = លក្ខខណ្ឌនៃ { $rule }៖ { $condition } — មិនបានបំពេញ
law-reason-condition-unknown = លក្ខខណ្ឌនៃ { $rule }៖ { $condition } — មិនដឹង
law-reason-no-conditions = { $rule } មិនកំណត់លក្ខខណ្ឌណាមួយ ក្រៅពីមូលដ្ឋានយុត្តាធិការខ្លួនឯង
law-prosecute-decided = សម្រេចដោយលក្ខខណ្ឌ៖ { $conditions }
law-prosecute-unknowns = មិនច្បាស់ (ទិន្នន័យមិនបាននិយាយ)៖
law-unknown-offence = ថាតើ { $conduct } ជាបទល្មើសនៅ { $place } ឬទេ
law-unknown-reach = ថាតើច្បាប់របស់ { $code } គ្របដណ្តប់លើ { $conduct } ដែលប្រព្រឹត្តនៅបរទេសឬទេ ({ $rule })
law-unknown-offence-at-home = ថាតើ { $conduct } ជាបទល្មើសតាមច្បាប់របស់ { $code } ឬទេ
law-unknown-offence-dc = ថាតើ { $conduct } ជាបទល្មើសនៅ { $place } ឬទេ (លក្ខខណ្ឌជាបទល្មើសទាំងសងខាង)
law-unknown-dc = ថាតើ { $code } តម្រូវលក្ខខណ្ឌជាបទល្មើសទាំងសងខាងឬទេ ({ $rule })
law-unknown-penalty = ទោសទណ្ឌនៅ { $code }
law-unknown-condition = ថាតើលក្ខខណ្ឌនៃ { $rule } របស់ { $code } ត្រូវបានបំពេញឬទេ៖ { $condition } ({ $missing })
law-prosecute-disclaimer = បានពិចារណាតែមូលដ្ឋានដែលបានកត់ត្រាក្នុងទិន្នន័យប៉ុណ្ណោះ; នេះមិនមែនជាដំបូន្មានផ្លូវច្បាប់ទេ។

law-html-title = vilab — តារាងប្រៀបធៀបច្បាប់
law-html-heading = បទល្មើសលើកុមារ៖ ការប្រៀបធៀបច្បាប់
law-html-lead = តម្លៃនីមួយៗផ្អែកលើប្រភពដែលបានរាយនៅខាងក្រោមវា ជាមួយកម្រិតទំនុកចិត្តដែលការស្រាវជ្រាវបានផ្តល់ឱ្យ។ នៅពេលប្រភពមិនស្របគ្នា ក្រឡានោះត្រូវបានសម្គាល់ { $badge } ហើយទស្សនៈនីមួយៗត្រូវបានបង្ហាញ ដោយមិនជ្រើសរើសទស្សនៈណាមួយឡើយ។ “{ law-value-not-found }”៖ ការស្រាវជ្រាវបានស្វែងរក តែរកមិនឃើញអ្វីទេ; “{ law-no-data }”៖ មិនមានអ្វីត្រូវបានកត់ត្រាទេ។ ប្រាក់ពិន័យជារូបិយប័ណ្ណផ្សេងៗត្រូវបានប្តូរជាដុល្លារអាមេរិកសម្រាប់តែការប្រៀបធៀបប៉ុណ្ណោះ តាមអត្រាប្តូរប្រាក់ដែលមានកាលបរិច្ឆេទខាងក្រោម។
law-html-open-all = បើកក្រឡាទាំងអស់
law-html-close-all = បិទក្រឡាទាំងអស់
law-html-print-note = ពេលបោះពុម្ព ក្រឡាទាំងអស់ត្រូវបានបើក ដើម្បីឱ្យឯកសារបោះពុម្ពបង្ហាញប្រភពនៃតម្លៃនីមួយៗ។
law-html-provisions = បទប្បញ្ញត្តិ៖ { $provisions }
law-html-covers = គ្របដណ្តប់៖ { $criteria }
law-html-conditions = លក្ខខណ្ឌ៖ { $conditions }
law-html-limitation = អាជ្ញាយុកាល៖ { $limitation }
law-html-penalty-not-found = ទោសទណ្ឌ៖ { law-value-not-found }
law-html-instruments = លិខិតុបករណ៍ និងកាលបរិច្ឆេទរបស់វា
law-html-instruments-note = ប្រភពនានាមិនស្របគ្នាលើកាលបរិច្ឆេទ; កាលបរិច្ឆេទនីមួយៗត្រូវបានរាយជាមួយប្រភពរបស់វា។
law-html-date = { $kind }៖ { $date }
law-date-adopted = អនុម័ត
law-date-promulgated = ប្រកាសឱ្យប្រើ
law-date-published = ចុះផ្សាយក្នុងរាជកិច្ច
law-date-in-force = ចូលជាធរមាន
law-html-rates = អត្រាប្តូរប្រាក់ដែលប្រើសម្រាប់ការបង្ហាញ
law-html-sources = ប្រភព
law-html-notes = កំណត់សម្គាល់៖ ប្រភពនៃក្រឡានីមួយៗ
law-html-notes-lead = លេខនៅក្នុងក្រឡានីមួយៗនាំទៅកំណត់សម្គាល់របស់វា៖ ប្រភពទាំងអស់នៃតម្លៃដែលបានបង្ហាញ ជាមួយទីតាំងក្នុងប្រភពនោះ (មាត្រា ផ្នែក ទំព័រ) និងថ្ងៃដែលការស្រាវជ្រាវបានពិនិត្យវា។
law-html-note-checked = បានពិនិត្យថ្ងៃទី { $date }
law-html-note-undated = មិនបានកត់ត្រាថ្ងៃពិនិត្យ

law-period-since = ចូលជាធរមានចាប់ពី { $from }
law-period-ended = លែងជាធរមានចាប់ពី { $to }
law-period-span = ចូលជាធរមានចាប់ពី { $from } និងលែងជាធរមានចាប់ពី { $to }
law-period-amended = ត្រូវបានជំនួសដោយ { $instrument }
law-show-period = រយៈពេលជាធរមាន៖ { $period }
law-show-in-force-on = ជាធរមាននៅថ្ងៃទី { $date }
law-show-not-in-force-on = មិនជាធរមាននៅថ្ងៃទី { $date }
law-show-range-on = វិសាលភាពនៃកម្រិតដែលជាធរមាននៅថ្ងៃទី { $date }៖ { $range }
law-legend-at = ច្បាប់ជាធរមាននៅថ្ងៃទី { $date }។
law-html-at = ច្បាប់ជាធរមាននៅថ្ងៃទី { $date }។
law-html-all-periods = គ្រប់រយៈពេលនៃច្បាប់ដែលទិន្នន័យបានកត់ត្រា ដាក់ប្រៀបធៀបគ្នា។
law-chart-heading = ការប្រៀបធៀបរយៈពេលដាក់ពន្ធនាគារ
law-chart-note = សម្រាប់បទល្មើសនីមួយៗ យុត្តាធិការនីមួយៗមានរបារមួយ ចាប់ពីរយៈពេលដាក់ពន្ធនាគារតិចបំផុត ដល់ច្រើនបំផុតនៃគ្រប់កម្រិតទោស លើមាត្រដ្ឋានតែមួយគិតជាឆ្នាំ។ រង្វង់សម្គាល់ការដាក់ពន្ធនាគារអស់មួយជីវិត ហើយរាងចតុកោណស្មើសម្គាល់ទោសប្រហារជីវិត។ ប្រាក់ពិន័យមាននៅក្នុងតារាងខាងលើ។
law-chart-years = ឆ្នាំ
law-chart-no-minimum = គ្មានកម្រិតអប្បបរមា
law-chart-no-prison = មិនមានការកត់ត្រាទោសដាក់ពន្ធនាគារ
