"""The search keys of client names (``clients.search_key`` and ``client_name_words``),
derived from ``clients.name`` on each desk: every path that writes a client's name (the
clients repository, a sync pull, the benchmark's bulk build) keeps them here."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection

from desk.core.names import later_word_keys, search_key

CHUNK = 500  # ids per IN (...): well under SQLite's limit on bound parameters


def word_rows(client_id: str, name: str) -> list[dict]:
    """The ``client_name_words`` rows of a client of this name."""
    return [{"word": word, "client_id": client_id} for word in dict.fromkeys(
        later_word_keys(name))]


def write_search_keys(conn: Connection, names: Iterable[tuple[str, str]]) -> None:
    """Set the search keys of these (client id, name) pairs, replacing any they had."""
    pairs = list(names)
    for start in range(0, len(pairs), CHUNK):
        chunk = pairs[start:start + CHUNK]
        conn.exec_driver_sql("UPDATE clients SET search_key = ? WHERE id = ?",
                             [(search_key(name), client_id) for client_id, name in chunk])
        write_words(conn, chunk)


def write_words(conn: Connection, names: Iterable[tuple[str, str]]) -> None:
    """Set the ``client_name_words`` of these (client id, name) pairs, replacing any."""
    pairs = list(names)
    for start in range(0, len(pairs), CHUNK):
        chunk = pairs[start:start + CHUNK]
        ids = [client_id for client_id, _ in chunk]
        conn.exec_driver_sql(
            f"DELETE FROM client_name_words WHERE client_id IN ({', '.join('?' * len(ids))})",
            tuple(ids))
        words = [(w["word"], w["client_id"]) for client_id, name in chunk
                 for w in word_rows(client_id, name)]
        if words:
            conn.exec_driver_sql(
                "INSERT INTO client_name_words (word, client_id) VALUES (?, ?)", words)


def refresh_search_keys(conn: Connection, client_ids: Iterable[str]) -> None:
    """Re-derive the search keys of these clients from their stored names (after a pull
    wrote their rows); ids no longer in ``clients`` are skipped."""
    ids = list(dict.fromkeys(client_ids))
    pairs: list[tuple[str, str]] = []
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        pairs += conn.exec_driver_sql(
            f"SELECT id, name FROM clients WHERE id IN ({', '.join('?' * len(chunk))})",
            tuple(chunk)).all()
    write_search_keys(conn, pairs)
