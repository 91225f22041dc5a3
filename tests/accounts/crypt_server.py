#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A loopback Crypt Server for the tests. It behaves like grahamgilbert/Crypt-Server (server/views.py,
server/models.py, server/urls.py, Django's CommonMiddleware and CsrfViewMiddleware, served through WSGI),
compared point by point as docs/crypt-server.md describes:

- POST /checkin/ reads Django's request.POST: form-encoded or multipart bodies. `serial`,
  `recovery_password` and `username` must be present (a missing one, a GET, or a body Django does not
  parse as a form, such as JSON, answers 500 with an empty body); present but empty values are stored.
  `macname` defaults to the serial; `secret_type` defaults to recovery_key and any value is stored (the
  model's choices are not validated on save). The computer's username and name follow every check-in.
  A secret equal to any earlier one of the same type for that computer is not stored again. The answer
  is 200 JSON {"serial", "username", "rotation_required"}, the flag being that of the newest secret of
  the posted type for the computer.
- /verify/<serial>/<secret_type>/ answers any method with {"escrowed": true, "date_escrowed": ...} for
  the newest secret of that type (Django's JSON dates: "2026-01-05T10:15:00.123Z") or {"escrowed": false};
  an unknown serial is a 404 HTML page.
- The path is percent-decoded before routing, as WSGI does (so a serial holding "/" is never found).
- A path without its trailing slash is redirected with 301 to the same path with it (APPEND_SLASH).
- Crypt's own pages: GET goes to the log-in page (302), POST and other unsafe methods are refused by the
  CSRF check (403, an HTML page). A path that matches nothing is a 404 HTML page, whatever the method.
- rotation_required belongs to each secret: an administrator viewing a secret sets it. --preload FILE
  gives the server secrets it already holds, with that flag set or not.

Other modes play broken or hostile servers: --status N answers every request with N and an empty body;
--silent accepts connections and never says anything; --reset cuts the connection after reading the
request; --cut sends the start of an answer and then cuts the connection; --drip sends an answer's
headers and then one byte a second, for ever; --redirect URL sends every request there (with
--redirect-status, default 302; --redirect-method POST: only the POSTs, the rest is answered as usual); --lie answers every check-in 200 without storing anything and every
verify {"escrowed": true} with an old date; --put-412 is a WebDAV server whose folder exists, whose files
are all missing, and that answers every PUT with 412.

It writes what it holds to --state (JSON) after every request and its port to --ready once listening.
"""
import argparse
import datetime
import json
import os
import re
import socket
import ssl
import struct
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Lock()
HTML_404 = b"<!doctype html><html lang=\"en\"><head><title>Not Found</title></head><body><h1>Not Found</h1>" \
           b"<p>The requested resource was not found on this server.</p></body></html>"
HTML_403 = b"<!DOCTYPE html><html lang=\"en\"><head><title>403 Forbidden</title></head><body><h1>Forbidden " \
           b"<span>(403)</span></h1><p>CSRF verification failed. Request aborted.</p></body></html>"


def django_date(moment):
    """DjangoJSONEncoder: ISO 8601, milliseconds, UTC as Z."""
    text = moment.isoformat()
    if moment.microsecond:
        text = text[:23] + text[26:]
    if text.endswith("+00:00"):
        text = text[:-6] + "Z"
    return text


class Store:
    def __init__(self, path, preload):
        self.path = path
        self.computers = {}
        self.requests = []
        if preload:
            with open(preload, encoding="utf-8") as data:
                self.computers = json.load(data)["computers"]

    def save(self):
        if not self.path:
            return
        tmp = self.path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as out:
            json.dump({"computers": self.computers, "requests": self.requests}, out, indent=1)
        os.replace(tmp, self.path)

    def newest(self, serial, secret_type):
        secrets = [s for s in self.computers[serial]["secrets"] if s["type"] == secret_type]
        return max(secrets, key=lambda s: s["date"]) if secrets else None


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "CryptTest/1.0"

    def log_message(self, format, *args):  # quiet: the tests read the state file
        pass

    def body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def answer(self, status, payload=None, headers=(), html=None):
        data = html if html is not None else b"" if payload is None else json.dumps(payload).encode("utf-8")
        self.send_response(status)
        if payload is not None:
            self.send_header("Content-Type", "application/json")
        elif html is not None:
            self.send_header("Content-Type", "text/html; charset=utf-8")
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

    def cut(self):
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def handle_any(self):
        data = self.body()
        self.note(data)
        mode = self.server.mode
        if mode == "reset":
            self.cut()
            return
        if mode == "cut":
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n"
                             b'{"serial": "')
            self.wfile.flush()
            time.sleep(0.2)
            self.cut()
            return
        if mode == "drip":
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
            try:
                while True:
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(1)
            except OSError:
                self.close_connection = True
            return
        if mode.startswith("status:"):
            self.answer(int(mode.split(":", 1)[1]))
            return
        if mode.startswith("redirect:") and self.server.redirect_method in ("", self.command):
            self.answer(self.server.redirect_status, headers=[("Location", mode.split(":", 1)[1] + self.path)])
            return
        if mode == "put-412":
            self.webdav_412()
            return
        self.route(data)

    def route(self, data):
        path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)  # WSGI's PATH_INFO is decoded
        parts = path.split("/")
        if path == "/checkin/":
            self.checkin(data)
        elif len(parts) == 5 and parts[1] == "verify" and parts[2] and parts[3] and parts[4] == "":
            self.verify(parts[2], parts[3])
        elif not path.endswith("/") and (path == "/checkin" or path.startswith("/verify/")):
            self.answer(301, headers=[("Location", urllib.parse.quote(path) + "/")])
        elif not self.is_page(path):
            self.answer(404, html=HTML_404)  # no URL pattern matches: Django's 404, before any CSRF check
        elif self.command not in ("GET", "HEAD", "OPTIONS", "TRACE"):
            self.answer(403, html=HTML_403)
        elif path == "/login/":
            self.answer(200, html=b"<!doctype html><html><body><form method=\"post\">Log in</form></body></html>")
        else:
            self.answer(302, headers=[("Location", "/login/?next=" + urllib.parse.quote(path))])

    PAGES = re.compile(r"^/(|ajax/|new/computer/|new/secret/\d+/|info/secret/\d+/|info/[^/]+/|request/\d+/|"
                       r"retrieve/\d+/|approve/\d+/|manage-requests/|login/|logout/|changepassword/(done/)?|admin/.*)$")

    @classmethod
    def is_page(cls, path):
        """The URL patterns of Crypt's own pages (server/urls.py, fvserver/urls.py): they need a log-in."""
        return cls.PAGES.match(path) is not None

    def form(self, data):
        """Django's request.POST: a dict of lists, or None when the body is not a form."""
        content_type = self.headers.get("Content-Type", "")
        kind = content_type.split(";")[0].strip().lower()
        if self.command != "POST":
            return None
        if kind == "application/x-www-form-urlencoded":
            try:
                return urllib.parse.parse_qs(data.decode("utf-8"), keep_blank_values=True)
            except UnicodeDecodeError:
                return None
        if kind == "multipart/form-data":
            import email.parser  # only here: it slows the server's start
            import email.policy
            message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
                b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + data)
            fields = {}
            for part in message.iter_parts():
                name = part.get_param("name", header="content-disposition")
                if name:
                    fields.setdefault(name, []).append(part.get_payload(decode=True).decode("utf-8", "replace"))
            return fields
        return None

    def checkin(self, data):
        form = self.form(data)
        if form is None or any(name not in form for name in ("serial", "recovery_password", "username")):
            self.answer(500)
            return
        field = lambda name, default="": form[name][-1] if name in form else default
        serial, secret, username = field("serial"), field("recovery_password"), field("username")
        secret_type = field("secret_type", "recovery_key")
        with LOCK:
            store = self.server.store
            if self.server.lie:
                rotation = False
            else:
                computer = store.computers.setdefault(serial, {"serial": serial, "secrets": []})
                computer["username"] = username
                computer["macname"] = field("macname", serial)
                if not any(s["type"] == secret_type and s["secret"] == secret for s in computer["secrets"]):
                    computer["secrets"].append({
                        "type": secret_type, "secret": secret, "rotation_required": False,
                        "date": django_date(datetime.datetime.now(datetime.timezone.utc))})
                rotation = store.newest(serial, secret_type)["rotation_required"]
            store.save()
        self.answer(200, {"serial": serial, "username": username, "rotation_required": rotation})

    def verify(self, serial, secret_type):
        if self.server.lie:
            self.answer(200, {"escrowed": True, "date_escrowed": "2021-03-04T05:06:07.890Z"})
            return
        with LOCK:
            if serial not in self.server.store.computers:
                self.answer(404, html=HTML_404)
                return
            newest = self.server.store.newest(serial, secret_type)
        if newest:
            self.answer(200, {"escrowed": True, "date_escrowed": newest["date"]})
        else:
            self.answer(200, {"escrowed": False})

    def webdav_412(self):
        if self.command == "PROPFIND":
            self.answer(207, html=b'<?xml version="1.0"?><D:multistatus xmlns:D="DAV:"/>')
        elif self.command == "PUT":
            self.answer(412)
        else:
            self.answer(404)

    do_GET = do_POST = do_PUT = do_PROPFIND = do_MKCOL = do_DELETE = do_HEAD = handle_any


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
    parser.add_argument("--preload", help="JSON {\"computers\": …} the server holds from the start")
    parser.add_argument("--status", type=int)
    parser.add_argument("--silent", action="store_true")
    parser.add_argument("--reset", action="store_true")
    parser.add_argument("--cut", action="store_true")
    parser.add_argument("--drip", action="store_true")
    parser.add_argument("--lie", action="store_true")
    parser.add_argument("--put-412", action="store_true")
    parser.add_argument("--redirect")
    parser.add_argument("--redirect-status", type=int, default=302)
    parser.add_argument("--redirect-method", default="", help="redirect only requests with this method")
    args = parser.parse_args()

    mode = "crypt"
    if args.status:
        mode = "status:%d" % args.status
    elif args.reset:
        mode = "reset"
    elif args.cut:
        mode = "cut"
    elif args.drip:
        mode = "drip"
    elif args.put_412:
        mode = "put-412"
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
        server.lie = args.lie
        server.redirect_status = args.redirect_status
        server.redirect_method = args.redirect_method
        server.store = Store(args.state, args.preload)
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
