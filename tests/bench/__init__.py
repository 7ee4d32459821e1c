"""Benchmarks: scripts that print tables (not collected by pytest)."""
