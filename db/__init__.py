"""Storage for Delegation Desk: typed SQLAlchemy models, database opening and Alembic migrations.

Nothing in this package imports Qt or reportlab.
"""
