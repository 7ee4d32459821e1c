"""Desk: the front desk for businesses that sell memberships."""


def __getattr__(name: str) -> str:
    """``desk.__version__``, looked up when first asked for: reading the installed package's
    metadata imports importlib.metadata (and the email parser), which every command would
    otherwise pay for before doing anything (``desk import`` starts reading its file first)."""
    if name != "__version__":
        raise AttributeError(f"module 'desk' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("desk")
    except PackageNotFoundError:  # running from a source tree that is not installed
        found = "0.0.0"
    globals()["__version__"] = found
    return found
