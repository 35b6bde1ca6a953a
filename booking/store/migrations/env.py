"""Alembic environment: migrations run on the connection Ruang hands over."""

from alembic import context
from sqlmodel import SQLModel

import booking.store.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from booking.store.search_index import is_search_index_table


def _include(_obj: object, name: str | None, type_: str, _reflected: bool,
             _compare_to: object) -> bool:
    """Leave the full-text index's own tables out of autogenerate comparisons."""
    return not (type_ == "table" and name is not None and is_search_index_table(name))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
    include_object=_include,
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
