"""A database on a network file system is refused before SQLite can lose data on it."""

from pathlib import Path

import pytest

from desk.store.engine import _on_network_mount

MOUNTS = ["/dev/sda1 / ext4 rw 0 0", "server:/export /mnt/shop nfs4 rw 0 0",
          "//nas/desk /media/nas cifs rw 0 0", "/dev/sdb1 /mnt/shop/local ext4 rw 0 0"]


@pytest.mark.parametrize("path", ["/mnt/shop/desk.sqlite", "/media/nas/desk/desk.sqlite"])
def test_a_path_on_an_nfs_or_smb_mount_is_a_network_share(path):
    assert _on_network_mount(Path(path), MOUNTS)


@pytest.mark.parametrize("path", ["/home/desk/desk.sqlite", "/mnt/shop/local/desk.sqlite",
                                  "/mnt/shopping/desk.sqlite"])
def test_a_path_on_a_local_disk_is_not(path):
    assert not _on_network_mount(Path(path), MOUNTS)
