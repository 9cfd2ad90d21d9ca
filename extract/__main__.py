"""`ita` and `python -m extract`: the command line, with Ctrl-C handled from the first import."""
from __future__ import annotations

import atexit
import os
import signal
import sys
import threading


def main() -> int:
    """Run the command; the process ends here (see ``_end``), with the command's exit status."""
    code = _run()
    _end(code)
    return code  # _end returned: the interpreter ends the process as usual


def _run() -> int:
    try:
        from extract.cli import main as cli  # imports take a second or two: Ctrl-C may come here

        return cli()
    except KeyboardInterrupt:  # start-up, `ita check`, or before a run's own handling begins
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not print a traceback
        print(f"ita: {_interrupted()}", file=sys.stderr)
        return 130


def _end(code: int) -> None:
    """End the process now, without the interpreter's teardown: freeing every module and table
    object one by one took tens of milliseconds of a short run (issue 13) and changes nothing on
    disk. Only once all is written: every table and the journal are closed by the command before
    it returns, the exit handlers run here (caches saved, temporary folders removed, child
    processes reaped) and the output streams are flushed. Where any of that cannot be made sure —
    a thread still running, a stream that fails to flush, an exit status that is not a number —
    this returns and the interpreter ends the process as it always did."""
    if not isinstance(code, int) or any(t.is_alive() and not t.daemon for t in threading.enumerate()
                                        if t is not threading.main_thread()):
        return
    try:
        atexit._run_exitfuncs()
        atexit._clear()  # run once: they would run again if the interpreter ended the process after all
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except BaseException:  # noqa: BLE001 - e.g. a closed pipe: Python's own exit reports it
        return
    os._exit(code)


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
