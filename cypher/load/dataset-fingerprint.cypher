// The fingerprint of the files a dataset was loaded from, or no row when it was never loaded.
MATCH (d:Dataset {name: $dataset})
RETURN d.fingerprint AS fingerprint
