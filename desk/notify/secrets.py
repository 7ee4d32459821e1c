"""Credentials in the OS keyring, when this machine has a usable one."""

from __future__ import annotations

SERVICE = "desk"


def keyring_usable() -> bool:
    """True when a real keyring backend is available (not the "fail" or "null" ones)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return False
    priority = getattr(backend, "priority", 0)
    return priority is not None and priority > 0 and "null" not in type(backend).__module__


def keyring_get(name: str) -> str | None:
    import keyring

    return keyring.get_password(SERVICE, name)


def keyring_set(name: str, value: str) -> None:
    import keyring

    if value:
        keyring.set_password(SERVICE, name, value)
    elif keyring.get_password(SERVICE, name) is not None:
        keyring.delete_password(SERVICE, name)
