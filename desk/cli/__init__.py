"""The command line: the same services as the GUI, for installers, scripts, support and tests.

Exit codes: 0 done, 1 refused by a rule (the reason is printed), 2 usage error.
"""

from __future__ import annotations

import json
import sys

from desk.cli.parser import build_parser, resolve
from desk.core.errors import DeskError
from desk.files import private_umask
from desk.support import configure_logging, write_crash_log


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    undecodable = next((a for a in argv if not _is_text(a)), None)
    if undecodable is not None:  # bytes the system could not read as text (POSIX argv)
        print(f"desk: error: the argument {undecodable!a} is not text in this system's "
              "encoding. Retype it.", file=sys.stderr)
        return 2
    parser = build_parser()
    args = parser.parse_args(argv)
    private_umask()  # the database, its backups, logs and exports: for this user alone
    configure_logging()
    try:
        code = resolve(args.run)(args) or 0
        sys.stdout.flush()  # a closed pipe is found here, not at the interpreter's exit
        return code
    except DeskError as error:
        return report_refusal(error, as_json=getattr(args, "json", False))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (`desk today | head`): nothing to say
        _stdout_to_devnull()
        return 141
    except Exception as error:  # a fault of ours: one clear line here, details for support
        log = write_crash_log()
        print(f"error: Desk hit an unexpected problem ({type(error).__name__}); nothing was "
              f"changed. Details for support are in {log}.", file=sys.stderr)
        return 70
    finally:
        _close_databases()


def _close_databases() -> None:
    """Close the databases the command opened. The context (and the database layer it
    brings) is imported by the commands that use it, not here: a command's start-up pays
    only for what it needs, and ``desk import`` reads its file while the rest loads."""
    context = sys.modules.get("desk.cli.context")
    if context is not None:
        context.close_all()


def _stdout_to_devnull() -> None:
    """Python flushes stdout once more at exit; into the closed pipe that would print a
    traceback, so what is left goes nowhere (as a shell tool's does)."""
    import os

    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _is_text(argument: str) -> bool:
    try:
        argument.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def report_refusal(error: DeskError, *, as_json: bool, exit_code: int = 1) -> int:
    if as_json:
        print(json.dumps({"error": error.as_dict()}, ensure_ascii=False))
    else:
        print(f"error: {error} [{error.code}]", file=sys.stderr)
    return exit_code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
