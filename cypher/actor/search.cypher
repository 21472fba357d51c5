// Entity search over names, aliases and their folded forms (the entity_names full-text index).
// $lucene is the folded query as Lucene terms with fuzzy and prefix variants, built by EntitySearch;
// $folded is the whole query folded, so an exact name ranks first, then an exact alias.
CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score
WHERE (size($types) = 0 OR node.type IN $types)
  AND EXISTS { MATCH (x:EntityRecord {id: node.id}) WHERE x.load IN $loads }
WITH node, score, split(node.searchText, ' | ') AS forms
RETURN node {.id, .name, .type, .aliases, .description} AS entity,
       forms[0] = $folded AS exactName,
       $folded IN forms AS exactAlias,
       score
ORDER BY exactName DESC, exactAlias DESC, score DESC, node.name
LIMIT $limit
