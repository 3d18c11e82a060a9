"""The page images of the README's briefing pack section (`make briefing-images`).

Builds the demo's Japan pack (the minister's edition, in English) on a fresh demo database and renders
its cover, the day at a glance of 9 June, the first itinerary page, the trip-at-a-glance page and the first meeting brief with
pdftoppm into docs/briefing-*.png (497 x 702 pixels: A4 at 60 dpi).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
# Page image name -> a text that only that page starts with (its first heading).
PAGES = {"cover": None, "day": "Friday, 9 June 2017", "itinerary": "Day-by-day itinerary",
         "timeline": "The trip at a glance", "meeting": "Meeting 1:"}


def main() -> int:
    from missionplanner.briefing.pack import build_briefing
    from missionplanner.services.demo import load_demo
    from missionplanner.services.planner import Planner
    from missionplanner.store import open_database

    work = Path(tempfile.mkdtemp(prefix="mp-pages-"))
    db = open_database(work / "demo.sqlite")
    load_demo(db)
    planner = Planner(db)
    pdf = work / "pack.pdf"
    build_briefing(planner, planner.missions.resolve("official-mission-japan-2017"), pdf, lang="en",
                   classification="Restricted", drafting_officer="Private office, foreign trade")
    db.dispose()
    count = int(next(line.split()[-1] for line in subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
        if line.startswith("Pages:")))
    texts = [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"], capture_output=True,
                            text=True, check=True).stdout for n in range(1, count + 1)]
    for name, heading in PAGES.items():
        number = 1 if heading is None else next(
            (n for n, text in enumerate(texts, 1) if n > 2 and heading in text.split("\n\n", 2)[-1][:400]),
            None)
        if number is None:
            print(f"no page starts with {heading!r}", file=sys.stderr)
            return 1
        stem = work / name
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(number), "-l", str(number), "-singlefile",
                        str(pdf), str(stem)], check=True)
        target = DOCS / f"briefing-{name}.png"
        target.write_bytes(stem.with_suffix(".png").read_bytes())
        print(f"{target.relative_to(DOCS.parent)}: page {number}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
