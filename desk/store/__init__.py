"""Storage: SQLAlchemy models, migrations, the unit of work and repositories.

Repositories hand out core objects (``desk.core``), never ORM rows.
"""
