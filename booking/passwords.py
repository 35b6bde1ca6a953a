"""Password hashing: Argon2id with its parameters in one place; a password is never kept.

Only the hash string reaches the database. Nothing here logs, stores or puts a password into
an exception message.
"""

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

from booking.errors import BadInput
from booking.i18n import _

# RFC 9106's second recommended option (64 MiB, 3 passes, 4 lanes), above OWASP's minimum
# for Argon2id (19 MiB, 2 passes). Raising these makes every stored hash be redone at its
# owner's next sign-in (see needs_rehash).
TIME_COST = 3
MEMORY_COST_KIB = 64 * 1024
PARALLELISM = 4
HASH_BYTES = 32
SALT_BYTES = 16

# NIST SP 800-63B: at least 8 characters; the upper bound keeps one hash from tying up the
# machine.
MIN_LENGTH = 8
MAX_LENGTH = 1024


def production_hasher() -> PasswordHasher:
    """The Argon2id hasher Ruang stores passwords with."""
    return PasswordHasher(time_cost=TIME_COST, memory_cost=MEMORY_COST_KIB,
                          parallelism=PARALLELISM, hash_len=HASH_BYTES, salt_len=SALT_BYTES,
                          type=Type.ID)


def check_new_password(password: str) -> str:
    """A new password as given, refused when empty, too short or too long (never quoted)."""
    if not isinstance(password, str) or not password:
        raise BadInput(_("the password is empty; give a password of at least {n} characters")
                       .format(n=MIN_LENGTH))
    if len(password) < MIN_LENGTH:
        raise BadInput(_("the password is too short; give at least {n} characters").format(
            n=MIN_LENGTH))
    if len(password) > MAX_LENGTH:
        raise BadInput(_("the password is too long; keep it under {n} characters").format(
            n=MAX_LENGTH))
    return password


class Passwords:
    """Hash and check passwords with one Argon2id hasher (tests may hand in a cheaper one)."""

    def __init__(self, hasher: PasswordHasher | None = None) -> None:
        self._hasher = hasher or production_hasher()
        self._dummy: str | None = None

    def hash(self, password: str) -> str:
        """The hash string to store for a new password ($argon2id$…)."""
        return self._hasher.hash(check_new_password(password))

    def verify(self, hashed: str, password: str) -> bool:
        """Whether the password matches the stored hash (a damaged hash matches nothing)."""
        try:
            return self._hasher.verify(hashed, password)
        except (VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, hashed: str) -> bool:
        """Whether a stored hash was made with other parameters than today's."""
        try:
            return self._hasher.check_needs_rehash(hashed)
        except InvalidHashError:
            return True

    def waste_time(self, password: str) -> None:
        """Spend what a real check costs, so an unknown account answers no faster than a
        known one (its name cannot be learned from the delay)."""
        if self._dummy is None:
            self._dummy = self._hasher.hash("not a password anyone has")
        self.verify(self._dummy, password)
