import pytest

from missionplanner.errors import NotFoundError, ValidationError
from missionplanner.services import agreements
from missionplanner.services.attachments import (
    attach_file,
    delete_attachment,
    list_attachments,
    save_attachment,
)


def test_an_agreement_keeps_its_signed_text(db, tmp_path):
    aid = agreements.create_agreement(db, title="Cooperation agreement Aichi / Brussels-Capital")
    doc = tmp_path / "accord-aichi.pdf"
    doc.write_bytes(b"%PDF-1.4 signed text")
    att = attach_file(db, "agreement", aid, doc)
    listed = list_attachments(db, "agreement", aid)
    assert [(a["filename"], a["media_type"], a["role"]) for a in listed] == [
        ("accord-aichi.pdf", "application/pdf", "document")]
    out = save_attachment(db, att, tmp_path / "out")
    assert out.read_bytes() == b"%PDF-1.4 signed text"
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    delete_attachment(db, att)
    assert list_attachments(db, "agreement", aid) == []


def test_bad_attachments_are_refused(db, tmp_path):
    aid = agreements.create_agreement(db, title="X")
    with pytest.raises(ValidationError, match="missing.pdf"):
        attach_file(db, "agreement", aid, tmp_path / "missing.pdf")
    doc = tmp_path / "a.txt"
    doc.write_text("x")
    with pytest.raises(NotFoundError):
        attach_file(db, "agreement", "no-such-id", doc)
    with pytest.raises(ValidationError, match="cannot attach"):
        attach_file(db, "planet", aid, doc)
