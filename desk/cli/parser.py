"""The argument parser of ``desk`` (SPEC §8)."""

from __future__ import annotations

import argparse
import importlib


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # usage errors: one clear line, exit code 2
        self.exit(2, f"{self.prog}: error: {message}\nTry '{self.prog} --help'.\n")


class _Version(argparse.Action):
    """``--version``: the installed version, looked up only when asked for (see desk's
    ``__getattr__``)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS,
                 help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from desk import __version__

        print(f"desk {__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="desk", description="Desk: the front desk for memberships.")
    parser.add_argument("--version", action=_Version, help="show the version and exit")
    _common(parser, top=True)
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the main window offscreen, check it drew, exit 0")
    _language(parser)
    parser.set_defaults(run="commands:open_desk")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)

    p = _command(sub, "demo", "commands:demo", "create the demo chain")
    p.add_argument("--force", action="store_true",
                   help="move an existing database aside and start it anew")

    p = _command(sub, "memberships", "memberships_cmds:list_memberships", "list memberships")
    _json(p)
    _on(p)

    p = _command(sub, "today", "today_cmds:show_today",
                 "the day of one location: bookings, visits paid, sales, deductions, freezes")
    p.add_argument("--location", help="the location by name (default: the first that sells)")
    _on(p)
    _json(p)

    p = _command(sub, "day-sheet", "today_cmds:write_day_sheet",
                 "the day's bookings at one location with each client's remaining balances, "
                 "as a PDF")
    p.add_argument("out", metavar="OUT.pdf")
    p.add_argument("--location", help="the location by name (default: the first that sells)")
    _on(p)
    _force(p)
    _json(p)

    p = _command(sub, "report", "commands:report",
                 "the summary and liability roll-forward (and an Excel workbook)")
    p.add_argument("--as-of", dest="as_of", metavar="YYYY-MM-DD")
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD",
                   help="first day of the liability roll-forward (default: the month's first)")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD",
                   help="last day of the liability roll-forward, inclusive (default: month end)")
    p.add_argument("--xlsx", metavar="OUT.xlsx",
                   help="also write the summary, the roll-forward and every membership to Excel")
    _force(p)
    _json(p)

    p = _command(sub, "sell", "memberships_cmds:sell", "sell a membership")
    p.add_argument("type", metavar="TYPE")
    p.add_argument("--location", required=True)
    p.add_argument("--client", metavar="PHONE")
    p.add_argument("--code")
    p.add_argument("--generate-code", action="store_true", help="generate a fresh code")
    _on(p)
    _json(p)

    p = _command(sub, "pay", "memberships_cmds:pay", "pay a visit with a membership")
    p.add_argument("--client", required=True, metavar="PHONE")
    p.add_argument("--service", required=True)
    p.add_argument("--location", required=True)
    p.add_argument("--membership", metavar="ID|CODE")
    p.add_argument("--override", metavar="REASON",
                   help="pay past the type's visit limits (managers), saying why")
    _on(p)
    _json(p)

    p = _command(sub, "undo-pay", "memberships_cmds:undo_pay", "undo a payment")
    p.add_argument("payment_id", metavar="PAYMENT_ID")
    _on(p)
    _json(p)

    p = _command(sub, "freeze", "memberships_cmds:freeze", "freeze a membership")
    p.add_argument("ref", metavar="ID|CODE")
    p.add_argument("--until", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--reason", default="", metavar="R",
                   help="one of the chain's freeze reasons (`desk freeze-reasons`)")
    _on(p)
    _json(p)

    p = _command(sub, "freeze-reasons", "closure_cmds:freeze_reasons",
                 "the chain's freeze reasons; --set replaces the list (managers)")
    p.add_argument("--set", nargs="+", metavar="REASON", dest="reasons")
    _json(p)

    p = _command(sub, "unfreeze", "memberships_cmds:unfreeze", "unfreeze a membership")
    p.add_argument("ref", metavar="ID|CODE")
    _on(p)
    _json(p)

    p = _command(sub, "void", "memberships_cmds:void", "void a sale made today, before any use")
    p.add_argument("ref", metavar="ID|CODE")
    p.add_argument("--reason", metavar="R")
    _on(p)
    _json(p)

    p = _command(sub, "refund", "memberships_cmds:refund", "refund a membership (managers)")
    p.add_argument("ref", metavar="ID|CODE")
    p.add_argument("--reason", required=True, metavar="R")
    p.add_argument("--amount", metavar="A", help="the money paid back (default: what is owed)")
    _on(p)
    _json(p)

    p = _command(sub, "transfer", "closure_cmds:transfer",
                 "give a membership to another client")
    p.add_argument("ref", metavar="ID|CODE")
    p.add_argument("--to", required=True, metavar="PHONE")
    p.add_argument("--reason", default="", metavar="R")
    _on(p)
    _json(p)

    p = _command(sub, "share", "closure_cmds:share",
                 "let another client use a membership too, or stop letting them")
    p.add_argument("ref", metavar="ID|CODE")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--add", metavar="PHONE")
    who.add_argument("--remove", metavar="PHONE")
    _on(p)
    _json(p)

    p = _command(sub, "close-location", "closure_cmds:close_location",
                 "preview (and with --commit, freeze) what a location's closure freezes")
    p.add_argument("location", metavar="L")
    p.add_argument("--from", required=True, dest="first_day", metavar="YYYY-MM-DD",
                   help="the first day closed")
    p.add_argument("--to", required=True, dest="last_day", metavar="YYYY-MM-DD",
                   help="the last day closed")
    p.add_argument("--commit", action="store_true", help="freeze them all, in one go")
    _on(p)
    _json(p)

    p = _command(sub, "reopen-location", "closure_cmds:reopen_location",
                 "cancel a closure: what it froze works again, credited the days closed")
    p.add_argument("closure", metavar="CLOSURE_ID")
    _on(p)
    _json(p)

    p = _command(sub, "closures", "closure_cmds:list_closures", "every location closure")
    _json(p)

    p = _command(sub, "book", "memberships_cmds:book", "check and create a booking (SPEC §5)")
    p.add_argument("--client", required=True, metavar="PHONE")
    p.add_argument("--service", required=True, action="append",
                   help="a service to book; repeat for several")
    p.add_argument("--location", required=True)
    p.add_argument("--at", required=True, metavar="ISO", help="start, e.g. 2026-12-01T10:00")
    p.add_argument("--override", metavar="REASON",
                   help="book a start that has passed (managers), saying why")
    _json(p)

    p = _command(sub, "types", "types_cmds:list_types",
                 "every membership type with every setting (SPEC §8)")
    _json(p)

    p = _command(sub, "type", "types_cmds:save_type", "create or change a membership type")
    p.add_argument("action", choices=["save"],
                   help="save: from the JSON shape `desk types --json` prints (§2's locks apply)")
    p.add_argument("file", metavar="FILE.json")
    _json(p)

    p = _command(sub, "import", "import_cmds:import_file", "check (and commit) an Excel import")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--commit", action="store_true", help="write the memberships if valid")
    p.add_argument("--errors", metavar="OUT.xlsx", help="save a copy with bad cells marked")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="the import day (default: today)")
    _force(p)
    _json(p)

    p = _command(sub, "template", "import_cmds:template", "write an empty import template")
    p.add_argument("out", metavar="OUT.xlsx")
    _force(p)

    p = _command(sub, "shots", "commands:shots", "render every main view to DIR/<view>.png")
    p.add_argument("out", metavar="DIR")
    _language(p)

    p = _command(sub, "backup", "backup_cmds:backup", "consistent online backup")
    p.add_argument("out", metavar="OUT.sqlite")
    _force(p)

    p = _command(sub, "restore", "backup_cmds:restore",
                 "verified restore (integrity + ledger check) after keeping the current DB")
    p.add_argument("source", metavar="IN.sqlite")

    p = _command(sub, "sync", "sync_cmds:sync_round", "one sync round with the chain server")
    p.add_argument("--server", metavar="URL",
                   help="postgresql+psycopg://… (remembered; default: the one set before)")
    _json(p)

    p = _command(sub, "server", "sync_cmds:server_command",
                 "the chain server, run by its owner: set it up, add and revoke desks")
    p.add_argument("action", choices=["init", "add-desk", "revoke-desk"],
                   help="init: create or upgrade the schema and the desks' role; add-desk: a "
                        "login for one desk; revoke-desk: shut a desk out")
    p.add_argument("url", metavar="URL", help="postgresql+psycopg://owner@host:5432/database")
    p.add_argument("name", metavar="NAME", nargs="?", help="the desk (add-desk, revoke-desk)")
    p.add_argument("--role", help="init: the desks' role (default: named after the chain)")
    p.add_argument("--admin", action="store_true",
                   help="add-desk: an admin desk, which may change users and the chain")
    p.add_argument("--device", metavar="ID",
                   help="add-desk: bind the login to this device now (a desk that synced "
                        "before desks had logins of their own)")
    _json(p)

    p = _command(sub, "audit", "audit_cmds:verify",
                 "check that the ledger and the administrative changes are as written")
    p.add_argument("action", choices=["verify"], help="verify: walk every hash chain")
    _json(p)

    p = _command(sub, "run-due", "due_cmds:run_due", "run what is due")
    p.add_argument("--now", metavar="ISO")
    _json(p)

    p = _command(sub, "outbox", "due_cmds:outbox", "messages to clients and their state")
    p.add_argument("--status", choices=["pending", "failed", "sent"])
    _json(p)

    p = _command(sub, "payments-due", "due_cmds:payments_due", "renewal charges to take")
    p.add_argument("--all", action="store_true", help="paid ones too")
    _json(p)

    p = _command(sub, "cancel-renewal", "due_cmds:cancel_renewal",
                 "stop a membership renewing (its current period runs to its end)")
    p.add_argument("ref", metavar="MEMBERSHIP")
    _json(p)
    return parser


def _command(sub, name: str, run: str, help_text: str) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help_text, description=help_text)
    _common(p, top=False)
    p.set_defaults(run=run)
    return p


def resolve(run: str):
    """``"module:function"`` of desk.cli -> the function; a command imports only what it needs,
    so `desk --version` or `desk import` don't pay for the whole application at start-up."""
    module, function = run.split(":")
    return getattr(importlib.import_module(f"desk.cli.{module}"), function)


def _common(p: argparse.ArgumentParser, *, top: bool) -> None:
    default = None if top else argparse.SUPPRESS  # --db before or after the command
    p.add_argument("--db", metavar="PATH", default=default,
                   help="the database file (default: in your user data folder)")
    p.add_argument("--user", default=None if top else argparse.SUPPRESS,
                   help="act as this user (default: admin)")


def _language(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=("en", "es", "ru"), default=None,
                   help="the window's language (default: the one chosen in Settings, else "
                        "the system's); the command line always speaks English")


def _force(p) -> None:
    p.add_argument("--force", action="store_true",
                   help="replace the output file if it exists (never the database or its "
                        "backups)")


def _json(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print JSON")


def _on(p: argparse.ArgumentParser) -> None:
    p.add_argument("--on", metavar="YYYY-MM-DD", help="the business date (default: today)")
