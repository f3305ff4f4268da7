// :many the questions with these keys, with the ids of the claims answering them; $keys
UNWIND $keys AS key
MATCH (question:Question {key: key})
RETURN key, question.text AS text,
       COLLECT { MATCH (question)<-[:ANSWERS]-(claim:Claim) RETURN claim.id ORDER BY claim.id } AS claimIds
