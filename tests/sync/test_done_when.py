"""Done when: two desks on the demo chain through the command line and the local
PostgreSQL — one sells (`desk sell`), the other pays the visit (`desk pay`) after `desk sync`."""

from desk.cli import main
from tests.cli.test_cli import run


def test_one_desk_sells_and_the_other_pays_the_visit_after_a_sync(chain_server, tmp_path,
                                                                  capsys):
    a, b = str(tmp_path / "a.sqlite"), str(tmp_path / "b.sqlite")
    assert run(capsys, "demo", "--db", a)[0] == 0
    assert run(capsys, "sync", "--db", a, "--server", chain_server.url)[0] == 0
    code, sold = run(capsys, "sell", "PT 12", "--location", "Downtown", "--client",
                     "12025550143", "--code", "CLI-1", "--db", a, "--json")
    assert code == 0 and sold["remaining"] == 12
    assert run(capsys, "sync", "--db", a)[0] == 0  # the server is remembered
    code, moved = run(capsys, "sync", "--db", b, "--server", chain_server.url, "--json")
    assert code == 0 and moved["pulled_entries"] >= 1 and moved["conflicts"] == []
    code, paid = run(capsys, "pay", "--client", "12025550143", "--service", "Personal training",
                     "--location", "Riverside", "--membership", "CLI-1", "--db", b, "--json")
    assert code == 0 and paid["remaining"] == 11 and paid["payment_id"]
    run(capsys, "sync", "--db", b), run(capsys, "sync", "--db", a)
    listed = run(capsys, "memberships", "--db", a, "--json")[1]
    assert [m["remaining"] for m in listed if m["number"] == "CLI-1"] == [11]


def test_sync_without_a_server_says_how_to_set_one(tmp_path, capsys):
    main(["demo", "--db", str(tmp_path / "x.sqlite")])
    capsys.readouterr()
    code = main(["sync", "--db", str(tmp_path / "x.sqlite"), "--json"])
    assert code == 1 and "sync_not_configured" in capsys.readouterr().out


def test_an_unreachable_server_is_a_clear_refusal(tmp_path, capsys):
    code = main(["sync", "--db", str(tmp_path / "x.sqlite"), "--json", "--server",
                 "postgresql+psycopg://nobody@127.0.0.1:1/none"])
    assert code == 1 and "sync_server_unreachable" in capsys.readouterr().out
