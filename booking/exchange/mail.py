"""A confirmation ready to send: an e-mail message (.eml) with the text, the PDF and the .ics.

The desk opens the file in its mail program, adds the guest's address and sends it; the
guest's calendar takes the attached invitation. Built with the standard library's email
package; nothing is sent from here.
"""

from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from booking.i18n import N_
from booking.outputs import replacing

WHAT = N_("the confirmation message")


@dataclass(frozen=True)
class Attachment:
    """A file carried by the message."""

    name: str
    mime: str  # "application/pdf", "text/calendar"
    data: bytes


def confirmation_message(*, subject: str, body: str, attachments: list[Attachment],
                         sent_at: datetime) -> bytes:
    """The message as bytes (RFC 5322, CRLF line ends), marked as a draft to be sent."""
    message = EmailMessage()
    message["Subject"] = subject
    message["Date"] = format_datetime(sent_at)
    message["X-Unsent"] = "1"  # mail programs open it as a new message to send
    message.set_content(body, charset="utf-8")
    for attachment in attachments:
        main, sub = attachment.mime.split("/", 1)
        params = {"method": "PUBLISH"} if attachment.mime == "text/calendar" else {}
        message.add_attachment(attachment.data, maintype=main, subtype=sub,
                               filename=attachment.name, params=params)
    return bytes(message.as_bytes(policy=message.policy.clone(linesep="\r\n")))


def write_message(data: bytes, path: Path, *, database: Path | None, force: bool) -> Path:
    """Write the message to `path` safely (a new file unless force; never the database)."""
    with replacing(path, what=WHAT, database=database, force=force) as part:
        part.write_bytes(data)
    return Path(path).expanduser()
