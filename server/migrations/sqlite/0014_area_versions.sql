-- Each area's own version (issue 16). Reservations, loans and bookings are what
-- newcomers and staff write all day; the content version moved with every one of them,
-- so one reservation dropped every answer the read cache held, articles and search
-- indexes included. The tables whose rows only the Sportotek's pages show (its copies
-- and loans) and those only the guides' pages show (their times, days off and bookings)
-- now move their area's version instead. A kept answer from the Sportotek's or the
-- guides' addresses is good while both the content version and its area's stand
-- (server/src/read_cache.rs); the test in server/tests/api/read_cache.rs names every
-- table's area.

CREATE TABLE area_versions (
    area TEXT PRIMARY KEY CHECK (area IN ('sportotek', 'guides')),
    version BIGINT NOT NULL
);
INSERT INTO area_versions (area, version) VALUES ('sportotek', 0), ('guides', 0);
DROP TRIGGER sportotek_copies_insert_content_changed;
CREATE TRIGGER sportotek_copies_insert_area_changed AFTER INSERT ON sportotek_copies
    BEGIN UPDATE area_versions SET version = version + 1 WHERE area = 'sportotek'; END;
DROP TRIGGER sportotek_copies_update_content_changed;
CREATE TRIGGER sportotek_copies_update_area_changed AFTER UPDATE ON sportotek_copies
    BEGIN UPDATE area_versions SET version = version + 1 WHERE area = 'sportotek'; END;
DROP TRIGGER sportotek_copies_delete_content_changed;
CREATE TRIGGER sportotek_copies_delete_area_changed AFTER DELETE ON sportotek_copies
    BEGIN UPDATE area_versions SET version = version + 1 WHERE area = 'sportotek'; END;
DROP TRIGGER sportotek_loans_insert_content_changed;
CREATE TRIGGER sportotek_loans_insert_area_changed AFTER INSERT ON sportotek_loans
    BEGIN UPDATE area_versions SET version = version + 1 WHERE area = 'sportotek'; END;
DROP TRIGGER sportotek_loans_update_content_changed;
CREATE TRIGGER sportotek_loans_update_area_changed AFTER UPDATE ON sportotek_loans
    BEGIN UPDATE area_versions SET version = version + 1 WHERE area = 'sportotek'; END;
DROP TRIGGER sportotek_loans_delete_content_changed;
CREATE TRIGGER sportotek_loans_delete_area_changed AFTER DELETE ON sportotek_loans
    BEGIN UPDATE area_versions SET version = version + 1 WHERE area = 'sportotek'; END;
DROP TRIGGER guide_slots_insert_content_changed;
CREATE TRIGGER guide_slots_insert_area_changed AFTER INSERT ON guide_slots
    BEGIN UPDATE area_versions SET version = version + 1 WHERE area = 'guides'; END;
DROP TRIGGER guide_slots_update_content_changed;
CREATE TRIGGER guide_slots_update_area_changed AFTER UPDATE ON guide_slots
    BEGIN UPDATE area_versions SET version = version + 1 WHERE area = 'guides'; END;
DROP TRIGGER guide_slots_delete_content_changed;
CREATE TRIGGER guide_slots_delete_area_changed AFTER DELETE ON guide_slots
    BEGIN UPDATE area_versions SET version = version + 1 WHERE area = 'guides'; END;
DROP TRIGGER guide_blocked_days_insert_content_changed;
CREATE TRIGGER guide_blocked_days_insert_area_changed AFTER INSERT ON guide_blocked_days
    BEGIN UPDATE area_versions SET version = version + 1 WHERE area = 'guides'; END;
DROP TRIGGER guide_blocked_days_update_content_changed;
CREATE TRIGGER guide_blocked_days_update_area_changed AFTER UPDATE ON guide_blocked_days
    BEGIN UPDATE area_versions SET version = version + 1 WHERE area = 'guides'; END;
DROP TRIGGER guide_blocked_days_delete_content_changed;
CREATE TRIGGER guide_blocked_days_delete_area_changed AFTER DELETE ON guide_blocked_days
    BEGIN UPDATE area_versions SET version = version + 1 WHERE area = 'guides'; END;
DROP TRIGGER guide_bookings_insert_content_changed;
CREATE TRIGGER guide_bookings_insert_area_changed AFTER INSERT ON guide_bookings
    BEGIN UPDATE area_versions SET version = version + 1 WHERE area = 'guides'; END;
DROP TRIGGER guide_bookings_update_content_changed;
CREATE TRIGGER guide_bookings_update_area_changed AFTER UPDATE ON guide_bookings
    BEGIN UPDATE area_versions SET version = version + 1 WHERE area = 'guides'; END;
DROP TRIGGER guide_bookings_delete_content_changed;
CREATE TRIGGER guide_bookings_delete_area_changed AFTER DELETE ON guide_bookings
    BEGIN UPDATE area_versions SET version = version + 1 WHERE area = 'guides'; END;
