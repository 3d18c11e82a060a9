"""Issue 13, finding 4 and 13: every output goes through one safe writer."""

import os
import stat
from pathlib import Path

import pytest

from missionplanner.output_files import OutputError, leftover_temp_files, output_path, write_output


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_writes_owner_only_and_leaves_no_temp_file(tmp_path):
    target = tmp_path / "pack.pdf"
    write_output(target, b"%PDF-1.4 hello")
    assert target.read_bytes() == b"%PDF-1.4 hello"
    assert mode(target) == 0o600
    assert leftover_temp_files(tmp_path) == []


def test_replaces_an_existing_regular_file(tmp_path):
    target = tmp_path / "mission.json"
    target.write_text("old")
    write_output(target, "new ☺")
    assert target.read_text(encoding="utf-8") == "new ☺"


def test_a_planted_part_link_is_not_followed(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    (tmp_path / "out.pdf.part").symlink_to(victim)
    write_output(tmp_path / "out.pdf", b"pdf")
    assert victim.read_text() == "precious"
    assert (tmp_path / "out.pdf").read_bytes() == b"pdf"


def test_a_symlink_target_is_refused(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    (tmp_path / "out.pdf").symlink_to(victim)
    with pytest.raises(OutputError, match="symbolic link"):
        write_output(tmp_path / "out.pdf", b"pdf")
    assert victim.read_text() == "precious"
    assert leftover_temp_files(tmp_path) == []


def test_a_device_is_refused():
    with pytest.raises(OutputError, match="not a regular file"):
        write_output("/dev/null", b"x")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_read_only_file_is_not_replaced(tmp_path):
    target = tmp_path / "signed.pdf"
    target.write_bytes(b"the signed version")
    target.chmod(0o444)
    with pytest.raises(OutputError, match="read-only"):
        write_output(target, b"other")
    assert target.read_bytes() == b"the signed version"


@pytest.mark.parametrize("bad, words", [("", "no output file"), (".", "folder")])
def test_empty_name_and_folder_are_refused(tmp_path, bad, words, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(OutputError, match=words):
        write_output(bad, b"x")
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_named(tmp_path):
    with pytest.raises(OutputError, match="does not exist"):
        write_output(tmp_path / "nope" / "a.pdf", b"x")


def test_a_failing_writer_leaves_the_old_file_and_no_temp(tmp_path):
    target = tmp_path / "a.ics"
    target.write_bytes(b"good")

    def boom(fh):
        fh.write(b"half")
        raise RuntimeError("killed half way")

    with pytest.raises(RuntimeError):
        write_output(target, boom)
    assert target.read_bytes() == b"good"
    assert leftover_temp_files(tmp_path) == []


def test_a_full_disk_is_one_clear_error():
    # The temp file lives beside the target, so a full disk shows at write time; the writer raises
    # the error the kernel gives on a full disk.
    import errno

    def full(fh):
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OutputError, match="not enough space"):
        write_output(Path(os.environ.get("TMPDIR", "/tmp")) / "mp-full-test.bin", full)


def test_output_path_gives_a_fresh_private_file(tmp_path):
    with output_path(tmp_path / "b.sqlite") as tmp:
        assert tmp.parent == tmp_path and tmp.stat().st_size == 0 and mode(tmp) == 0o600
        tmp.write_bytes(b"data")
    assert (tmp_path / "b.sqlite").read_bytes() == b"data"


def run_cli(*argv):
    from missionplanner.cli import main

    return main(list(argv))


def test_cli_outputs_refuse_links_and_folders_before_working(tmp_path, capsys):
    db = str(tmp_path / "x.sqlite")
    assert run_cli("--db", db, "demo") == 0
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    (tmp_path / "japan.json").symlink_to(victim)
    for command in ("export", "ics-export"):
        capsys.readouterr()
        assert run_cli("--db", db, command, "official-mission-japan-2017", "-o", str(tmp_path / "japan.json")) == 2
        err = capsys.readouterr().err
        assert "symbolic link" in err and err.count("\n") == 1
        assert run_cli("--db", db, command, "official-mission-japan-2017", "-o", str(tmp_path)) == 2
        assert "is a folder" in capsys.readouterr().err
        assert run_cli("--db", db, command, "official-mission-japan-2017", "-o", "") == 2
    assert victim.read_text() == "precious"
    assert leftover_temp_files(tmp_path) == []


def test_cli_exports_are_owner_only(tmp_path):
    db = str(tmp_path / "x.sqlite")
    run_cli("--db", db, "demo")
    for command, name in (("export", "m.json"), ("ics-export", "m.ics")):
        assert run_cli("--db", db, command, "official-mission-japan-2017", "-o", str(tmp_path / name)) == 0
        assert mode(tmp_path / name) == 0o600
