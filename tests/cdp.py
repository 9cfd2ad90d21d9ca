"""A tiny Chrome DevTools Protocol client over ``--remote-debugging-pipe`` (stdlib only), so a test
can click in a real headless Chromium, read the page back and take a screenshot.

Chromium reads commands from fd 3 and writes replies and events to fd 4, each a JSON text ended by
a NUL byte.
"""
from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import time
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--remote-debugging-pipe"]


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


class Browser:
    """``with Browser(profile) as b: b.open(url, width=1280); b.evaluate("…"); b.click(x, y)``."""

    def __init__(self, profile: Path, timeout: float = 60):
        self.timeout, self._id, self._buffer, self.session = timeout, 0, b"", None
        commands_r, self._commands = os.pipe()
        self._replies, replies_w = os.pipe()

        def fds():  # the child's fd 3 and 4 are the pipe ends Chromium expects (a pipe end may be 3 or 4 already)
            high = [os.dup(commands_r), os.dup(replies_w)]
            for target, fd in zip((3, 4), high):
                os.dup2(fd, target)  # dup2 makes the copy inheritable, so it survives exec

        self.process = subprocess.Popen([chromium(), *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                                        preexec_fn=fds, close_fds=False, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
        os.close(commands_r)
        os.close(replies_w)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc) -> None:
        try:
            self.send("Browser.close", session=False)
        except Exception:  # noqa: BLE001 - it may be gone already
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._commands)
        os.close(self._replies)

    def send(self, method: str, params: dict | None = None, *, session: bool = True) -> dict:
        """Run one command and return its result (raises on a protocol error)."""
        self._id += 1
        message = {"id": self._id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        reply = self._wait(lambda m: m.get("id") == self._id)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def _wait(self, wanted) -> dict:
        deadline = time.monotonic() + self.timeout
        while True:
            while b"\0" in self._buffer:
                raw, self._buffer = self._buffer.split(b"\0", 1)
                message = json.loads(raw)
                if wanted(message):
                    return message
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._replies], [], [], left)[0]:
                raise TimeoutError("Chromium did not answer")
            chunk = os.read(self._replies, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self._buffer += chunk

    def open(self, url: str, width: int = 1280, height: int = 900) -> None:
        """A new tab of ``width`` × ``height`` CSS pixels showing ``url``, once loaded."""
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True},
                                 session=False)["sessionId"]
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        self.send("Page.enable")
        self.send("Page.navigate", {"url": url})
        self._wait(lambda m: m.get("method") == "Page.loadEventFired")

    def evaluate(self, expression: str):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"script error: {result['exceptionDetails']}")
        return result["result"].get("value")

    def click(self, x: float, y: float) -> None:
        """A real left click (mouse down and up) at page coordinates."""
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1})

    def click_on(self, selector: str) -> None:
        """Scroll the first element matching ``selector`` into view and click its middle."""
        box = self.evaluate(f"(function () {{ var el = document.querySelector({json.dumps(selector)});"
                            "el.scrollIntoView({block: 'center'}); var r = el.getBoundingClientRect();"
                            "return [r.left + r.width / 2, r.top + r.height / 2]; })()")
        self.click(*box)

    def screenshot(self, path: Path, full_page: bool = False) -> Path:
        params = {"format": "png", "captureBeyondViewport": full_page}
        path.write_bytes(base64.b64decode(self.send("Page.captureScreenshot", params)["data"]))
        return path
