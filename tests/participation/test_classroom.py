"""`make classroom`: a trainer's computer serves a class on a network without internet. It names
the address phones join at, with its QR code, and starts the platform listening there."""

import io
import ipaddress

import pytest
from django.core.management import CommandError, call_command

from participation.management.commands import classroom


def run(*args) -> str:
    out = io.StringIO()
    call_command("classroom", *args, stdout=out)
    return out.getvalue()


def test_it_prints_the_join_address_and_a_qr_code_for_the_phones():
    printed = run("--print-only", "--address", "192.168.43.1:8000")
    assert "Phones on this network join at:  http://192.168.43.1:8000/join/" in printed
    assert "http://192.168.43.1:8000/trainer/" in printed
    picture = [line for line in printed.splitlines() if "█" in line]
    assert len(picture) > 10  # a QR code drawn with blocks, one text line per two modules


def test_it_finds_an_address_of_this_computer_on_a_local_network_never_loopback():
    for address in classroom.lan_addresses():
        parsed = ipaddress.ip_address(address)
        assert parsed.is_private and not parsed.is_loopback


def test_without_a_network_it_says_what_to_do(monkeypatch):
    monkeypatch.setattr(classroom, "lan_addresses", list)
    with pytest.raises(CommandError, match="join the school's Wi-Fi or start a hotspot"):
        run("--print-only")


def test_a_wrong_port_is_explained():
    with pytest.raises(CommandError, match="Not a port number"):
        run("--print-only", "--address", "10.0.0.5:eighty")


def test_it_serves_on_every_interface_and_names_the_lan_address_in_links(monkeypatch):
    started = {}
    monkeypatch.setattr(
        classroom.subprocess, "run", lambda command, **kw: started.update(prep=command)
    )

    def execve(path, argv, environment):
        started.update(path=str(path), environment=environment)

    monkeypatch.setattr(classroom.os, "execve", execve)
    run("--address", "10.42.0.1:8000")
    assert started["path"].endswith("platform/local")
    environment = started["environment"]
    assert environment["WEB_ADDRESS"] == "0.0.0.0:8000"
    assert environment["WAGTAILADMIN_BASE_URL"] == "http://10.42.0.1:8000"
    assert environment["ALLOWED_HOSTS"].split(",")[0] == "10.42.0.1"
    assert started["prep"][-2:] in (["demo_load", "--migrate"], ["migrate", "--noinput"])
