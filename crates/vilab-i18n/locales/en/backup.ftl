### Backups of an encrypted lab (`vilab backup`, `vilab restore`), and the
### lab's own profiles kept encrypted (`vilab hashset profiles`).

# $stage (text): what is being done (backup-stage-*); $done, $total (numbers): stored files; $mb_per_second (number); $eta (text): progress-eta.
backup-progress = { $stage }: { $done }/{ $total } stored files, { $mb_per_second } MB/s, { $eta }
backup-stage-snapshot = snapshot of the database
backup-stage-blobs = stored files
backup-stage-verify = checking the restored lab
# $file (text): the archive.
backup-done = Backup written to { $file }. It is encrypted under the lab's keys: only the lab's passphrase or recovery key opens it.
backup-label-blobs = stored files
backup-label-bytes = archive size (bytes)
backup-note = Keep the backup away from this computer. Restore it with: vilab restore FILE --lab NEW-LAB --user ADMINISTRATOR
restore-needs-user = name an administrator of the backed-up lab with --user (the password is read from VILAB_PASSWORD_FILE or asked)
# $path (text): the new lab directory.
restore-done = The lab { $path } was restored: every stored file, the database and the audit trail were checked.
# $path (text): the lab directory.
error-backup-needs-encryption = The lab { $path } is not encrypted: a backup would carry its evidence in clear. Encrypt it first with `vilab lab encrypt`, then back it up.
# $path (text): the archive.
error-backup-invalid = { $path } is not a vilab backup, or it was altered, damaged or cut short: nothing was restored.
# $file (text): the file.
error-file-exists = { $file } exists already: nothing was overwritten. Choose another name.

## The lab's own category profiles (profiles.toml), kept encrypted in an encrypted lab.
# $count (number): the lab's own profiles; $names (text): their names, joined by commas.
hashset-profiles-set = The lab's own profiles were replaced: { $count } ({ $names }). The built-in profiles stay.
# $file (text): the file given.
hashset-profiles-encrypted = They are stored encrypted in the lab. The file { $file } itself is not: remove it, or keep it as safe as the lab.
hashset-profiles-none = The lab has no profiles of its own: only the built-in ones apply.
