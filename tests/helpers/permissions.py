"""Read-only files and folders that are read-only for the test too, even when it runs as root.

Root passes every permission check through its CAP_DAC_OVERRIDE capability; for a block of
code, the calling thread drops that capability (and CAP_DAC_READ_SEARCH) from its effective
set and takes them back after. Capabilities belong to one thread on Linux, so only the code
the test runs in this thread sees the permission bits as any other user would.
"""

import ctypes
import os
from collections.abc import Iterator
from contextlib import contextmanager

_LINUX_CAPABILITY_VERSION_3 = 0x20080522
_OVERRIDES = (1 << 1) | (1 << 2)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH


class _Header(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _Data(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32),
                ("inheritable", ctypes.c_uint32)]


def _call(name: str, header: _Header, data: "ctypes.Array[_Data]") -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    if getattr(libc, name)(ctypes.byref(header), data) != 0:
        error = ctypes.get_errno()
        raise OSError(error, f"{name}: {os.strerror(error)}")


@contextmanager
def permission_bits_enforced() -> Iterator[None]:
    """Within the block, this thread obeys file permission bits even as root."""
    if os.geteuid() != 0:
        yield
        return
    header = _Header(_LINUX_CAPABILITY_VERSION_3, 0)
    data = (_Data * 2)()
    _call("capget", header, data)
    saved = data[0].effective
    data[0].effective = saved & ~_OVERRIDES
    _call("capset", header, data)
    try:
        yield
    finally:
        data[0].effective = saved
        header.version = _LINUX_CAPABILITY_VERSION_3
        _call("capset", header, data)
