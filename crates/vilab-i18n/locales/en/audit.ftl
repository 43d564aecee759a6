### The audit log.

audit-label-records = records
audit-label-head = last record and its hash
audit-label-last-signed = last signed record
# $count (number): records after the last signed checkpoint.
audit-unsigned-tail =
    { $count ->
        [one] { $count } record after the last signed checkpoint (the end of a command that did not finish)
       *[other] { $count } records after the last signed checkpoint (the end of a command that did not finish)
    }
audit-intact = The audit chain is intact.
# $seq (text): the first bad record.
audit-broken = THE AUDIT CHAIN IS BROKEN: the first bad record is { $seq }.
# $first, $last (text): sequence numbers.
audit-problem-gap = records { $first } to { $last } are missing
# $expected, $found (text).
audit-problem-order = record { $found } came where record { $expected } should have
# $seq (text).
audit-problem-hash = record { $seq } does not hash to its stored hash: it, or the one before it, was edited, inserted or moved
# $seq (text).
audit-problem-checkpoint = the signed checkpoint at record { $seq } does not match the chain
# $seq (text).
audit-problem-signature = the checkpoint at record { $seq } is not signed by this lab
# $last, $checkpoint (text).
audit-problem-cut-off = the log ends at record { $last }, but a signed checkpoint names record { $checkpoint }: its end was cut off
