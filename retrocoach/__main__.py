"""`python -m retrocoach`: the same as the `retrocoach` command."""

import sys

from retrocoach.cli import main

sys.exit(main())
