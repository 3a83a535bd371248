//! Faults real servers meet, against the real binary run as a child process the way
//! systemd or a container runs it: killed with SIGKILL in a write burst, and a thousand
//! clients hanging up mid-request. `SQLite` by default, `PostgreSQL` with
//! `TEST_DATABASE=postgres`.

mod hang_up;
mod kill;
mod process;
mod redeeming;
