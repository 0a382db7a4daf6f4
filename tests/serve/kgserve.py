"""Starts `kg serve` for a test and talks to it (standard library only).

    with KgServe(kg, "g.json") as s:
        status, headers, body = s.get("/api/info")
"""
import http.client
import json
import os
import re
import signal
import subprocess
import threading
import time


class KgServe:
    def __init__(self, kg, graph, *args, cwd=None):
        self.cmd = [kg, "serve", graph, "--port", "0", *args]
        self.cwd = cwd
        self.proc = None
        self.port = None
        self.log = []  # stderr lines

    def __enter__(self):
        self.proc = subprocess.Popen(self.cmd, cwd=self.cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                     text=True, encoding="utf-8", errors="replace")
        deadline = time.time() + 60
        while self.port is None:
            line = self.proc.stderr.readline()
            if not line:
                raise RuntimeError("kg serve stopped: " + "".join(self.log))
            self.log.append(line)
            m = re.search(r"on http://[^:]+:(\d+)/", line)
            if m:
                self.port = int(m.group(1))
            if time.time() > deadline:
                raise RuntimeError("kg serve did not start")
        threading.Thread(target=self._drain, daemon=True).start()
        return self

    def _drain(self):
        for line in self.proc.stderr:
            self.log.append(line)

    def __exit__(self, *exc):
        self.stop()

    def stop(self):
        """Ctrl-C, as a user would; returns the exit code."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
                raise RuntimeError("kg serve did not stop on SIGINT")
        return self.proc.returncode

    @property
    def base(self):
        return "http://127.0.0.1:%d" % self.port

    def request(self, method, path, headers=None, body=None, timeout=60):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            r = conn.getresponse()
            return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read()
        finally:
            conn.close()

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def json(self, path, status=200):
        code, headers, body = self.get(path)
        assert code == status, "%s: expected %d, got %d: %r" % (path, status, code, body[:300])
        assert headers["content-type"].startswith("application/json"), headers
        return json.loads(body)


def kg_binary():
    return os.environ["KG"]
