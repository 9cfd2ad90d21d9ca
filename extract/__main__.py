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
        print(f"ita: {_interrupted()}", file=sys.stderr)
        return 130


def _interrupted() -> str:
    """"interrupted" in the language the command asked for (English if that cannot be known yet)."""
    try:
        from extract.cli import asked_lang
        from schemas.ui_words import word

        return word("interrupted", asked_lang(sys.argv[1:]))
    except BaseException:  # interrupted while importing those: say it as always
        return "interrupted"


if __name__ == "__main__":
    sys.exit(main())
