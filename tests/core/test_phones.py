"""The one phone normaliser (SPEC §1, §9): any common format in, E.164 digits out."""

import pytest

from desk.core.phones import display_phone, mask_phone, normalize_phone
from tests.core.builders import refused


@pytest.mark.parametrize("phone", ["12125550101", "12125550102", "34911234567", "447911123456",
                                   "12025550143"])
def test_the_demo_phones_are_stored_as_they_are_written(phone):
    assert normalize_phone(phone) == phone


@pytest.mark.parametrize("typed", ["+1 (212) 567-8904", "212 567 8904", "(212) 567-8904",
                                   "212-567-8904", "2125678904", "12125678904", "+12125678904",
                                   " +1 212 567 8904 "])
def test_common_us_formats_normalise_to_e164_digits(typed):
    assert normalize_phone(typed, "US") == "12125678904"


@pytest.mark.parametrize(("typed", "region", "digits"), [
    ("+44 7911 123456", "US", "447911123456"),
    ("07911 123456", "GB", "447911123456"),
    ("91 123 45 67", "ES", "34911234567"),
    ("+34 911 23 45 67", "US", "34911234567"),
])
def test_numbers_are_read_in_the_default_region_or_with_their_country_code(typed, region, digits):
    assert normalize_phone(typed, region) == digits


def test_a_local_number_typed_in_groups_is_read_in_the_default_region():
    # Given a Connecticut number whose first digits are also Norway's country code (+47)
    # When a receptionist of a US location types it as people write it
    # Then it is the US number, not a Norwegian one
    assert normalize_phone("475 555 1234", "US") == "14755551234"


@pytest.mark.parametrize("typed", ["", "abc", "12345", "+1 212 555", "000000000000", "+999 1234"])
def test_an_invalid_phone_is_refused_with_the_value_and_how_to_write_it(typed):
    with refused("phone_invalid") as error:
        normalize_phone(typed)
    assert error.value.value == typed.strip()
    assert "country code" in error.value.hint


@pytest.mark.parametrize(("typed", "digits"), [("(212) 555-01", 8), ("12345", 5),
                                              ("+1 212 555", 7)])
def test_a_number_too_short_is_refused_as_too_short_not_for_its_country_code(typed, digits):
    with refused("phone_invalid") as error:
        normalize_phone(typed, "US")
    assert error.value.message == f"{typed!r} is too short for a phone number ({digits} digits)."
    assert error.value.hint.startswith("Type the whole number")


@pytest.mark.parametrize("typed", ["+1 212 555 01011", "1" * 30])
def test_a_number_too_long_is_refused_as_too_long(typed):
    with refused("phone_invalid") as error:
        normalize_phone(typed, "US")
    assert "is too long for a phone number" in error.value.message


def test_an_unknown_country_code_asks_for_the_country_code():
    with refused("phone_invalid") as error:
        normalize_phone("+999 1234", "US")
    assert error.value.hint.startswith("Write the country code first")


def test_logs_see_only_the_country_code_and_the_last_two_digits():
    assert mask_phone("12125550101") == "12*******01"
    assert mask_phone("123") == "***"


@pytest.mark.parametrize(("digits", "shown"), [
    ("12125550101", "+1 212-555-0101"), ("34911234567", "+34 911 23 45 67"),
    ("447911123456", "+44 7911 123456"), ("99", "+99")])
def test_a_stored_phone_is_shown_in_the_international_format(digits, shown):
    assert display_phone(digits) == shown
