### Encryption at rest: unlocking a lab, its passphrase and recovery key.

# $path (text): the lab directory.
unlock-passphrase-prompt = Passphrase of the lab { $path }:
unlock-unreadable = cannot read the passphrase from the terminal
# $file (text): the file named by VILAB_PASSPHRASE_FILE, VILAB_RECOVERY_KEY_FILE or --passphrase-file.
unlock-file-unreadable = cannot read the file { $file }
# $file (text): the file.
unlock-file-empty = the file { $file } is empty: its first line must hold the passphrase or recovery key
unlock-new-prompt = New passphrase of the lab:
unlock-new-again = New passphrase again:
unlock-new-mismatch = the two passphrases differ; nothing was made or changed
unlock-new-needs-terminal = no terminal to ask the new passphrase on: give it in a file (first line)
init-encrypted = The lab is encrypted: without its passphrase or its recovery key, nothing in it can be read.
init-label-recovery-key = recovery key
init-recovery-key-note = Write the recovery key down now and keep it locked away from this computer: it is shown only this once, and it opens the lab if the passphrase is lost.
# $path (text): the lab directory.
init-no-encrypt-warning = warning: the lab { $path } is NOT encrypted: whoever holds this disk can read its evidence, thumbnails, case names and audit trail. Use --no-encrypt only on a disk with full-disk encryption, or for tests.
# $path (text): the lab directory.
lab-passphrase-changed = The passphrase of the lab { $path } was changed; the old one no longer opens it. The data was not rewritten.
# $path (text): the lab directory.
lab-recovery-key-replaced = The recovery key of the lab { $path } was replaced; the old one no longer opens it.
demo-label-passphrase = lab passphrase
demo-passphrase-note = The demo lab is encrypted: the passphrase above is shown only this once. Commands on the demo lab ask for it (or read it from the file named by VILAB_PASSPHRASE_FILE).
# $path (text): the lab directory.
error-lab-locked = The lab { $path } is encrypted: give its passphrase (asked on the terminal, or in the file named by VILAB_PASSPHRASE_FILE) or its recovery key (VILAB_RECOVERY_KEY_FILE).
error-wrong-passphrase = Wrong passphrase: the lab stays locked; nothing was changed.
error-wrong-recovery-key = Wrong or mistyped recovery key: the lab stays locked; nothing was changed.
error-lab-keys-invalid = The lab's keys do not open its files: the key slots or an encrypted file were altered or damaged, or belong to another lab.
# $path (text): the lab directory.
error-lab-not-encrypted = The lab { $path } is not encrypted: it has no passphrase or recovery key to change.
# $path (text): the lab directory.
lab-encrypt-done = The lab { $path } is encrypted; its stored files were checked as they were encrypted, and the plaintext was overwritten and removed. Copies the file system or the disk may keep (snapshots, SSD wear levelling) are beyond vilab's reach: use full-disk encryption as well.
# $path (text): the lab directory.
lab-encrypt-already = The lab { $path } is encrypted already; nothing was done.
