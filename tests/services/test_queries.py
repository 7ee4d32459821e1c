"""What the desk's search box and client card ask."""

from hypothesis import given, settings
from hypothesis import strategies as st

from desk.core.names import search_key
from desk.services.chain import add_client
from desk.services.history import membership_history
from desk.services.memberships import sell_membership
from desk.services.queries import (
    client_memberships,
    code_hit,
    search,
    search_clients,
)
from tests.demo_chain import DEMO_DAY


def names(clients):
    return [c.name for c in clients]


def test_a_client_is_found_by_name_prefix_ignoring_case(demo):
    assert names(search_clients(demo.db, "ali")) == ["Alice Smith"]


def test_a_client_is_found_by_a_phone_typed_in_any_format(demo):
    assert names(search_clients(demo.db, "+1 (212) 555-0102")) == ["Bob Jones"]
    assert names(search_clients(demo.db, "212 555 0102")) == ["Bob Jones"]


def test_a_phone_prefix_finds_every_client_it_starts(demo):
    assert names(search_clients(demo.db, "1212555")) == ["Alice Smith", "Bob Jones"]


def test_a_membership_code_finds_its_owner(demo):
    assert names(search_clients(demo.db, "ds-0002")) == ["Bob Jones"]


def test_the_client_card_lists_memberships_and_their_ledger(demo):
    rows = client_memberships(demo.db, demo.client("Alice Smith"), DEMO_DAY)
    assert [(r.number, r.remaining) for r in rows] == [("DS-0001", 7)]
    history = membership_history(demo.db, rows[0].id)
    assert [line.kind for line in history] == ["sale", "payment", "payment", "payment"]


# finding anything by its code, names without regard to case or accents (SPEC §11) --------



def sell_gift(demo, code="LEG-2003"):
    """A coded Yoga 8 with no owner: whoever presents the code may use it."""
    return sell_membership(demo.db, demo.admin, type_id=demo.type_id("Yoga 8"),
                           location_id=demo.location("Downtown"), code=code, day=DEMO_DAY)


def test_a_later_word_of_the_name_finds_the_client_without_regard_to_accents(demo):
    assert names(search_clients(demo.db, "diaz")) == ["Carla Díaz"]
    assert names(search_clients(demo.db, "DÍA")) == ["Carla Díaz"]
    assert names(search_clients(demo.db, "carla d")) == ["Carla Díaz"]


def test_clients_whose_whole_name_matches_come_before_a_later_word_match(demo):
    add_client(demo.db, demo.admin, "Zoe Alison", "12125550177")
    assert names(search_clients(demo.db, "ali")) == ["Alice Smith", "Zoe Alison"]


def test_a_renamed_client_is_found_by_the_new_name_only(demo):
    from desk.services.clients import update_client
    update_client(demo.db, demo.admin, demo.client("Carla Díaz"), "Carla Muñoz",
                  "34911234567", None, "")
    assert names(search_clients(demo.db, "munoz")) == ["Carla Muñoz"]
    assert search_clients(demo.db, "diaz") == []


def test_signs_alone_find_nobody(demo):
    assert search(demo.db, "-- '") == []


def test_an_exact_code_of_a_gift_finds_the_gift(demo):
    gift = sell_gift(demo)
    for typed in ("LEG-2003", " leg-2003 "):
        [hit] = search(demo.db, typed)
        assert hit.is_gift and (hit.membership_id, hit.code) == (gift.id, "LEG-2003")
    assert code_hit(demo.db, " leg-2003").membership_id == gift.id


def test_an_exact_code_of_an_owned_membership_finds_its_owner_and_names_it(demo):
    [hit] = search(demo.db, "ds-0002")
    assert (hit.client.name, hit.code) == ("Bob Jones", "DS-0002")


def test_a_partial_code_finds_memberships_by_its_start_or_its_number_part(demo):
    gift = sell_gift(demo)
    for typed in ("LEG-20", "leg", "2003", "200"):
        assert [h.membership_id for h in search(demo.db, typed)] == [gift.id], typed
    assert [h.code for h in search(demo.db, "ds-")] == ["DS-0001", "DS-0002"]
    assert [h.code for h in search(demo.db, "0002")] == ["DS-0002"]


def test_a_partial_code_needs_three_signs(demo):
    sell_gift(demo)
    assert search(demo.db, "le") == []
    assert code_hit(demo.db, "LEG-20") is None


def plans_of_the_statements(db, work):
    """The query plan of every statement ``work`` runs (SQLite's EXPLAIN QUERY PLAN)."""
    from sqlalchemy import event
    statements = []
    keep = lambda conn, cursor, sql, params, context, many: statements.append((sql, params))  # noqa: E731
    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        work()
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    with db.read() as uow:
        conn = uow.connection()
        return [row[-1] for sql, params in statements if sql.lstrip().startswith("SELECT")
                for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params)]


def test_a_name_search_reads_the_search_key_indexes_never_the_whole_table(demo):
    plans = plans_of_the_statements(demo.db, lambda: search_clients(demo.db, "diaz"))
    assert any("USING INDEX ix_clients_search_key" in p for p in plans), plans
    assert any("client_name_words USING COVERING INDEX" in p for p in plans), plans
    assert not any(p.startswith("SCAN clients") for p in plans), plans


def test_a_partial_code_is_found_on_the_code_indexes_never_the_whole_table(demo):
    plans = plans_of_the_statements(demo.db, lambda: search(demo.db, "2003"))
    assert any("USING INDEX ix_memberships_code_tail" in p for p in plans), plans
    assert not any(p.startswith("SCAN memberships") and "INDEX" not in p for p in plans), plans


_WORD = st.text(st.characters(categories=("L", "M", "N")), min_size=1, max_size=8)


@settings(max_examples=300, deadline=None)
@given(words=st.lists(_WORD, min_size=1, max_size=4), pick=st.integers(0, 3),
       cut=st.integers(1, 8), shout=st.booleans())
def test_any_name_is_found_by_the_start_of_any_of_its_words(words, pick, cut, shout):
    from desk.core.names import name_matches
    word = words[pick % len(words)]
    typed = search_key(word)[:cut]
    typed = typed.upper() if shout else typed
    name = " ".join(words)
    if search_key(typed):  # a word of marks alone folds to nothing: nothing to type
        assert name_matches(name, typed), (name, typed)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_the_search_key_of_a_search_key_is_itself(text):
    assert search_key(search_key(text)) == search_key(text)


def test_a_presented_gift_is_offered_to_pay_for_a_client_it_does_not_belong_to(demo):
    from desk.services.memberships import payment_options
    gift = sell_gift(demo)
    options = dict(client_id=demo.client("Alice Smith"), service_id=demo.service("Yoga class"),
                   location_id=demo.location("Downtown"), day=DEMO_DAY)
    usable, _ = payment_options(demo.db, **options)
    assert usable == []
    usable, _ = payment_options(demo.db, **options, also=gift.id)
    assert [m.number for m in usable] == ["LEG-2003"]
