"""The reviewers' batch: many dossiers a round (run), its rows and outputs (rows, outputs), the
worker pools (executors), progress on stderr, rounds compared and recorded (rounds), shards
combined (merge). Kept free of the pipeline's imports: a warm re-run imports only this package,
the cache and the report writers it needs."""
