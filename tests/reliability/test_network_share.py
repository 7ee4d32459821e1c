"""A database on a network file system is refused before SQLite can lose data on it."""

from pathlib import Path

import pytest

from desk.core.errors import DeskError
from desk.store.engine import _on_network_mount
from desk.store.uow import Database

MOUNTS = ["/dev/sda1 / ext4 rw 0 0", "server:/export /mnt/shop nfs4 rw 0 0",
          "//nas/desk /media/nas cifs rw 0 0", "/dev/sdb1 /mnt/shop/local ext4 rw 0 0"]


@pytest.mark.parametrize("path", ["/mnt/shop/desk.sqlite", "/media/nas/desk/desk.sqlite"])
def test_a_path_on_an_nfs_or_smb_mount_is_a_network_share(path):
    assert _on_network_mount(Path(path), MOUNTS)


@pytest.mark.parametrize("path", ["/home/desk/desk.sqlite", "/mnt/shop/local/desk.sqlite",
                                  "/mnt/shopping/desk.sqlite"])
def test_a_path_on_a_local_disk_is_not(path):
    assert not _on_network_mount(Path(path), MOUNTS)


def test_a_mount_point_with_a_space_in_its_name_is_read_as_written():
    mounts = ["//nas/desk /media/shop\\040files cifs rw 0 0"]
    assert _on_network_mount(Path("/media/shop files/desk.sqlite"), mounts)


@pytest.mark.parametrize("path", ["//nas/desk/desk.sqlite", "\\\\nas\\desk\\desk.sqlite"])
def test_opening_a_database_on_a_share_is_refused_with_what_to_do(path):
    with pytest.raises(DeskError) as refused:
        Database.open(path)
    assert refused.value.code == "database_on_network_share"
    assert "network share" in str(refused.value) and "this PC's own disk" in str(refused.value)
