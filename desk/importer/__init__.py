"""Importing memberships from Excel (SPEC §7): guard, read, check every row, commit all or none."""
