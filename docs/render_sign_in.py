"""Render docs/sign-in.png, docs/locked.png and docs/switch-user.png: the sign-in at start, a
window locked for the front desk, and Switch user on the lock.
Run: uv run python docs/render_sign_in.py"""

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from booking.services import Services, initialize_database  # noqa: E402
from ui.session.signin import SignInDialog  # noqa: E402

WIB = ZoneInfo("Asia/Jakarta")
NOW = datetime(2026, 12, 7, 9, 50, tzinfo=WIB)
DOCS = Path(__file__).resolve().parent


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ruang.db"
        initialize_database(path, now=lambda: NOW)
        services = Services.open(path, now=lambda: NOW, actor="admin")
        services.accounts.pause = lambda _seconds: None
        try:
            services.accounts.passwd(actor="admin", username="manager",
                                     password="not the real one")
            start = SignInDialog(services=services, user="manager")
            start.show()
            start.password_edit.setText("guess")
            start.on_sign_in_button_clicked()  # a wrong password, as the picture shows it
            app.processEvents()
            start.grab().save(str(DOCS / "sign-in.png"))
            start.close()

            locked = SignInDialog(services=services, user="frontdesk", locked=True)
            locked.resize(900, 520)
            locked.show()
            app.processEvents()
            locked.grab().save(str(DOCS / "locked.png"))
            assert locked.switch_button is not None
            locked.switch_button.click()
            locked.user_edit.setText("manager")
            app.processEvents()
            locked.grab().save(str(DOCS / "switch-user.png"))
            locked.done(0)
        finally:
            services.close()


if __name__ == "__main__":
    main()
