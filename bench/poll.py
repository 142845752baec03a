#!/usr/bin/env python3
"""Polls GET /ready of a local writeback-doctor every 20 ms from one process.

One long-lived poller instead of a curl process every 20 ms: on two cores, forking curl (and sed)
fifty times a second takes CPU from the very start-up or rule build being timed.

  poll.py ready PORT            wait until /ready answers 200
  poll.py changed PORT VERSION  wait until /ready serves a rule set other than VERSION; print it
"""
import http.client
import json
import sys
import time

INTERVAL = 0.02
TIMEOUT = 120


def ready(port):
    """The rule-set version /ready answers with 200, or None while it is not ready."""
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
        conn.request("GET", "/ready")
        answer = conn.getresponse()
        body = answer.read()
        conn.close()
        if answer.status != 200:
            return None
        return json.loads(body)["ruleSet"]["version"]
    except (OSError, ValueError, KeyError):
        return None


def main(mode, port, old=None):
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        version = ready(port)
        if version is not None and (mode == "ready" or version != old):
            print(version)
            return 0
        time.sleep(INTERVAL)
    print(f"no {'ready' if mode == 'ready' else 'new rule set'} answer within {TIMEOUT} s", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), *sys.argv[3:]))
