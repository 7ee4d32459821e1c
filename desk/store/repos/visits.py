"""Visits: a client came for a service (paid when a payment entry refers to the visit)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from desk.store import schema as s


class VisitRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def record(self, visit_id: str, *, client_id: str, service_id: str, location_id: str,
               on: date, recorded_at: datetime, booking_id: str | None = None) -> None:
        """Note a visit (written at once: the payment entry that follows refers to it)."""
        self.session.add(s.Visit(id=visit_id, client_id=client_id, service_id=service_id,
                                 location_id=location_id, on=on, recorded_at=recorded_at,
                                 booking_id=booking_id))
        self.session.flush()

    def booking_of(self, visit_id: str | None) -> str | None:
        """The booking the visit consumed, if it was booked."""
        if visit_id is None:
            return None
        visit = self.session.get(s.Visit, visit_id)
        return visit.booking_id if visit else None
