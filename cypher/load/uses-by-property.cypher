// For a reload or an unload: statements of the live loads $others that name one of $ids as claimant or place.
MATCH ()-[r]->()
WHERE r.load IN $others AND (r.claimedBy IN $ids OR r.place IN $ids)
RETURN DISTINCT coalesce(CASE WHEN r.claimedBy IN $ids THEN r.claimedBy END, r.place) AS id, r.dataset AS dataset
