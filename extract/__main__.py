"""``python -m extract`` is the ``ita`` command."""
import sys

from extract.cli import main

sys.exit(main())
