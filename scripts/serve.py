#!/usr/bin/env python3
"""Serves a directory as `python3 -m http.server` does, with the header every
host of dist/ must send: `Access-Control-Allow-Origin: *`. A card's script,
core and wasm are loaded with CORS by pages on other origins and by frame
pages in a sandbox without `allow-same-origin` (whose origin is opaque).

    python3 scripts/serve.py PORT [--bind HOST] [--directory DIR]
"""

import argparse
import functools
import http.server


class CorsHandler(http.server.SimpleHTTPRequestHandler):
    """Files with `Access-Control-Allow-Origin: *` and the right types."""

    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".json": "application/json",
    }

    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("port", type=int)
    parser.add_argument("--bind", default="127.0.0.1")
    parser.add_argument("--directory", default="dist")
    args = parser.parse_args()
    handler = functools.partial(CorsHandler, directory=args.directory)
    with http.server.ThreadingHTTPServer((args.bind, args.port), handler) as server:
        server.serve_forever()


if __name__ == "__main__":
    main()
