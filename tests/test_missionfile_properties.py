"""Property tests: any document either imports or is refused with a clear error, leaving no trace."""

import copy
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from missionplanner.services.demo import demo_documents
from missionplanner.services.missionfile import MissionFileError, import_document
from missionplanner.store import open_database

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)
JAPAN = dict(demo_documents())["2-official-mission-japan-2017.json"]


@pytest.fixture(scope="module")
def shared_db():
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "prop.sqlite")
        yield db
        db.dispose()


def _count(db):
    with db.engine.connect() as conn:
        return tuple(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
                     for t in ("missions", "meetings", "people", "organizations", "agreements"))


def _import_or_refuse(db, doc):
    before = _count(db)
    try:
        import_document(db, doc)
    except MissionFileError as exc:
        assert str(exc)  # a message a person can read
        assert _count(db) == before


@given(doc=json_values)
def test_arbitrary_json_is_imported_or_refused(shared_db, doc):
    _import_or_refuse(shared_db, doc)


@given(section=st.sampled_from(["mission", "legs", "organizations", "people", "meetings", "agreements"]),
       index=st.integers(0, 5), field=st.text(max_size=15) | st.sampled_from(
           ["start", "end", "timezone", "title", "key", "counterparts", "status", "due", "arrive"]),
       value=json_values)
def test_mutated_demo_file_is_imported_or_refused(shared_db, section, index, field, value):
    doc = copy.deepcopy(JAPAN)
    target = doc[section]
    if isinstance(target, list):
        if not target:
            return
        target = target[index % len(target)]
    target[field] = value
    _import_or_refuse(shared_db, doc)
