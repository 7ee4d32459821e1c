"""What support needs when something unexpected happens: the details, in a log file.

Clients' phone numbers never reach a log: anything that looks like one is masked
(``12125550101`` -> ``12*******01``) in crash logs and, through :class:`MaskPhones`, in
any log record.
"""

from __future__ import annotations

import logging
import re
import traceback
from datetime import datetime

from desk.core.phones import mask_phone
from desk.paths import log_dir

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


class MaskPhones(logging.Filter):
    """A logging filter that masks phone numbers in a record's message and arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask_phones(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = mask_phones(logging.Formatter().formatException(record.exc_info))
        return True


def write_crash_log() -> str:
    """Append the exception being handled to the user's log folder (phones masked);
    returns the file's path."""
    path = log_dir() / "desk-errors.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as log:
        log.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
        log.write(mask_phones(traceback.format_exc()))
    return str(path)
