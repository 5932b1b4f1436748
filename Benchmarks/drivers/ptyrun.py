"""A program in a pseudo-terminal: start it at a given size, feed it input, and count what it
writes back, waiting for the output to settle with bounded deadlines (never a fixed sleep).

The pseudo-terminal answers the questions a terminal answers, as a modern one would: a cursor
position request (`ESC[6n`, which the composer's emoji width probe sends after each sample,
written from the first column) with the column after a two-column picture, and the device
attributes request (`ESC[c`)."""

import fcntl
import os
import pty
import select
import signal
import struct
import termios
import time


class PtyProgram:
    def __init__(self, argv, columns, rows, env):
        self.started = time.monotonic()
        pid, fd = pty.fork()
        if pid == 0:
            # The child: the pty is already its controlling terminal and stdio.
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
            os.execvpe(argv[0], argv, env)
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        self.pid = pid
        self.fd = fd
        self.output = bytearray()
        self.last_output_at = None
        self.exited = False

    def read_available(self, timeout):
        """Reads what arrives within `timeout` seconds; returns the byte count."""
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not ready:
            return 0
        try:
            chunk = os.read(self.fd, 65536)
        except OSError:
            self.exited = True
            return 0
        if not chunk:
            self.exited = True
            return 0
        self.output += chunk
        self.last_output_at = time.monotonic()
        self.answer(chunk)
        return len(chunk)

    POSITION_REQUEST, POSITION_ANSWER = b"\x1b[6n", b"\x1b[1;3R"
    ATTRIBUTES_REQUEST, ATTRIBUTES_ANSWER = b"\x1b[c", b"\x1b[?62;22c"

    def answer(self, chunk):
        replies = self.POSITION_ANSWER * chunk.count(self.POSITION_REQUEST)
        replies += self.ATTRIBUTES_ANSWER * chunk.count(self.ATTRIBUTES_REQUEST)
        if replies:
            os.write(self.fd, replies)

    def settle(self, quiet, first_deadline, total_deadline):
        """Waits for output to start (up to `first_deadline` s), then until it has been quiet for
        `quiet` s (up to `total_deadline` s in all). Returns the bytes read."""
        start = time.monotonic()
        count = 0
        while not self.exited and time.monotonic() - start < first_deadline:
            count += self.read_available(first_deadline - (time.monotonic() - start))
            if count:
                break
        if not count:
            return 0
        while not self.exited and time.monotonic() - start < total_deadline:
            got = self.read_available(quiet)
            if not got:
                break
            count += got
        return count

    def write(self, data):
        os.write(self.fd, data)

    def status_kb(self, field):
        """A field of /proc/PID/status in kB (VmRSS, VmHWM), or None once the process is gone."""
        try:
            with open(f"/proc/{self.pid}/status") as status:
                for line in status:
                    if line.startswith(field + ":"):
                        return int(line.split()[1])
        except OSError:
            return None
        return None

    def stop(self):
        """Ends the program (SIGTERM, then SIGKILL after a bounded wait) and reaps it."""
        for sig, wait in ((signal.SIGTERM, 3.0), (signal.SIGKILL, 3.0)):
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                break
            deadline = time.monotonic() + wait
            while time.monotonic() < deadline:
                self.read_available(0.02)
                done, _ = os.waitpid(self.pid, os.WNOHANG)
                if done:
                    self.pid_reaped = True
                    os.close(self.fd)
                    return
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass
        os.close(self.fd)
