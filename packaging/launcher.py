"""Entry point of the frozen application: PyInstaller runs this file as __main__.

It is the `missionplanner` console script: with no command it opens the desktop app, with one it
runs the command line (DESIGN.md's contract), so the frozen program takes the same arguments.
"""

import sys

from missionplanner.cli import main

if __name__ == "__main__":
    sys.exit(main())
