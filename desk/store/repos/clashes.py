"""Row clashes chain sync settled by itself, for a manager to review (store migration 0006)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from desk.store import schema as s


class ClashRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def review(self, table: str, row_id: str, user_id: str | None, at: datetime) -> bool:
        """Mark the settled clash of ``table``'s row ``row_id`` reviewed (a synced change,
        so it leaves every desk's conflicts); False when there is no such clash."""
        row = self.session.get(s.RowClash, (table, row_id))
        if row is None:
            return False
        row.reviewed_by, row.reviewed_at = user_id, at
        return True
