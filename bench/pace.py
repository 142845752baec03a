#!/usr/bin/env python3
"""Open-loop load at a fixed rate: POSTs a body at evenly spaced instants and reports latency.

Why not hey or wrk: wrk cannot hold a rate, and hey's workers tick in step, so `hey -c 8 -q R`
sends bursts of 8 requests at once, which on 2 cores measures the burst, not the rate. Here request
i is due at start + i/rate whatever happened to the ones before it, and its latency is counted from
that due instant, so a request that waits for a free connection is not flattered (no coordinated
omission). Connections are HTTP/1.1 keep-alive, opened as needed up to --connections.

This generator is itself late: asyncio's epoll waits in whole milliseconds, rounded up, so a request
leaves 0.7-1 ms after its due instant at the median and 2-3 ms at p99 on 2 cores, before the server
has seen a byte. That lateness is reported ("late"), and a second set of percentiles ("server") counts
from the moment the request was written instead - except for a request that had to wait for a free
connection, which is the server's doing and so still counts from its due instant.

usage: pace.py URL BODY_FILE RATE SECONDS [--connections N]
prints one JSON line: rate achieved, p50/p90/p99/p99.9/max in ms from the due instant, "server": the
same percentiles from the send, "late": the generator's own lateness, status codes, errors.
"""
import argparse
import asyncio
import json
import time
from urllib.parse import urlsplit


def request_bytes(url, body):
    parts = urlsplit(url)
    head = (f"POST {parts.path or '/'} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n")
    return parts.hostname, parts.port or 80, head.encode() + body


async def read_response(reader):
    """Reads one response; returns its status code and whether the connection may carry another."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    version, status = lines[0].split(" ")[:2]
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
    keep_alive = version == "HTTP/1.1" and headers.get("connection", "").lower() != "close"
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    else:  # the body ends where the server closes the connection
        await reader.read()
        keep_alive = False
    return int(status), keep_alive


class Load:
    def __init__(self, host, port, payload, max_connections):
        self.host, self.port, self.payload = host, port, payload
        self.idle = []
        self.opened = 0
        self.max_connections = max_connections
        self.freed = asyncio.Condition()
        self.latencies, self.statuses, self.errors = [], {}, 0
        self.server_latencies, self.lateness = [], []

    async def connection(self):
        """A keep-alive connection, and whether the request had to wait for one to be free."""
        async with self.freed:
            waited = False
            while not self.idle and self.opened >= self.max_connections:
                waited = True
                await self.freed.wait()
            if self.idle:
                return self.idle.pop(), waited
            self.opened += 1
        return await asyncio.open_connection(self.host, self.port), waited

    async def give_back(self, conn):
        async with self.freed:
            if conn is None:
                self.opened -= 1
            else:
                self.idle.append(conn)
            self.freed.notify()

    async def one(self, due):
        conn = None
        try:
            started = time.perf_counter()
            conn, waited = await self.connection()
            reader, writer = conn
            sent = due if waited else started
            self.lateness.append(started - due)
            writer.write(self.payload)
            status, keep_alive = await read_response(reader)
            answered = time.perf_counter()
            self.latencies.append(answered - due)
            self.server_latencies.append(answered - sent)
            self.statuses[status] = self.statuses.get(status, 0) + 1
            if not keep_alive:
                writer.close()
                conn = None
        except (OSError, asyncio.IncompleteReadError, ValueError):
            self.errors += 1
            if conn:
                conn[1].close()
            conn = None
        await self.give_back(conn)

    async def run(self, rate, seconds):
        tasks, start = [], time.perf_counter()
        for i in range(int(rate * seconds)):
            due = start + i / rate
            delay = due - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(self.one(due)))
        await asyncio.gather(*tasks)
        return time.perf_counter() - start


def percentiles(sorted_values):
    return {"p50": percentile(sorted_values, 0.50), "p90": percentile(sorted_values, 0.90),
            "p99": percentile(sorted_values, 0.99), "p999": percentile(sorted_values, 0.999),
            "max": percentile(sorted_values, 1.0)}


def percentile(sorted_values, p):
    """In ms, rounded to 10 µs; None when no request was answered."""
    if not sorted_values:
        return None
    return round(sorted_values[min(len(sorted_values) - 1, int(len(sorted_values) * p))] * 1000, 2)


async def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("body")
    ap.add_argument("rate", type=float)
    ap.add_argument("seconds", type=float)
    ap.add_argument("--connections", type=int, default=64)
    args = ap.parse_args()
    host, port, payload = request_bytes(args.url, open(args.body, "rb").read())
    load = Load(host, port, payload, args.connections)
    elapsed = await load.run(args.rate, args.seconds)
    lat = sorted(load.latencies)
    print(json.dumps({
        "rate": args.rate, "requests": len(lat), "achieved": round(len(lat) / elapsed, 1),
        **percentiles(lat), "server": percentiles(sorted(load.server_latencies)),
        "late": percentiles(sorted(load.lateness)),
        "statuses": load.statuses, "errors": load.errors, "connections": load.opened}))


if __name__ == "__main__":
    asyncio.run(main())
