"""Message templates: placeholders, the 255-character limit, and per-type validation."""

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.core.errors import DeskError
from desk.core.notifications import (
    MAX_LENGTH,
    MessageValues,
    NoticeKind,
    NoticeSetting,
    render,
    validate_notice,
)
from desk.services import types
from tests.services.due_helpers import notices

ALICE = MessageValues("Alice Smith", "Massage 10", 5, date(2026, 5, 13), "Downtown")


def test_every_placeholder_is_filled_in():
    text = "%CLIENT_NAME%|%TYPE%|%VISITS_LEFT%|%EXPIRATION_DATE%|%LOCATION%"
    assert render(text, ALICE) == "Alice Smith|Massage 10|5|2026-05-13|Downtown"


def test_a_membership_without_expiry_says_unlimited():
    assert render("until %EXPIRATION_DATE%", replace(ALICE, expiration_date=None)) == (
        "until unlimited")


@given(name=st.text(max_size=400), template=st.text(max_size=MAX_LENGTH))
def test_a_rendered_message_never_exceeds_255_characters(name, template):
    assert len(render(template, replace(ALICE, client_name=name))) <= MAX_LENGTH


def test_a_template_over_255_characters_is_refused_saying_its_length():
    with pytest.raises(DeskError) as caught:
        validate_notice(NoticeSetting(NoticeKind.EACH_DEDUCTION, True, None, "x" * 256))
    assert caught.value.code == "notice_template_too_long" and "256" in caught.value.message


def test_an_enabled_notice_needs_its_number():
    with pytest.raises(DeskError, match="days before expiry"):
        validate_notice(NoticeSetting(NoticeKind.BEFORE_EXPIRY, True, None))


def test_a_type_with_a_too_long_template_is_not_saved(demo):
    with demo.db.read() as uow:
        yoga = uow.types.by_name("Yoga 8")
    with pytest.raises(DeskError, match="at most 255"):
        types.update_type(demo.db, demo.admin, replace(yoga, notices=notices(
            before=3, template="y" * 300)))
    assert demo.carla_yoga().type.notices == ()


def test_notices_and_renewal_survive_saving_and_duplicating_a_type(demo):
    with demo.db.read() as uow:
        yoga = uow.types.by_name("Yoga 8")
    types.update_type(demo.db, demo.admin, replace(yoga, auto_renew=True,
                                                    notices=notices(before=3, each=True)))
    copy = types.duplicate(demo.db, demo.admin, yoga.id)
    with demo.db.read() as uow:
        saved = uow.types.get(copy.id)
    assert saved.auto_renew and saved.notice(NoticeKind.BEFORE_EXPIRY).threshold == 3


def test_an_unlimited_type_can_not_renew(demo):
    with demo.db.read() as uow:
        pt = uow.types.by_name("PT 12")
    with pytest.raises(DeskError) as caught:
        types.update_type(demo.db, demo.admin, replace(pt, auto_renew=True))
    assert caught.value.code == "type_renewal_needs_validity"
