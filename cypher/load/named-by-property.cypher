// For a reload or an unload: every actor that the statements of the live loads $others name as claimant or
// place, with the dataset that names it (one scan; the loader keeps those it is about to stop declaring).
MATCH ()-[r]->()
WHERE r.load IN $others AND (r.claimedBy IS NOT NULL OR r.place IS NOT NULL)
UNWIND [r.claimedBy, r.place] AS id
WITH DISTINCT id, r.dataset AS dataset
WHERE id IS NOT NULL
RETURN id, dataset
