"""What support needs when something unexpected happens: the details, in a log file.

Clients' phone numbers never reach a log: anything that looks like one is masked
(``12125550101`` -> ``12*******01``) in crash logs and in every log record (``logger``).
"""

from __future__ import annotations

import logging
import re
import traceback
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desk.core.phones import mask_phone
from desk.paths import log_dir

LOG_FILE, CRASH_LOG = "desk.log", "desk-errors.log"

# a run of 7-15 digits, maybe with a leading "+" and the separators people type; not part
# of a longer word, an id (hex after a dash) or a number with more digits around it
_PHONE_LIKE = re.compile(r"(?<![\w-])\+?\(?\d(?:[\s().-]{0,2}\d){6,14}(?!\w)(?!-[0-9a-fA-F])")
_NOT_A_PHONE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}")  # dates and times


def mask_phones(text: str) -> str:
    """``text`` with every phone-like number masked (dates and times are left alone)."""
    def mask(match: re.Match) -> str:
        found = match.group()
        digits = re.sub(r"\D", "", found)
        if _NOT_A_PHONE.search(found) or not 7 <= len(digits) <= 15:
            return found
        return mask_phone(digits)

    return _PHONE_LIKE.sub(mask, text)


def logger(name: str) -> logging.Logger:
    """The logger of one part of Desk (``logger("sync")`` is "desk.sync"). Every log record
    made in this process is masked from then on, whoever made it (a library's too), so no
    handler can ever see a full phone number."""
    _mask_every_record()
    return logging.getLogger(f"desk.{name}")


def configure_logging() -> Path:
    """Desk's log file (``desk.log`` in the log folder, rotated at 1 MB, 3 kept) for the
    "desk" loggers at INFO and above; a second call changes nothing. Returns its path."""
    _mask_every_record()
    path = log_dir() / LOG_FILE
    desk_logger = logging.getLogger("desk")
    if not any(getattr(h, "baseFilename", None) == str(path) for h in desk_logger.handlers):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3,
                                          encoding="utf-8")
        except OSError:  # a read-only profile must not keep the desk closed
            return path
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: "
                                               "%(message)s"))
        desk_logger.addHandler(handler)
    desk_logger.setLevel(logging.INFO)
    return path


_masking = False


def _mask_every_record() -> None:
    global _masking
    if _masking:
        return
    make = logging.getLogRecordFactory()

    def masked(*args, **kwargs) -> logging.LogRecord:
        record = make(*args, **kwargs)
        record.msg, record.args = mask_phones(record.getMessage()), None
        if record.exc_info:
            record.exc_text = mask_phones(logging.Formatter().formatException(record.exc_info))
        return record

    logging.setLogRecordFactory(masked)
    _masking = True


def write_crash_log() -> str:
    """Append the exception being handled to the user's log folder (phones masked);
    returns the file's path."""
    path = log_dir() / CRASH_LOG
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as log:
        log.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
        log.write(mask_phones(traceback.format_exc()))
    return str(path)
