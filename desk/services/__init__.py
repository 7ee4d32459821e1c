"""Use cases: one transaction each, permission-checked, returning plain data (never ORM rows)."""
