// Entity search over names, aliases and their folded forms and keys (the entity_search full-text index).
// searchText holds the entity's forms, ' || ', then its keys, each list joined by ' | ' (load/SearchText.java).
// $lucene asks for the query's key words (exact, prefix, fuzzy), all of them scoring well above some, built by
// EntitySearch; $folded is the whole query folded, $key its key and $keyWords the key's words. The order:
// the exact name, an exact alias, a name or alias with the same key ("Taliban's", "Panjshir region"), one
// whose key the query contains ("state of Panjshir", "Washington, D.C."), then the index score, then the id;
// one page ($offset, $limit) at a time.
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
WHERE (size($types) = 0 OR node.type IN $types)
  AND EXISTS { MATCH (x:EntityRecord {id: node.id}) WHERE x.load IN $loads }
WITH node, score, split(node.searchText, ' || ') AS parts
WITH node, score, split(parts[0], ' | ') AS forms, split(coalesce(parts[1], ''), ' | ') AS keys
RETURN node {.id, .name, .type, .aliases, .description} AS entity,
       forms[0] = $folded AS exactName,
       $folded IN forms AS exactAlias,
       $key IN keys AS sameKey,
       any(k IN keys WHERE k <> '' AND all(w IN split(k, ' ') WHERE w IN $keyWords)) AS keyInQuery,
       score
ORDER BY exactName DESC, exactAlias DESC, sameKey DESC, keyInQuery DESC, score DESC, node.name, node.id
SKIP $offset
LIMIT $limit
