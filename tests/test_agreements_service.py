"""services.agreements: what a deletion takes with it, and coming back under the same id."""

import pytest

from missionplanner.services import agreements as agreement_service
from missionplanner.services import attachments
from missionplanner.services import people as people_service


def test_deleted_agreement_comes_back_under_its_id_with_its_documents(db, tmp_path):
    a = people_service.create_organization(db, name="Aichi Prefecture", kind="prefecture", country="JP")
    b = people_service.create_organization(db, name="Brussels-Capital Region", kind="region", country="BE")
    p = people_service.create_person(db, family_name="Ohmura", organization_id=a)
    aid = agreement_service.create_agreement(db, title="Cooperation", parties=[a, b], signatories=[p])
    doc = tmp_path / "signed.pdf"
    doc.write_bytes(b"%PDF-1.4 signed")
    attachments.attach_file(db, "agreement", aid, doc)
    impact = agreement_service.deletion_impact(db, aid)
    assert (impact["parties"], impact["signatories"], impact["documents"]) == (2, 1, 1)
    agreement_service.delete_agreement(db, aid)
    assert agreement_service.list_agreements(db) == []
    again = agreement_service.create_agreement(db, record_id=aid, title="Cooperation", parties=[a, b],
                                               signatories=[p])
    assert again == aid
    assert [d["filename"] for d in attachments.list_attachments(db, "agreement", aid)] == ["signed.pdf"]


def test_changing_only_the_parties_moves_the_version_so_a_stale_edit_is_refused(db):
    from missionplanner.errors import StaleEditError
    from missionplanner.services.planner import Planner

    planner = Planner(db)
    aichi = planner.organizations.create(name="Aichi Prefecture")
    region = planner.organizations.create(name="Brussels-Capital Region")
    agreement = planner.agreements.create(title="Friendship agreement", parties=[aichi])
    seen = next(a for a in planner.agreements.list() if a["id"] == agreement)["version"]
    after = planner.agreements.update(agreement, seen, parties=[aichi, region])
    assert after == seen + 1
    with pytest.raises(StaleEditError):  # someone who read it before the parties changed
        planner.agreements.update(agreement, seen, parties=[aichi])
    # The same parties again is no change.
    assert planner.agreements.update(agreement, after, parties=[region, aichi]) == after
