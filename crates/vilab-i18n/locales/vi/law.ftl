### Native review status: NOT REVIEWED.
### These Vietnamese texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Vietnamese speaker who works in child protection or criminal justice.
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

law-written = đã ghi: { $path }
law-imported = đã nhập { $name } thành lần nhập { $id }: { $records } nguồn, văn kiện và điều khoản; các giá trị bị thay thế (giá trị cũ được lưu trong lịch sử): { $replaced }; các giá trị được thêm: { $added }
law-no-imports = chưa có lần nhập nào: bảng đối chiếu pháp luật chỉ gồm dữ liệu đi kèm chương trình

law-imports-column-id = mã
law-imports-column-imported-at = thời điểm nhập
law-imports-column-bytes = byte
law-imports-column-sha256 = sha256
law-imports-column-name = tên

law-import-unknown =
    { $held ->
        [0] không có lần nhập văn bản pháp luật nào mang mã { $id } trong phòng thí nghiệm này (chưa có lần nhập nào; xem `vilab law imports`)
       *[other] không có lần nhập văn bản pháp luật nào mang mã { $id } trong phòng thí nghiệm này (các lần nhập hiện có: { $ids }; xem `vilab law imports`)
    }
law-import-needed = chưa xóa lần nhập { $id } ({ $name }): lần nhập { $later } ({ $later_name }) sẽ không còn áp dụng được nếu thiếu lần nhập này; hãy xóa lần nhập { $later } trước
law-import-removed =
    { $remaining ->
        [0] đã xóa lần nhập { $id } ({ $name }); bảng đối chiếu pháp luật giờ chỉ gồm dữ liệu đi kèm chương trình
        [1] đã xóa lần nhập { $id } ({ $name }); bảng đối chiếu pháp luật giờ chỉ áp dụng lần nhập { $ids }
       *[other] đã xóa lần nhập { $id } ({ $name }); bảng đối chiếu pháp luật giờ áp dụng các lần nhập { $ids } theo thứ tự đó
    }

criterion-child-age = Độ tuổi mà dưới đó một người là trẻ em
criterion-age-threshold = Độ tuổi mà dưới đó hành vi tình dục với trẻ em là tội phạm dù có sự đồng ý hay không
criterion-csam-defined = Pháp luật có định nghĩa nội dung xâm hại tình dục trẻ em
criterion-csam-under18 = Định nghĩa bao gồm mọi trẻ em dưới 18 tuổi
criterion-csam-virtual = Bao gồm nội dung ảo hoặc do máy tính tạo ra
criterion-sex-with-child = Hành vi tình dục với trẻ em dưới độ tuổi quy định (tiêu chí do vilab bổ sung)
criterion-buy-sex-child = Mua dâm trẻ em
criterion-procure-child-prostitution = Môi giới hoặc cưỡng bức trẻ em bán dâm (tiêu chí do vilab bổ sung)
criterion-child-trafficking = Mua bán trẻ em (tiêu chí do vilab bổ sung)
criterion-csam-produce = Sản xuất nội dung xâm hại tình dục trẻ em
criterion-csam-distribute = Phát tán, mua bán hoặc chuyển tiếp nội dung xâm hại tình dục trẻ em
criterion-csam-possess-with-intent = Tàng trữ nội dung xâm hại tình dục trẻ em nhằm phát tán
criterion-csam-possess-simple = Tàng trữ đơn thuần nội dung xâm hại tình dục trẻ em
criterion-csam-access = Cố ý truy cập nội dung xâm hại tình dục trẻ em trên mạng
criterion-csam-dolls = Tàng trữ, sản xuất hoặc mua bán búp bê tình dục có hình dạng trẻ em (tiêu chí do vilab bổ sung)
criterion-grooming = Dụ dỗ trẻ em nhằm mục đích tình dục (trên mạng hoặc trực tiếp)
criterion-child-victim-nonpunishment = Trẻ em là nạn nhân không bị xử lý hình sự
criterion-legal-person-liability = Pháp nhân (doanh nghiệp) có thể phải chịu trách nhiệm
criterion-mandatory-minimum = Mức phạt tù tối thiểu bắt buộc đối với tội phạm tình dục trẻ em, ngoài khung hình phạt (tiêu chí do vilab bổ sung)
criterion-statute-of-limitations = Hết thời hiệu thì không còn truy cứu trách nhiệm hình sự đối với tội phạm tình dục trẻ em (tiêu chí do vilab bổ sung)
criterion-etj-active = Thẩm quyền đối với tội phạm do công dân nước mình thực hiện ở nước ngoài (nguyên tắc quốc tịch của người phạm tội)
criterion-etj-passive = Thẩm quyền đối với tội phạm ở nước ngoài xâm hại công dân nước mình (nguyên tắc quốc tịch của nạn nhân)
criterion-etj-universal = Thẩm quyền đối với tội phạm ở nước ngoài bất kể ai thực hiện (tiêu chí do vilab bổ sung)
criterion-etj-double-criminality = Thẩm quyền ngoài lãnh thổ đòi hỏi hành vi cũng phải là tội phạm tại nơi thực hiện
criterion-extradite-nationals = Nhà nước dẫn độ công dân của mình (tiêu chí do vilab bổ sung)
criterion-confiscation-instruments = Tịch thu công cụ, phương tiện phạm tội
criterion-confiscation-proceeds = Tịch thu tài sản do phạm tội mà có
criterion-proceeds-fund-victims = Tài sản do phạm tội mà có bị tịch thu có thể được dùng để chăm sóc hoặc hỗ trợ nạn nhân (tiêu chí do vilab bổ sung)
criterion-victim-compensation = Tòa án có thể buộc bồi thường hoặc hoàn trả cho trẻ em là nạn nhân (tiêu chí do vilab bổ sung)
criterion-mandatory-reporting = Nghĩa vụ trình báo bắt buộc của người hành nghề
criterion-isp-reporting = Nhà cung cấp dịch vụ Internet phải trình báo
criterion-entry-ban-travel = Hủy thị thực, trục xuất hoặc cấm nhập cảnh đối với người phạm tội trong lĩnh vực du lịch và lữ hành

law-value-yes = có
law-value-no = không
law-value-partial = một phần
law-value-draft = dự thảo
law-value-unknown = chưa rõ
law-value-not-found = không tìm thấy
law-no-data = không có dữ liệu
law-conflict = MÂU THUẪN
law-cell-conflict = { law-conflict }: { $answers }

law-confidence-primary = sơ cấp
law-confidence-secondary = thứ cấp
law-confidence-conflict = mâu thuẫn

law-table-criterion = tiêu chí
law-legend-confidence = [P] nguồn sơ cấp  [S] nguồn thứ cấp  [C] nguồn mâu thuẫn
law-legend-conflict = { law-conflict }: các nguồn không thống nhất; `vilab law show CODE CRITERION` liệt kê từng giá trị kèm nguồn của nó.
law-legend-empty = { law-no-data }: chưa ghi nhận gì; { law-value-not-found }: đã tra cứu nhưng không tìm thấy.
law-legend-cut = …: cắt ở { $chars } ký tự; `vilab law show CODE CRITERION` hiển thị đầy đủ.
law-legend-primary = nguồn sơ cấp
law-legend-secondary = nguồn thứ cấp
law-legend-conflicting = nguồn mâu thuẫn

law-term =
    { $years ->
        [0] { $months } tháng
       *[other] { $months ->
            [0] { $years } năm
           *[other] { $years } năm { $months } tháng
        }
    }
law-prison-range = phạt tù từ { $min } đến { $max }
law-prison-up-to = phạt tù không quá { $max }
law-prison-at-least = phạt tù không dưới { $min }
law-penalty-life = tù chung thân
law-penalty-death = tử hình
law-fine-range = phạt tiền { $currency } { $min }–{ $max }
law-fine-up-to = phạt tiền không quá { $currency } { $max }
law-fine-from = phạt tiền từ { $currency } { $min }
law-fine-converted = { $fine } (≈ { $usd } theo tỷ giá { $rate } { $currency }/USD, { $date })
law-combine-and = và
law-combine-or = hoặc
law-combine-and-or = và/hoặc
law-penalty-no-figures = không nêu mức cụ thể
law-penalty-not-found = không tìm thấy hình phạt
law-tier-victim = { $tier } (nạn nhân { $age })
law-tier-victim-below = nạn nhân dưới { $age } tuổi
law-tier-victim-from = nạn nhân từ đủ { $age } tuổi trở lên
law-tier-victim-band = nạn nhân từ đủ { $from } tuổi đến dưới { $below } tuổi
law-tier-aggravating = tình tiết tăng nặng: { $circumstances }
law-tier-mandatory-minimum = mức tối thiểu bắt buộc { $term }
law-aggravating-position-of-trust = nạn nhân được người phạm tội chăm sóc, giáo dục hoặc phụ thuộc vào người phạm tội
law-aggravating-abuse-of-office = lợi dụng chức vụ, quyền hạn
law-aggravating-victim-impairment = nạn nhân bị khuyết tật về tâm thần hoặc thể chất
law-aggravating-repeated = phạm tội nhiều lần đối với nạn nhân
law-aggravating-recidivism = đã có tiền án (tái phạm)
law-aggravating-multiple-victims = đối với hai nạn nhân trở lên
law-aggravating-commercial = vì vụ lợi hoặc mục đích thương mại
law-aggravating-professional = có tính chất chuyên nghiệp
law-aggravating-organised-group = có tổ chức
law-aggravating-weapon = sử dụng vũ khí
law-aggravating-coercion = dùng vũ lực, đe dọa hoặc cưỡng ép
law-aggravating-internet = sử dụng mạng Internet hoặc mạng máy tính
law-aggravating-recorded = hành vi bị ghi lại
law-aggravating-distributed = bản ghi hành vi bị phát tán
law-aggravating-cross-border = đưa nạn nhân qua biên giới
law-aggravating-serious-harm = gây tổn hại nghiêm trọng cho nạn nhân
law-aggravating-cruelty = đối xử tàn ác, vô nhân đạo hoặc hạ nhục
law-aggravating-death = làm nạn nhân chết
law-limitation-years = { $years } năm
law-limitation-none = không có thời hiệu: có thể truy cứu bất cứ lúc nào
law-limitation-from-offence = tính từ ngày tội phạm được thực hiện
law-limitation-from-victim-majority = tính từ ngày nạn nhân đủ tuổi thành niên
law-limitation-offences = đối với { $criteria }
law-condition-double-criminality = hành vi cũng là tội phạm tại nơi thực hiện (nguyên tắc tội phạm kép)
law-condition-residence = người phạm tội cư trú tại quốc gia đó
law-condition-nationality-at-offence = là công dân vào thời điểm phạm tội
law-condition-nationality-at-prosecution = là công dân vào thời điểm bị truy tố
law-condition-found-in-territory = người phạm tội có mặt tại quốc gia đó
law-condition-complaint-or-request = có yêu cầu của nạn nhân hoặc của quốc gia nơi xảy ra hành vi
law-condition-not-tried-abroad = người phạm tội chưa bị xét xử bằng bản án có hiệu lực pháp luật ở nước ngoài về cùng hành vi
law-condition-treaty = theo quy định của điều ước quốc tế mà quốc gia đó là thành viên
law-conditions-none = không có, ngoài chính căn cứ thẩm quyền
law-condition-missing-double-criminality = chưa ghi nhận hành vi có phải là tội phạm tại nơi thực hiện hay không
law-condition-missing-residence = câu hỏi không nêu người phạm tội cư trú ở đâu (--offender-resident)
law-condition-missing-nationality-at-offence = câu hỏi không nêu quốc tịch vào thời điểm phạm tội
law-condition-missing-nationality-at-prosecution = câu hỏi không nêu quốc tịch vào thời điểm bị truy tố (--offender-now)
law-condition-missing-found-in-territory = câu hỏi không nêu người phạm tội đang có mặt ở đâu (--offender-found)
law-condition-missing-complaint-or-request = câu hỏi không nêu có yêu cầu của nạn nhân hoặc của quốc gia hay không (--complaint)
law-condition-missing-not-tried-abroad = câu hỏi không nêu người phạm tội đã bị xét xử ở nước ngoài hay chưa (--tried-abroad)
law-condition-missing-treaty = chưa ghi nhận điều ước quốc tế nào quy định

law-field-provisions = điều khoản: { $provisions }
law-field-penalty = hình phạt: { $penalty }
law-field-source = nguồn: { $source }

law-show-no-data = { law-no-data }: chưa ghi nhận gì cho tiêu chí này.
law-show-conflict = { law-conflict }: các nguồn dưới đây không thống nhất; không ưu tiên nguồn nào.
law-show-value = giá trị { $n }: { $value }
law-show-meaning = ý nghĩa: { $meaning }
law-show-covers = áp dụng cho: { $criteria }
law-show-conditions = điều kiện: { $conditions }
law-show-limitation = thời hiệu: { $limitation }
law-show-penalty = hình phạt, { $tier }: { $penalty }
law-show-penalty-not-found = hình phạt: { law-value-not-found }
law-show-range = khung của mọi mức: { $range }
law-show-replaced = được thay thế bởi { $by } lúc { $at }:
law-show-was = trước đây: { $value }
law-show-from = từ: { $origin }
law-origin-bundled = đi kèm chương trình: { $file }
law-origin-import = lần nhập: { $name }

law-gap-conflict = các nguồn mâu thuẫn
law-gap-no-offence = không có tội danh
law-gap-not-found = không tìm thấy
law-gap-no-data = không có dữ liệu
law-gap-penalty-not-found = không tìm thấy hình phạt
law-gaps-heading = { $kind }:
law-gaps-no-data-anywhere = không có dữ liệu ở bất kỳ quốc gia nào đã chọn:

law-prosecute-question = Ai có thể truy tố { $conduct } ({ $label }) thực hiện tại { $place } bởi công dân { $offender }?
law-prosecute-question-victim = Ai có thể truy tố { $conduct } ({ $label }) thực hiện tại { $place } bởi công dân { $offender }, nạn nhân là công dân { $victim }?
law-prosecute-route = { $code } { $name }: { $answer } — { $basis }

law-answer-yes = CÓ
law-answer-no = KHÔNG
law-answer-unknown = CHƯA RÕ
law-basis-territorial = nguyên tắc lãnh thổ (hành vi xảy ra tại đó)
law-basis-active-nationality = quốc tịch của người phạm tội
law-basis-passive-nationality = quốc tịch của nạn nhân
law-basis-universal = nguyên tắc phổ quát (pháp luật nước đó áp dụng cho hành vi ở nước ngoài)

law-summary = { $code } { $criterion }: { $values }
law-summary-conflict = { $code } { $criterion }: { $values } — các nguồn mâu thuẫn
law-summary-no-data = { $code } { $criterion }: { law-no-data }
law-reason-offence = tội phạm: { $summary }
law-reason-jurisdiction = thẩm quyền: { $summary }
law-reason-not-named = { $rule } được ghi nhận không nêu { $conduct }
law-reason-offence-at-home = tội phạm theo pháp luật nước mình: { $summary }
law-reason-dc-not-required = nguyên tắc tội phạm kép: không yêu cầu ({ $summary })
law-reason-dc-met-required = nguyên tắc tội phạm kép: { $code } có yêu cầu; được đáp ứng vì { $place } coi hành vi đó là tội phạm
law-reason-dc-met-not-recorded = nguyên tắc tội phạm kép: chưa ghi nhận đối với { $code }; được đáp ứng vì { $place } coi hành vi đó là tội phạm
law-reason-dc-not-met = nguyên tắc tội phạm kép: có yêu cầu, và { $place } không coi hành vi đó là tội phạm
law-reason-dc-unclear = nguyên tắc tội phạm kép: chưa ghi nhận { $code } có yêu cầu hay không, và { $place } không quy định rõ hành vi đó là tội phạm
law-reason-condition-met = điều kiện của { $rule }: { $condition } — được đáp ứng
law-reason-condition-not-met = điều kiện của { $rule }: { $condition } — không được đáp ứng
law-reason-condition-unknown = điều kiện của { $rule }: { $condition } — chưa rõ
law-reason-no-conditions = { $rule } không đặt điều kiện nào ngoài chính căn cứ thẩm quyền
law-prosecute-decided = được quyết định bởi điều kiện: { $conditions }
law-prosecute-unknowns = chưa rõ (dữ liệu không đề cập):
law-unknown-offence = { $conduct } có phải là tội phạm tại { $place } hay không
law-unknown-reach = pháp luật của { $code } có áp dụng cho { $conduct } thực hiện ở nước ngoài hay không ({ $rule })
law-unknown-offence-at-home = { $conduct } có phải là tội phạm theo pháp luật của { $code } hay không
law-unknown-offence-dc = { $conduct } có phải là tội phạm tại { $place } hay không (nguyên tắc tội phạm kép)
law-unknown-dc = { $code } có yêu cầu nguyên tắc tội phạm kép hay không ({ $rule })
law-unknown-penalty = hình phạt tại { $code }
law-unknown-condition = điều kiện của { $rule } của { $code } có được đáp ứng hay không: { $condition } ({ $missing })
law-prosecute-disclaimer = Chỉ xét các căn cứ được ghi nhận trong dữ liệu; đây không phải là tư vấn pháp lý.

law-html-title = vilab — bảng đối chiếu pháp luật
law-html-heading = Tội phạm đối với trẻ em: đối chiếu pháp luật
law-html-lead = Mỗi giá trị dựa trên các nguồn liệt kê bên dưới, kèm mức độ tin cậy mà nghiên cứu đánh giá. Khi các nguồn không thống nhất, ô đó được đánh dấu { $badge } và mọi quan điểm đều được trình bày; không ưu tiên quan điểm nào. “{ law-value-not-found }”: đã tra cứu nhưng không tìm thấy; “{ law-no-data }”: chưa ghi nhận gì. Tiền phạt bằng các đồng tiền khác được quy đổi sang đô la Mỹ chỉ để so sánh, theo tỷ giá có ghi ngày bên dưới.
law-html-open-all = Mở tất cả các ô
law-html-close-all = Đóng tất cả các ô
law-html-print-note = Khi in, mọi ô đều được mở để bản in thể hiện nguồn của từng giá trị.
law-html-provisions = Điều khoản: { $provisions }
law-html-covers = Áp dụng cho: { $criteria }
law-html-conditions = Điều kiện: { $conditions }
law-html-limitation = Thời hiệu: { $limitation }
law-html-penalty-not-found = Hình phạt: { law-value-not-found }
law-html-instruments = Văn kiện và các mốc thời gian
law-html-instruments-note = Các nguồn không thống nhất về ngày tháng; mỗi ngày được liệt kê kèm nguồn của nó.
law-html-date = { $kind }: { $date }
law-date-adopted = thông qua
law-date-promulgated = công bố
law-date-published = đăng công báo
law-date-in-force = có hiệu lực
law-html-rates = Tỷ giá dùng để hiển thị
law-html-sources = Nguồn
law-html-notes = Chú thích: nguồn của từng ô
law-html-notes-lead = Số trong mỗi ô dẫn đến chú thích của ô đó: mọi nguồn của các giá trị được hiển thị, kèm vị trí trong nguồn (điều, mục, trang) và ngày nghiên cứu kiểm tra nguồn đó.
law-html-note-checked = kiểm tra ngày { $date }
law-html-note-undated = chưa ghi ngày kiểm tra

law-period-since = có hiệu lực từ { $from }
law-period-ended = hết hiệu lực từ { $to }
law-period-span = có hiệu lực từ { $from }, hết hiệu lực từ { $to }
law-period-amended = được thay thế bởi { $instrument }
law-show-period = thời gian hiệu lực: { $period }
law-show-in-force-on = có hiệu lực vào ngày { $date }
law-show-not-in-force-on = không có hiệu lực vào ngày { $date }
law-show-range-on = khung của các mức có hiệu lực vào ngày { $date }: { $range }
law-legend-at = Pháp luật có hiệu lực vào ngày { $date }.
law-html-at = Pháp luật có hiệu lực vào ngày { $date }.
law-html-all-periods = Mọi thời kỳ của pháp luật mà dữ liệu ghi nhận, đặt cạnh nhau.
law-chart-heading = Đối chiếu mức phạt tù
law-chart-note = Với mỗi tội, mỗi vùng tài phán có một thanh, từ mức phạt tù thấp nhất đến cao nhất của mọi mức hình phạt, trên cùng một thang đo tính bằng năm; hình tròn biểu thị tù chung thân, hình thoi biểu thị tử hình. Phạt tiền được nêu trong bảng phía trên.
law-chart-years = năm
law-chart-no-minimum = không có mức tối thiểu
law-chart-no-prison = không ghi nhận hình phạt tù
