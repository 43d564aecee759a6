### The seven roles of a lab's accounts (see GLOSSARY.md).

role-admin = administrator
role-analyst = analyst
role-investigator = investigator
role-trainer = trainer
role-trainee = trainee
role-partner = partner agency
role-auditor = auditor
# The public role (issue 20).
role-public = public (approved crops only)
