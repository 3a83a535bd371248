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

-- Once per transaction and area, at its commit, as content_changed() does.
CREATE FUNCTION area_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    setting TEXT := 'valkommen.area_changed_' || TG_ARGV[0];
BEGIN
    IF current_setting(setting, true) IS DISTINCT FROM txid_current()::text THEN
        PERFORM set_config(setting, txid_current()::text, true);
        UPDATE area_versions SET version = version + 1 WHERE area = TG_ARGV[0];
    END IF;
    RETURN NULL;
END
$$;

DROP TRIGGER sportotek_copies_content_changed ON sportotek_copies;
CREATE CONSTRAINT TRIGGER sportotek_copies_area_changed AFTER INSERT OR UPDATE OR DELETE ON sportotek_copies
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION area_changed('sportotek');
DROP TRIGGER sportotek_loans_content_changed ON sportotek_loans;
CREATE CONSTRAINT TRIGGER sportotek_loans_area_changed AFTER INSERT OR UPDATE OR DELETE ON sportotek_loans
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION area_changed('sportotek');
DROP TRIGGER guide_slots_content_changed ON guide_slots;
CREATE CONSTRAINT TRIGGER guide_slots_area_changed AFTER INSERT OR UPDATE OR DELETE ON guide_slots
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION area_changed('guides');
DROP TRIGGER guide_blocked_days_content_changed ON guide_blocked_days;
CREATE CONSTRAINT TRIGGER guide_blocked_days_area_changed AFTER INSERT OR UPDATE OR DELETE ON guide_blocked_days
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION area_changed('guides');
DROP TRIGGER guide_bookings_content_changed ON guide_bookings;
CREATE CONSTRAINT TRIGGER guide_bookings_area_changed AFTER INSERT OR UPDATE OR DELETE ON guide_bookings
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION area_changed('guides');
