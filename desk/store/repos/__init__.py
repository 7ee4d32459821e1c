"""Repositories: load and save core objects; one class per aggregate."""
