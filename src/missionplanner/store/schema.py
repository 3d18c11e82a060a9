"""The schema revision this code works with, in a module that imports nothing (read at start-up
before SQLAlchemy or Alembic is loaded)."""

# The newest revision in db/migrations/versions. A test keeps it equal to Alembic's head, so opening
# an up-to-date database costs one SELECT and never imports Alembic.
HEAD = "0013_mission_key_messages"
