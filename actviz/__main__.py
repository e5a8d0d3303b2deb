"""``python -m actviz``."""

import sys

from actviz.app import main

sys.exit(main())
