#!/usr/bin/env python3
"""Edit → served: appends a sentence to a Markdown file while `micrositio serve` runs, and times each edit from
the write to the first response of the page that contains the sentence.

    bench/edit-served.py URL FILE [ROUNDS] [PAUSE_SECONDS]

Polls over one kept-alive HTTP connection, about every millisecond. Polling with a new `curl` process per request,
as bench/pages.sh first did, added 15–35 ms to every measurement on a 2-core machine: starting curl and grep takes
that long, and the edit is seen only when the next poll starts. Prints one line per edit (ms), then the median.
The file is restored afterwards.
"""
import http.client
import statistics
import sys
import time
import urllib.parse


def main():
    url, path = sys.argv[1], sys.argv[2]
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    pause = float(sys.argv[4]) if len(sys.argv) > 4 else 0.5
    parts = urllib.parse.urlsplit(url)
    with open(path, "rb") as f:
        original = f.read()
    times = []
    try:
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        for round_ in range(1, rounds + 1):
            marker = f"Cambio de prueba {round_} {time.time_ns()}".encode()
            started = time.perf_counter()
            with open(path, "ab") as f:
                f.write(b"\n" + marker + b"\n")
            while True:
                connection.request("GET", parts.path or "/")
                response = connection.getresponse()
                body = response.read()
                if response.status == 200 and marker in body:
                    break
                time.sleep(0.001)
            times.append((time.perf_counter() - started) * 1000)
            print(f"{times[-1]:.0f} ms", flush=True)
            time.sleep(pause)
    finally:
        with open(path, "wb") as f:
            f.write(original)
    print(f"median {statistics.median(times):.0f} ms; all: {' '.join(f'{t:.0f}' for t in times)}")


if __name__ == "__main__":
    main()
