// :one how many documents the database holds (an empty database gets the sample data); no parameters
MATCH (document:Document)
RETURN count(document) AS count
