"""Receipts and cards carry the membership's code as a QR code and in print (SPEC §11), sharp
enough on paper that the next visit is one scan: read back by a real QR decoder."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from desk.core.codes import CODE_SIGNS, MAX_CODE_LENGTH, is_valid_code
from desk.core.errors import DeskError
from desk.ui.card import CARD_MM, Card, write_card_pdf
from desk.ui.qr import SYMBOL_MM, qr_matrix
from desk.ui.receipt import Receipt, write_receipt_pdf
from desk.ui.sell_dialog import SellDialog
from tests.ui.driving import CTRL, click, find_client, open_by_keys
from tests.ui.paper_checks import DPI, Grey, matrix_image, page
from tests.ui.pdf_pages import page_count, pdf_text, render_page
from tests.ui.test_receptionist_flows import choose_type, sell_massage_10_to_emma

# what a membership code may be (desk/core/codes.py): letters of any script, digits, - _ . /
CODES = st.text(st.characters(categories=("Lu", "Ll", "Nd"), include_characters=CODE_SIGNS),
                min_size=1, max_size=MAX_CODE_LENGTH).filter(is_valid_code)


def receipt(number: str | None) -> Receipt:
    return Receipt("Demo Studio", "Massage 10", number, "Emma Brown", Decimal("800"),
                   Decimal("800"), "cash", date(2026, 3, 15), "2026-06-15", "Downtown")


@settings(max_examples=60, deadline=None)
@given(CODES)
def test_the_qr_symbol_of_a_code_decodes_to_exactly_that_code(qapp, code):
    [found] = Grey(matrix_image(qr_matrix(code))).qr_codes()
    assert found.text == code


def test_a_receipt_shows_the_code_as_a_sharp_scannable_qr_code_and_in_print(qapp, tmp_path):
    pdf = write_receipt_pdf(receipt("DS-0100"), tmp_path / "receipt.pdf")
    picture = page(pdf)
    [found] = picture.qr_codes()
    assert found.text == "DS-0100"
    modules = len(qr_matrix("DS-0100"))
    side_mm = (found.right - found.left) / DPI * 25.4
    assert side_mm >= 20 and abs(side_mm - SYMBOL_MM) < 1
    assert (found.right - found.left) / modules >= 3  # pixels a module at 150 dpi
    inside = {picture.at(x, y) for y in range(found.top, found.bottom)
              for x in range(found.left, found.right)}
    assert inside <= {0, 255}, "a blurred edge: grey pixels inside the QR code"
    assert "DS-0100" in pdf_text(pdf).split("Show this code at your next visit:")[1]


def test_a_receipt_of_a_membership_without_code_has_no_qr_code(qapp, tmp_path):
    pdf = write_receipt_pdf(receipt(None), tmp_path / "receipt.pdf")
    assert page(pdf).qr_codes() == []
    assert "no code" in pdf_text(pdf) and "next visit" not in pdf_text(pdf)


def test_a_card_is_credit_card_sized_with_chain_client_type_valid_until_and_code(
        qapp, tmp_path):
    card = Card("Demo Studio", "Emma Brown", "Massage 10", "DS-0100", "2026-06-15")
    pdf = write_card_pdf(card, tmp_path / "card.pdf")
    assert page_count(pdf) == 1
    image = render_page(pdf, dpi=DPI)
    assert (round(image.width() / DPI * 25.4), round(image.height() / DPI * 25.4)) == (
        round(CARD_MM[0]), round(CARD_MM[1]))
    [found] = Grey(image).qr_codes()
    assert found.text == "DS-0100"
    assert (found.right - found.left) / DPI * 25.4 >= 20
    text = pdf_text(pdf)
    for shown in ("Demo Studio", "Emma Brown", "Massage 10", "2026-06-15", "DS-0100"):
        assert shown in text


def test_a_card_of_a_membership_without_code_is_refused_and_no_file_is_left(qapp, tmp_path):
    target = tmp_path / "card.pdf"
    with pytest.raises(DeskError) as refused:
        write_card_pdf(Card("Demo Studio", None, "Yoga 8", None, "unlimited"), target)
    assert refused.value.code == "card_no_code" and refused.value.hint
    assert list(tmp_path.iterdir()) == []


def sell_coded_massage_10_to_emma(desk, qtbot) -> SellDialog:
    find_client(desk, qtbot, "Emma Brown")
    dialog = open_by_keys(desk, qtbot, Qt.Key.Key_N, CTRL, SellDialog)
    choose_type(qtbot, dialog, "Massage 10")
    click(qtbot, dialog.generate)
    assert not dialog.card_button.isEnabled()  # nothing sold yet
    click(qtbot, dialog.sell_button)
    qtbot.waitUntil(lambda: dialog.result.text().startswith("Sold"))
    return dialog


def test_a_sale_without_code_offers_no_card(desk, qtbot):
    dialog = sell_massage_10_to_emma(desk, qtbot)
    assert dialog.sold.number is None
    assert dialog.receipt_button.isEnabled() and not dialog.card_button.isEnabled()


def test_the_sell_dialog_saves_the_sold_membership_card_as_a_pdf(desk, qtbot, tmp_path):
    dialog = sell_coded_massage_10_to_emma(desk, qtbot)
    assert dialog.card_button.isEnabled()
    target = tmp_path / "card.pdf"
    dialog.ask_card_path = lambda _parent: str(target)
    click(qtbot, dialog.card_button)
    assert "Card saved" in dialog.result.text()
    [found] = page(target).qr_codes()
    assert found.text == dialog.sold.number and "Emma Brown" in pdf_text(target)
    receipt_pdf = tmp_path / "receipt.pdf"
    dialog.ask_path = lambda _parent, _suggested: str(receipt_pdf)
    click(qtbot, dialog.receipt_button)
    assert [f.text for f in page(receipt_pdf).qr_codes()] == [dialog.sold.number]


def test_the_sell_dialog_refuses_to_write_the_card_over_the_database(desk, qtbot):
    dialog = sell_coded_massage_10_to_emma(desk, qtbot)
    dialog.ask_card_path = lambda _parent: str(dialog.db.path)
    before = dialog.db.path.read_bytes()[:100]
    click(qtbot, dialog.card_button)
    assert "can't be written over it" in dialog.message.text()
    assert dialog.db.path.read_bytes()[:100] == before
