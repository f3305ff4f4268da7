// :many a page of audit entries, newest first, starting after the entry $after ({at, id}) when given, one more than $first when there is a next page; $first $after
MATCH (entry:AuditEntry)
WHERE $after IS NULL OR entry.at < $after.at OR (entry.at = $after.at AND entry.id < $after.id)
RETURN entry {.id, .at, .keyName, .operation, .arguments, .outcome} AS entry
ORDER BY entry.at DESC, entry.id DESC
LIMIT toInteger($first) + 1
