// Whether a statement with this id exists: a canned query that finds nothing for an unknown id answers 404.
// The pattern names every statement type of seeds/vocabulary.yml, so the lookup is an index seek per type
// (statement_id_* in cypher/schema.cypher); without a type it would scan every relationship.
MATCH ()-[r:SUPPORTED|OPPOSED|FOUGHT|ATTACKED|KILLED|WOUNDED|CAPTURED|CONTROLS|WITHDREW_FROM|OPERATED_IN|BLOCKADED|FLED_TO|LEADS|MEMBER_OF|SPOKESPERSON_FOR|RELATIVE_OF|NEGOTIATED_WITH|ASKED_TO_MEDIATE|ALLIED_WITH|CONDEMNED|ACCUSED|HOSTED|ENDORSED|APPOINTED|DECLARED|DEFECTED_TO|SURRENDERED_TO|LOCATED_IN]->()
WHERE r.id = $id AND r.load IN $loads
RETURN count(r) > 0 AS exists
