//! API tests: the real server on a random port against a fresh database, SQLite by
//! default or PostgreSQL with `TEST_DATABASE=postgres`.

mod helpers;
mod orientation;
mod orientation_bad_input;
mod staff;
mod staff_editor;
mod system;
