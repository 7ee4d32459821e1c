"""Reports: SQL aggregates over the store, returned as plain data."""
