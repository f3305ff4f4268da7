// :fragment key: each key of the story `document` tells: the questions its statements answer and the people who speak in it
CALL (document) {
  MATCH (document)<-[:IN]-(:Statement)-[:SUPPORTS|CONTRADICTS]->(:Claim)-[:ANSWERS]->(question:Question)
  RETURN DISTINCT question.key AS key
  UNION
  MATCH (document)<-[:IN]-(:Statement)<-[:MADE]-(person:Source {type: 'PERSON'})
  RETURN DISTINCT person.id AS key
}
