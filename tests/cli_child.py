"""Run the `ita` command line in a subprocess that a test can stop at an exact moment.

    python -m tests.cli_child PAUSE ARGS...

PAUSE is ``-`` (run straight through), ``close`` (stop as the final tables are finished, before
any table is moved into place), ``replace:N`` (stop after N tables were moved into place) or
``import`` (the process sends itself SIGINT while pydantic is being imported, i.e. during start-up;
not pandas, which a CSV run never imports).
At a stop the child prints ``PAUSED`` on stdout and waits for a line on stdin, so the test can send
a real signal at that moment and then let it go on. Only the pause is added; the code that runs is
the installed entry point's.
"""
from __future__ import annotations

import os
import signal
import sys

TABLE_NAMES = ("reports", "scores", "measures", "findings", "checks")


def _pause() -> None:
    print("PAUSED", flush=True)
    sys.stdin.readline()


def _install(pause: str) -> None:
    if pause == "import":
        class SignalOnImport:
            def find_spec(self, name, path=None, target=None):
                if name == "pydantic":
                    sys.meta_path.remove(self)
                    os.kill(os.getpid(), signal.SIGINT)
                return None

        sys.meta_path.insert(0, SignalOnImport())
    elif pause == "close":
        from extract.export import TableWriter

        original = TableWriter.close

        def close(self):
            _pause()
            return original(self)

        TableWriter.close = close
    elif pause.startswith("replace:"):
        after, moved = int(pause.split(":")[1]), []
        real_replace = os.replace

        def replace(src, dst, *args, **kwargs):
            real_replace(src, dst, *args, **kwargs)
            if os.path.basename(str(dst)).split(".")[0] in TABLE_NAMES:
                moved.append(dst)
                if len(moved) == after:
                    _pause()

        os.replace = replace


def main() -> int:
    pause, args = sys.argv[1], sys.argv[2:]
    _install(pause)
    from importlib.metadata import entry_points

    (ita,) = entry_points(group="console_scripts", name="ita")
    sys.argv = ["ita", *args]
    return ita.load()()


if __name__ == "__main__":
    sys.exit(main())
