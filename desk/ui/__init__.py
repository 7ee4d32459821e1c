"""The Qt window (PySide6 only here). Views lay out widgets, controllers act through the
services, item models hold plain data; no SQLAlchemy is imported in this package."""
