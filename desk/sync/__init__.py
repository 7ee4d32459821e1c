"""Chain sync (SPEC §10): desks on SQLite, one central PostgreSQL as the hub.

- ``central``: the server's tables; ``server``: ``desk server init`` (schema + desks' role).
- ``push``: the outbox (queued rows, a ledger cursor) → the server, exactly once.
- ``pull``: the server → the desk, by a cursor that can't skip rows committed out of order.
- ``apply``: last-writer-wins rows, union-merged ledger entries; ``derive``: the cached
  membership columns re-derived in bulk for what a pull touched.
- ``clashes``: rows of two desks that claim one phone or name, settled the same way on
  every desk (clients merged, other rows renamed) and recorded for review.
- ``conflicts``: overdrafts, duplicate codes and settled clashes, derived from the data.
- ``rounds``: one round = push then pull (a quiet one: one read and one short write here).

Versions live beside the rows (``row_versions``), stamped by SQLite triggers (store
migration 0004) rather than by each repository: every write path — services, import,
demo, future ones — is versioned and queued without having to remember to.
"""
