"""A sandbox gateway in its own process with N Z-API accounts registered from a config file,
and curl configuration files for sending the same requests the app sends. Tokens are random,
live only in chmod-600 files, and never appear in arguments or output."""

import json
import os
import secrets
import socket
import subprocess
import time
import urllib.request


class SandboxFixture:
    def __init__(self, composer, workdir, accounts=20):
        self.composer = composer
        self.workdir = workdir
        self.names = [f"bench-{index:02d}" for index in range(1, accounts + 1)]
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.config = os.path.join(workdir, "config.toml")
        entries = []
        for name in self.names:
            token_file = os.path.join(workdir, f"{name}.token")
            with open(os.open(token_file, os.O_WRONLY | os.O_CREAT, 0o600), "w") as out:
                out.write(secrets.token_hex(16))
            entries.append(
                f'[[account]]\nname = "{name}"\nprovider = "zapi"\ninstance = "{name}"\n'
                f'base_url = "{self.base}"\ntoken_file = "{token_file}"\n'
            )
        with open(self.config, "w") as out:
            out.write("\n".join(entries))
        self.environment = dict(os.environ, XDG_STATE_HOME=os.path.join(workdir, "state"), LANG="C.UTF-8")
        self.environment.pop("STATUS_COMPOSER_CONFIG", None)

    def __enter__(self):
        self.server = subprocess.Popen(
            [self.composer, "sandbox", "--port", str(self.port), "--config", self.config],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=self.environment, text=True,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.control("GET", "health", quiet=True) is not None:
                return self
            time.sleep(0.05)  # polling the health endpoint, bounded by the deadline
        raise RuntimeError("the sandbox did not start")

    def __exit__(self, *exc):
        self.server.terminate()
        try:
            self.server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.server.kill()
            self.server.wait()

    def control(self, method, what, quiet=False):
        request = urllib.request.Request(f"{self.base}/_sandbox/{what}", method=method)
        try:
            with urllib.request.urlopen(request, timeout=5) as answer:
                body = answer.read()
                return json.loads(body) if body else {}
        except OSError:
            if quiet:
                return None
            raise

    def recorded_requests(self):
        return self.control("GET", "requests")

    def forget_requests(self):
        self.control("DELETE", "requests")

    def curl_config(self, recorded, path):
        """A curl config that sends what the sandbox recorded (method, path, headers; the body
        comes from the command line as @file or @-)."""
        lines = [f'url = "{self.base}{recorded["path"]}"', f'request = "{recorded["method"]}"',
                 "silent", "show-error", "fail", 'output = "/dev/null"']
        for name, value in recorded["headers"].items():
            if name.lower() in ("content-type", "accept", "client-token", "user-agent"):
                lines.append(f'header = "{name}: {value}"')
        with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as out:
            out.write("\n".join(lines) + "\n")
        return path
