"""kill -9 during imports, saves and backups never loses a committed row nor leaves half an import."""

from bench.kill_harness import run_harness


def test_random_kills_lose_nothing_committed(tmp_path, capsys):
    counts = run_harness(kills=6, workdir=tmp_path, seed=9)
    with capsys.disabled():
        print("\nkill harness:", counts)
    assert counts["kills"] == 6
    assert counts["reopened_fine"] == 6
    assert counts["committed_rows"] > 0
    assert counts["rows_lost"] == 0
    assert counts["partial_missions"] == 0
    assert counts["bad_backups"] == 0
