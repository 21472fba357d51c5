// What the web view's controls need from the data: every distinct date a statement starts or ends
// on (the time slider's stops), in order. One row: {dates}.
// Example on the Panjshir data: the list includes 2021-09-06 (the capture of the Panjshir Valley).
MATCH (:Entity)-[r]->(:Entity)
WHERE r.load IN $loads AND r.date IS NOT NULL
UNWIND [r.date, r.dateEnd] AS day
WITH DISTINCT day WHERE day IS NOT NULL
ORDER BY day
RETURN collect(day) AS dates
