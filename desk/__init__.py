"""Desk: the front desk for businesses that sell memberships."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("desk")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
