"""Build the digest site: ``python build.py`` reads seeds/ and writes site/ (see --help).

A thin wrapper over the ``digest build`` command, so the two never drift apart.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

from digest.cli import main

if __name__ == "__main__":
    sys.exit(main(["build", *sys.argv[1:]]))
