"""Membership codes (SPEC §3.1, §10): readable, unique, generated with the desk's prefix."""

import pytest

from desk.core.codes import READABLE, clean_code, code_key, generate_code
from tests.core.builders import refused


def test_the_readable_alphabet_has_no_look_alike_characters():
    assert not set("O0I1") & set(READABLE)
    assert set(READABLE) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    assert len(set(READABLE)) == len(READABLE)


def test_a_generated_code_carries_the_desk_prefix_and_readable_characters():
    code = generate_code("DS", lambda key: False)
    prefix, body = code.split("-")
    assert prefix == "DS" and len(body) == 6 and set(body) <= set(READABLE)


def test_a_generated_code_avoids_codes_already_taken():
    asked: list[str] = []

    def taken(key: str) -> bool:
        asked.append(key)
        return len(asked) <= 3

    code = generate_code("DS", taken)
    assert len(asked) == 4
    assert code_key(code) == asked[-1] and code_key(code) not in asked[:3]


def test_generation_gives_up_with_a_clear_error_when_everything_is_taken():
    with refused("code_generation_failed"):
        generate_code("DS", lambda key: True)


def test_generated_codes_do_not_repeat():
    seen: set[str] = set()
    for _ in range(300):
        seen.add(code_key(generate_code("DS", lambda key: key in seen)))
    assert len(seen) == 300


def test_codes_compare_trimmed_and_case_insensitively():
    assert code_key(" ds-0001 ") == code_key("DS-0001")


@pytest.mark.parametrize("blank", [None, "", "   "])
def test_a_blank_code_means_no_code(blank):
    assert clean_code(blank) is None


def test_a_typed_code_is_trimmed():
    assert clean_code("  DS-0001 ") == "DS-0001"


@pytest.mark.parametrize("bad", ["DS 0001", "A" * 41, "DS\x00"])
def test_a_code_with_spaces_control_characters_or_too_long_is_refused(bad):
    with refused("code_invalid"):
        clean_code(bad)


@pytest.mark.parametrize("bad", ["=1+2", "@cmd", "+15", "-DS-1", "DS\u200b0001", "DS\t1",
                                 "RTL\u202e1000-SD", "DS#1", "DS\x07"])
def test_a_code_outside_letters_digits_and_dashes_is_refused_as_its_message_says(bad):
    with refused("code_invalid") as caught:
        clean_code(bad)
    assert "letters, digits" in caught.value.hint


@pytest.mark.parametrize("good", ["DS-0001", "LEG-2003", "2024/15", "A.12", "CARD_7",
                                  "AÑO-1", "АБ-12"])
def test_letters_digits_and_the_signs_of_the_rule_make_a_code(good):
    assert clean_code(good) == good


def test_a_refused_code_is_quoted_short_and_with_its_invisible_characters_shown():
    with refused("code_invalid") as caught:
        clean_code("X" + "\u202e" * 10 + "Y" * 100_000)
    assert len(caught.value.message) < 160 and "\\u202e" in caught.value.message
