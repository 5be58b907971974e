#!/usr/bin/env python3
"""Wrong-password flood for bench/run-auth-flood-bench: RATE token requests per second for
SECONDS against URL, each from a new client address (X-Forwarded-For, as a trusted load
balancer would relay it) and a new user name, so neither throttle key ever fills and every
attempt reaches the node's password workers: the worst case for the node.
Prints one JSON line: how many were sent and the statuses they met."""
import base64
import json
import random
import sys
import threading
import time
import urllib.error
import urllib.request


def attempt(url, index, statuses, lock):
    user = f"flood-{index}"
    request = urllib.request.Request(url)
    request.add_header("Authorization",
                       "Basic " + base64.b64encode(f"{user}:wrong".encode()).decode())
    request.add_header("X-Forwarded-For", "10.%d.%d.%d" % (
        random.randrange(256), random.randrange(256), random.randrange(1, 255)))
    try:
        with urllib.request.urlopen(request, timeout=30) as reply:
            status = reply.status
    except urllib.error.HTTPError as error:
        status = error.code
    except OSError:
        status = 0
    with lock:
        statuses[status] = statuses.get(status, 0) + 1


def main():
    url, rate, seconds = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
    statuses, lock, threads = {}, threading.Lock(), []
    start = time.monotonic()
    index = 0
    while time.monotonic() - start < seconds:
        thread = threading.Thread(target=attempt, args=(url, index, statuses, lock))
        thread.start()
        threads.append(thread)
        index += 1
        time.sleep(max(0.0, start + index / rate - time.monotonic()))
    for thread in threads:
        thread.join()
    print(json.dumps({"sent": index, "statuses": statuses}))


if __name__ == "__main__":
    main()
