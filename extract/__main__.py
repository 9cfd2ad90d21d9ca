"""`ita` and `python -m extract`: the command line, with Ctrl-C handled from the first import."""
from __future__ import annotations

import signal
import sys


def main() -> int:
    try:
        from extract.cli import main as cli  # imports take a second or two: Ctrl-C may come here

        return cli()
    except KeyboardInterrupt:  # start-up, `ita check`, or before a run's own handling begins
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not print a traceback
        print("ita: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
