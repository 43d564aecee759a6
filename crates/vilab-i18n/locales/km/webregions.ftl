### Native review status: NOT REVIEWED.
### These Khmer texts were drafted with an AI language model for the
### vilab developers; no message below has yet been checked by a native
### Khmer speaker who works in child protection or criminal justice.
### Terms follow GLOSSARY.md. Move a key from needs-review to reviewed
### only after such a review, and name the reviewer in the commit.
### needs-review: web-regions-heading web-regions-tool web-regions-tool-rect web-regions-tool-polygon web-regions-kind
### needs-review: web-regions-kind-face web-regions-kind-body web-regions-kind-mark web-regions-kind-text web-regions-kind-other
### needs-review: web-regions-kind-object web-regions-treatment web-regions-treatment-fill web-regions-treatment-pixelate web-regions-treatment-blur
### needs-review: web-regions-weak-warning web-regions-help web-regions-close web-regions-suggest web-regions-accept
### needs-review: web-regions-no-faces web-regions-none web-regions-col-version web-regions-col-who web-regions-col-when
### needs-review: web-regions-col-source web-regions-source-drawn web-regions-source-suggested web-regions-delete web-regions-audience-partner
### needs-review: web-regions-audience-trainee web-regions-audience-public web-renditions-heading web-renditions-make web-renditions-none
### needs-review: web-renditions-col-audience web-renditions-col-maker web-renditions-col-state web-renditions-stale web-renditions-approved-by
### needs-review: web-renditions-awaiting web-renditions-approve

## Regions and renditions on the media page (issue 20): the drawing
## tools, face suggestions, the list of regions, renditions per audience.

web-regions-heading = តំបន់នៃសំណុំរឿង { $case }
web-regions-tool = គូរ
web-regions-tool-rect = ចតុកោណកែង (អូស)
web-regions-tool-polygon = ពហុកោណ (ចុចលើជ្រុងរបស់វា)
web-regions-kind = ប្រភេទ
web-regions-kind-face = មុខ
web-regions-kind-body = រាងកាយ
web-regions-kind-mark = សញ្ញាសម្គាល់អត្តសញ្ញាណ
web-regions-kind-text = អត្ថបទ
web-regions-kind-other = ការលាក់ផ្សេងទៀត
web-regions-kind-object = វត្ថុដែលត្រូវបង្ហាញ
web-regions-treatment = វិធីលាក់
web-regions-treatment-fill = បំពេញពណ៌ទាំងស្រុង
web-regions-treatment-pixelate = ធ្វើជាភីកសែល
web-regions-treatment-blur = ធ្វើឱ្យព្រិល
web-regions-weak-warning = ការធ្វើជាភីកសែល និងការធ្វើឱ្យព្រិល ទាំងពីរខ្សោយជាងការបំពេញពណ៌៖ មុខ ឬសញ្ញាសម្គាល់ អាចនៅតែត្រូវបានគេស្គាល់។ ជ្រើសរើសវាតែនៅកន្លែងដែលការបំពេញពណ៌នឹងលាក់អ្វីដែលអ្នកមើលត្រូវការឃើញប៉ុណ្ណោះ។
web-regions-help = អូសលើរូបភាពដើម្បីគូរចតុកោណកែង។ សម្រាប់ពហុកោណ ចុចលើជ្រុងរបស់វា រួចចុចពីរដង ឬចុច បិទពហុកោណ។ ទីតាំងគឺជាភីកសែលនៃរូបភាពដើម។
web-regions-close = បិទពហុកោណ
web-regions-suggest = ស្នើមុខ
web-regions-accept = ទទួលយក
web-regions-no-faces = រកមិនឃើញមុខទេ។
web-regions-none = មិនទាន់មានតំបន់នៅឡើយទេ។
web-regions-col-version = កំណែ
web-regions-col-who = ដោយ
web-regions-col-when = ពេលវេលា
web-regions-col-source = ប្រភព
web-regions-source-drawn = គូរដោយដៃ
web-regions-source-suggested = បានស្នើ ហើយទទួលយក
web-regions-delete = លុប
web-regions-audience-partner = ស្ថាប័នដៃគូ
web-regions-audience-trainee = សិក្ខាកាម
web-regions-audience-public = សាធារណជន
web-renditions-heading = កំណែបង្ហាញនៃសំណុំរឿង { $case }
web-renditions-make = បង្កើតសម្រាប់ { $audience }
web-renditions-none = មិនទាន់មានកំណែបង្ហាញនៅឡើយទេ។
web-renditions-col-audience = ក្រុមអ្នកទស្សនា
web-renditions-col-maker = បង្កើតដោយ
web-renditions-col-state = ស្ថានភាព
web-renditions-stale = ហួសសម័យ៖ តំបន់មួយបានផ្លាស់ប្តូរ
web-renditions-approved-by = អនុម័តដោយ { $who }
web-renditions-awaiting = កំពុងរង់ចាំការអនុម័តពីអ្នកវិភាគទីពីរ
web-renditions-approve = អនុម័ត
