"""Random command lines: exit code 0, 1 or 2 with a clear message, never a traceback, and a
refused command writes nothing."""

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desk.cli import main
from tests.reliability.fingerprints import content

NOWHERE = "postgresql+psycopg://nobody@127.0.0.1:1/none"  # nothing listens: refused at once
# every command but the window, the demo (it replaces the chain on purpose) and shots (Qt)
COMMANDS = ["memberships", "report", "sell", "pay", "undo-pay", "freeze", "unfreeze", "book",
            "import", "template", "backup", "restore", "run-due", "sync", "server", "outbox",
            "payments-due", "cancel-renewal", "--version"]
WORDS = ["--json", "--on", "--as-of", "--from", "--to", "--client", "--service", "--location",
         "--membership", "--code", "--generate-code", "--until", "--at", "--now", "--commit",
         "--errors", "--today", "--user", "--help", "PT 12", "Massage 10", "Downtown",
         "Riverside", "Airport", "Yoga class", "12125550101", "+1 (212) 555-0102", "DS-0001",
         "2026-03-15", "2026-02-30", "9999-12-31", "0001-01-01", "2026-03-16T10:00",
         "reception", "manager", "nobody", "out.xlsx", "copy.sqlite", "-1", "1e309", "",
         "init", "--server", NOWHERE, "http://127.0.0.1:1/", "--role", "--password",
         "--status", "failed", "--all"]
TEXT = st.text(st.characters(exclude_characters="\x00"), max_size=12)  # argv can't hold NUL
ARGV = st.tuples(st.sampled_from(COMMANDS),
                 st.lists(st.one_of(st.sampled_from(WORDS), TEXT), max_size=7))


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(argv=ARGV)
@example(argv=("sync", ["--server", NOWHERE]))
@example(argv=("server", ["init", NOWHERE, "--json"]))
@example(argv=("sync", []))
@example(argv=("--version", []))
def test_random_command_lines_exit_cleanly(demo, tmp_path, monkeypatch, capsys, argv):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("desk.support.log_dir", lambda: tmp_path / "logs")
    before = content(demo.path)
    try:
        code = main([argv[0], *argv[1], "--db", str(demo.path)])
    except SystemExit as stop:  # argparse: --help (0) and usage errors (2)
        code = stop.code
    out, err = capsys.readouterr()
    assert code in (0, 1, 2) and "Traceback" not in out + err, (code, err)
    assert code == 0 or (out + err).strip()  # a refusal says why
    assert code == 0 or content(demo.path) == before
