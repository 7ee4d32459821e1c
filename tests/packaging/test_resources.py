"""The icons each platform needs, and where a source or a frozen run finds its resources."""

from __future__ import annotations

import sys

from PySide6.QtGui import QImageReader

from desk.paths import icon_files, resources_dir, samples_dir
from tests.packaging.conftest import ROOT


def sizes_in(path) -> set[int]:
    """The side of every image a multi-image file (.ico, .icns) holds, read by Qt's plugins."""
    reader, sizes = QImageReader(str(path)), set()
    for _ in range(reader.imageCount()):
        image = reader.read()
        assert image.width() == image.height(), path
        sizes.add(image.width())
        reader.jumpToNextImage()
    return sizes


def test_the_icon_is_rendered_at_every_size_from_16_to_512_smallest_first():
    sides = [int(png.stem.removeprefix("desk-")) for png in icon_files()]
    assert sides == [16, 24, 32, 48, 64, 128, 256, 512]


def test_the_windows_icon_holds_every_size_windows_shows(qapp):
    assert sizes_in(resources_dir() / "desk.ico") == {16, 24, 32, 48, 64, 128, 256}


def test_the_mac_icon_holds_the_retina_sizes_up_to_1024(qapp):
    assert {16, 32, 64, 128, 256, 512, 1024} <= sizes_in(resources_dir() / "desk.icns")


def test_the_window_icon_offers_every_rendered_size(qapp):
    from desk.ui.app import app_icon

    assert {size.width() for size in app_icon().availableSizes()} == {
        16, 24, 32, 48, 64, 128, 256, 512}


def test_a_source_run_finds_resources_and_samples_in_the_checkout():
    assert (resources_dir() / "style.qss").is_file()
    assert (samples_dir() / "valid_demo.xlsx").is_file()


def test_a_frozen_run_finds_resources_and_samples_in_the_unpacked_bundle(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert (resources_dir(), samples_dir()) == (tmp_path / "resources",
                                                tmp_path / "sample_imports")
    assert resources_dir() != ROOT / "resources"
