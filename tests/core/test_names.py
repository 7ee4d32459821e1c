"""Names (SPEC §1, §2): compared trimmed and case-insensitively; copies are "X (n)"."""

import pytest

from desk.core.names import clean_name, name_key, next_free_copy_name
from tests.core.builders import refused


def test_names_that_differ_only_by_spaces_or_case_are_one_name():
    assert name_key(" Downtown ") == name_key("downtown") == name_key("DOWNTOWN")
    assert name_key("Massage  10") == name_key("massage 10")


def test_different_names_have_different_keys():
    assert name_key("Downtown") != name_key("Downtown 2")


def test_clean_name_trims_and_keeps_the_case_people_typed():
    assert clean_name("  Massage   10 ", what="type") == "Massage 10"


@pytest.mark.parametrize("blank", ["", "   ", "\t\n"])
def test_an_empty_name_is_refused(blank):
    with refused("location_name_required"):
        clean_name(blank, what="location")


def test_an_overlong_name_is_refused():
    with refused("type_name_too_long") as error:
        clean_name("x" * 121, what="type")
    assert "120" in error.value.message


def test_the_first_copy_of_a_type_is_named_with_2():
    assert next_free_copy_name("Massage 10", set()) == "Massage 10 (2)"


def test_the_next_copy_takes_the_next_free_number():
    taken = {name_key("Massage 10"), name_key("MASSAGE 10 (2)")}
    assert next_free_copy_name("Massage 10", taken) == "Massage 10 (3)"


def test_a_copy_of_a_copy_counts_on_from_the_base_name():
    taken = {name_key("Massage 10"), name_key("Massage 10 (2)")}
    assert next_free_copy_name(" Massage 10 (2) ", taken) == "Massage 10 (3)"
