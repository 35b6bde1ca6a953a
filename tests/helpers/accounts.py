"""Accounts a test needs: one of a role, and an organizer acting for an organization.

Written straight into the test's database, as the accounts an administrator adds would be.
"""

from sqlalchemy import Engine
from sqlmodel import select

from booking.statuses import Role
from booking.store.db import write_session
from booking.store.models import Account, Organization


def organization_id(engine: Engine, name: str) -> int:
    """The organization of that name, added when the database has none."""
    with write_session(engine) as session:
        found = session.exec(select(Organization).where(Organization.name == name)).first()
        if found is None:
            found = Organization(name=name)
            session.add(found)
            session.flush()
        assert found.id is not None
        return found.id


def add_account(engine: Engine, username: str, role: Role, *,
                organization: str | None = None) -> int:
    """An enabled account of the role (an organizer acting for `organization`); its id."""
    org_id = organization_id(engine, organization) if organization else None
    with write_session(engine) as session:
        account = Account(username=username, display_name=username.title(), role=role,
                          organization_id=org_id)
        session.add(account)
        session.flush()
        assert account.id is not None
        return account.id


def act_for(engine: Engine, username: str, organization: str) -> None:
    """Let an existing account act for an organization (the default organizer acts for none)."""
    org_id = organization_id(engine, organization)
    with write_session(engine) as session:
        account = session.exec(select(Account).where(Account.username == username)).one()
        account.organization_id = org_id
        session.add(account)
