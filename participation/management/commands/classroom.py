"""`make classroom`: serve a class from this computer, on its own hotspot or a school network,
with no internet at all.

It finds the address the phones on that network reach this computer at, prints it with its QR
code in the terminal, then starts the platform there as `make run` does (the web server, a worker
and beat, in the embedded mode: no other server needed). Every page, script and style comes from
this computer. docs/operations.md ("The classroom box") says how a trainer sets it up.
"""

import io
import ipaddress
import os
import socket
import subprocess
import sys
from pathlib import Path

import segno
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

DEFAULT_PORT = 8000
# Addresses in each private range: "connecting" a UDP socket towards one sends nothing, but tells
# which of this computer's addresses faces that network.
PROBES = ("10.255.255.255", "172.31.255.255", "192.168.255.255")


def lan_addresses() -> list[str]:
    """This computer's IPv4 addresses on a local network, the likeliest first."""
    found: list[str] = []
    for probe in PROBES:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe_socket:
            try:
                probe_socket.connect((probe, 9))
                address = probe_socket.getsockname()[0]
            except OSError:
                continue
        if address not in found:
            found.append(address)
    try:
        names = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        names = []
    for *_rest, (address, _port) in names:
        if address not in found:
            found.append(address)
    return [
        address
        for address in found
        if ipaddress.ip_address(address).is_private
        and not ipaddress.ip_address(address).is_loopback
    ]


class Command(BaseCommand):
    help = (
        "Serve a class from this computer on a hotspot or school network without internet: "
        "prints the address and QR code phones join with, then runs the platform there."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--address",
            default=os.environ.get("ADDRESS", ""),
            help="host:port the phones use (default: this computer's address on the local "
            f"network, port {DEFAULT_PORT})",
        )
        parser.add_argument(
            "--print-only",
            action="store_true",
            help="print the addresses and QR code, and start nothing",
        )

    def handle(self, *args, address: str, print_only: bool, **options):
        host, port = self._host_and_port(address)
        base = f"http://{host}:{port}"
        join_url = f"{base}/join/"
        self.stdout.write(
            self.style.SUCCESS("Faro's classroom box") + "\n\n"
            f"Phones on this network join at:  {join_url}\n"
            f"The trainer opens, on this computer: {base}/trainer/\n"
            "(open it at this address, not 127.0.0.1: the session's QR code then names an "
            "address the phones can reach)\n"
        )
        picture = io.StringIO()
        segno.make(join_url, error="m", micro=False).terminal(out=picture, compact=True)
        self.stdout.write(picture.getvalue(), ending="")
        self.stdout.write(
            "\nPhones must be on the same Wi-Fi or hotspot as this computer. Nothing here needs "
            "the internet. Ctrl-C stops everything.\n"
        )
        if print_only:
            return
        environment = {
            **os.environ,
            "WEB_ADDRESS": f"0.0.0.0:{port}",
            "WAGTAILADMIN_BASE_URL": base,
            "ALLOWED_HOSTS": ",".join(dict.fromkeys([host, "127.0.0.1", "localhost"])),
        }
        manage = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py")]
        if "demo" in settings.INSTALLED_APPS:
            command = [*manage, "demo_load", "--migrate"]
        else:
            command = [*manage, "migrate", "--noinput"]
        subprocess.run(command, env=environment, check=True)  # noqa: S603 (our manage.py)
        local = Path(settings.BASE_DIR) / "platform" / "local"
        os.execve(local, [str(local)], environment)  # noqa: S606 (our own script, no shell)

    def _host_and_port(self, address: str) -> tuple[str, int]:
        host, _, port = address.rpartition(":") if ":" in address else (address, "", "")
        try:
            number = int(port) if port else DEFAULT_PORT
        except ValueError as error:
            raise CommandError(f"Not a port number: {port!r} (write ADDRESS=host:port).") from error
        if host:
            return host, number
        found = lan_addresses()
        if not found:
            raise CommandError(
                "This computer is on no local network: join the school's Wi-Fi or start a "
                "hotspot first, or give the address: make classroom ADDRESS=192.168.1.10:8000"
            )
        return found[0], number
