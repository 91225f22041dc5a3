#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A loopback Crypt Server for the tests, following ../shared/docs/escrow.md §1 exactly:
POST /checkin/ (form-encoded; serial, recovery_password and username required; macname defaults to the
serial; secret_type recovery_key|password|unlock_pin, default recovery_key) answers 200 with
{"serial", "username", "rotation_required"}; the same secret again answers the same and stores nothing
new; a missing field, a GET or a JSON body answers 500 with an empty body. GET /verify/<serial>/<type>/
answers {"escrowed": true, "date_escrowed": ISO 8601} or {"escrowed": false}, 404 for an unknown serial.
Paths without their trailing slash are 404.

Other modes play broken servers: --status N answers every request with N and an empty body,
--silent accepts connections and never says anything, --reset cuts the connection after reading the
request, --redirect URL sends every request there (302).

It writes what it holds to --state (JSON) after every request and its port to --ready once listening.
"""
import argparse
import datetime
import json
import os
import socket
import ssl
import struct
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SECRET_TYPES = ("recovery_key", "password", "unlock_pin")
LOCK = threading.Lock()


class Store:
    def __init__(self, path, rotation):
        self.path = path
        self.rotation = rotation
        self.computers = {}
        self.requests = []

    def save(self):
        if not self.path:
            return
        tmp = self.path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as out:
            json.dump({"computers": self.computers, "requests": self.requests}, out, indent=1)
        os.replace(tmp, self.path)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "CryptTest/1.0"

    def log_message(self, format, *args):  # quiet: the tests read the state file
        pass

    def body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def answer(self, status, payload=None, headers=()):
        data = b"" if payload is None else json.dumps(payload).encode("utf-8")
        self.send_response(status)
        if payload is not None:
            self.send_header("Content-Type", "application/json")
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def note(self, data):
        with LOCK:
            self.server.store.requests.append({
                "method": self.command, "path": self.path,
                "contentType": self.headers.get("Content-Type", ""),
                "authorization": self.headers.get("Authorization", ""),
                "bodyLength": len(data)})
            self.server.store.save()

    def handle_any(self):
        data = self.body()
        self.note(data)
        mode = self.server.mode
        if mode == "reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return
        if mode.startswith("status:"):
            self.answer(int(mode.split(":", 1)[1]))
            return
        if mode.startswith("redirect:"):
            self.answer(302, headers=[("Location", mode.split(":", 1)[1] + self.path)])
            return
        if self.path == "/checkin/":
            self.checkin(data)
        elif self.path.startswith("/verify/"):
            self.verify(data)
        else:
            self.answer(404)

    def checkin(self, data):
        content_type = self.headers.get("Content-Type", "").split(";")[0].strip()
        if self.command != "POST" or content_type != "application/x-www-form-urlencoded":
            self.answer(500)
            return
        try:
            form = urllib.parse.parse_qs(data.decode("utf-8"), keep_blank_values=True, strict_parsing=True)
        except ValueError:
            self.answer(500)
            return
        field = lambda name: form.get(name, [""])[0]
        serial, secret, username = field("serial"), field("recovery_password"), field("username")
        secret_type = field("secret_type") or "recovery_key"
        if not serial or not secret or not username or secret_type not in SECRET_TYPES:
            self.answer(500)
            return
        with LOCK:
            store = self.server.store
            computer = store.computers.setdefault(serial, {"serial": serial, "secrets": []})
            computer["username"] = username
            computer["macname"] = field("macname") or serial
            if not any(s["type"] == secret_type and s["secret"] == secret for s in computer["secrets"]):
                computer["secrets"].append({
                    "type": secret_type, "secret": secret,
                    "date": datetime.datetime.now(datetime.timezone.utc).isoformat()})
            store.save()
        self.answer(200, {"serial": serial, "username": username, "rotation_required": store.rotation})

    def verify(self, data):
        parts = self.path.split("/")  # ['', 'verify', serial, type, '']
        if self.command != "GET" or len(parts) != 5 or parts[4] != "":
            self.answer(404)
            return
        serial, secret_type = urllib.parse.unquote(parts[2]), parts[3]
        with LOCK:
            computer = self.server.store.computers.get(serial)
            if computer is None:
                self.answer(404)
                return
            secrets = [s for s in computer["secrets"] if s["type"] == secret_type]
        if secrets:
            self.answer(200, {"escrowed": True, "date_escrowed": secrets[-1]["date"]})
        else:
            self.answer(200, {"escrowed": False})

    do_GET = do_POST = do_PUT = do_PROPFIND = do_MKCOL = do_DELETE = handle_any


class TlsServer(ThreadingHTTPServer):
    """HTTPS, with the TLS handshake done when a connection is accepted, as ssl's wrapped listener does; a
    handshake that fails (no client certificate, say) is closed the way nginx's lingering close does it."""

    context = None

    def get_request(self):
        connection, address = self.socket.accept()
        spare = connection.dup()  # outlives the SSL socket, which closes its own descriptor when it fails
        try:
            return self.context.wrap_socket(connection, server_side=True), address
        except OSError:
            linger_close(spare)
            raise
        finally:
            spare.close()


def linger_close(connection):
    # Read what the client still sends before closing: closing with its request unread would reset the
    # connection, and the reset can overtake the TLS alert that says why.
    try:
        connection.shutdown(socket.SHUT_WR)
        connection.settimeout(2)
        while connection.recv(65536):
            pass
    except OSError:
        pass


def silent(listener):
    held = []
    while True:
        connection, _ = listener.accept()
        held.append(connection)  # keep it open; never read, never write


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--client-ca", help="require a client certificate signed by this CA")
    parser.add_argument("--state")
    parser.add_argument("--ready", required=True)
    parser.add_argument("--rotation", action="store_true")
    parser.add_argument("--status", type=int)
    parser.add_argument("--silent", action="store_true")
    parser.add_argument("--reset", action="store_true")
    parser.add_argument("--redirect")
    args = parser.parse_args()

    mode = "crypt"
    if args.status:
        mode = "status:%d" % args.status
    elif args.reset:
        mode = "reset"
    elif args.redirect:
        mode = "redirect:" + args.redirect

    if args.silent:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", args.port))
        listener.listen(16)
        port = listener.getsockname()[1]
    else:
        ThreadingHTTPServer.allow_reuse_address = True
        server = TlsServer(("127.0.0.1", args.port), Handler) if args.cert else ThreadingHTTPServer(
            ("127.0.0.1", args.port), Handler)
        server.daemon_threads = True
        server.mode = mode
        server.store = Store(args.state, args.rotation)
        server.store.save()
        if args.cert:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(args.cert, args.key)
            if args.client_ca:
                context.verify_mode = ssl.CERT_REQUIRED
                context.load_verify_locations(args.client_ca)
            server.context = context
        port = server.server_address[1]

    with open(args.ready + ".tmp", "w") as out:
        out.write(str(port))
    os.replace(args.ready + ".tmp", args.ready)
    sys.stdout.flush()
    if args.silent:
        silent(listener)
    else:
        server.serve_forever()


if __name__ == "__main__":
    main()
