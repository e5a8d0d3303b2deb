"""``python -m actviz``."""

import sys

from actviz.cli import main

sys.exit(main())
