// :exec records one mutation call in the audit log; $id $at $keyName $operation $arguments $outcome
CREATE (:AuditEntry {
  id: $id,
  at: $at,
  keyName: $keyName,
  operation: $operation,
  arguments: $arguments,
  outcome: $outcome
})
