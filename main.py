"""Double-click entry point: ``python main.py``."""

import sys

from actviz.app import main

if __name__ == "__main__":
    sys.exit(main())
