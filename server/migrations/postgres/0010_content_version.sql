-- The content version (issue 15): one number that every change to what the public read
-- endpoints show moves on, in the same transaction as the change. A server keeps the
-- answers it rendered in memory under the version it read them at, and drops them once
-- the number has moved, also when another server of the same database made the change
-- (server/src/read_cache.rs). The tables with personal or staff-only data (accounts,
-- sessions, vouchers, redemptions, lookups, audit...) do not move it; the test in
-- server/tests/api/read_cache.rs names every table either way.
--
-- The number moves once per transaction and at its commit (a deferred trigger), so a
-- transaction holds the row's lock only while it commits: writers of different rows do
-- not wait on each other and no lock order can deadlock on it.

CREATE TABLE content_version (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO content_version (id, version) VALUES (1, 0);

CREATE FUNCTION content_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('valkommen.content_changed', true) IS DISTINCT FROM txid_current()::text THEN
        PERFORM set_config('valkommen.content_changed', txid_current()::text, true);
        UPDATE content_version SET version = version + 1 WHERE id = 1;
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER municipalities_content_changed AFTER INSERT OR UPDATE OR DELETE ON municipalities
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_changed();
CREATE CONSTRAINT TRIGGER topics_content_changed AFTER INSERT OR UPDATE OR DELETE ON topics
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_changed();
CREATE CONSTRAINT TRIGGER topic_names_content_changed AFTER INSERT OR UPDATE OR DELETE ON topic_names
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_changed();
CREATE CONSTRAINT TRIGGER articles_content_changed AFTER INSERT OR UPDATE OR DELETE ON articles
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_changed();
CREATE CONSTRAINT TRIGGER article_versions_content_changed AFTER INSERT OR UPDATE OR DELETE ON article_versions
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_changed();
CREATE CONSTRAINT TRIGGER associations_content_changed AFTER INSERT OR UPDATE OR DELETE ON associations
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_changed();
CREATE CONSTRAINT TRIGGER association_texts_content_changed AFTER INSERT OR UPDATE OR DELETE ON association_texts
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_changed();
CREATE CONSTRAINT TRIGGER activities_content_changed AFTER INSERT OR UPDATE OR DELETE ON activities
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_changed();
CREATE CONSTRAINT TRIGGER activity_texts_content_changed AFTER INSERT OR UPDATE OR DELETE ON activity_texts
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_changed();
CREATE CONSTRAINT TRIGGER activity_equipment_content_changed AFTER INSERT OR UPDATE OR DELETE ON activity_equipment
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_changed();
CREATE CONSTRAINT TRIGGER voucher_years_content_changed AFTER INSERT OR UPDATE OR DELETE ON voucher_years
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_changed();
CREATE CONSTRAINT TRIGGER sportotek_settings_content_changed AFTER INSERT OR UPDATE OR DELETE ON sportotek_settings
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_changed();
CREATE CONSTRAINT TRIGGER sportotek_closed_days_content_changed AFTER INSERT OR UPDATE OR DELETE ON sportotek_closed_days
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_changed();
CREATE CONSTRAINT TRIGGER sportotek_photos_content_changed AFTER INSERT OR UPDATE OR DELETE ON sportotek_photos
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_changed();
CREATE CONSTRAINT TRIGGER sportotek_items_content_changed AFTER INSERT OR UPDATE OR DELETE ON sportotek_items
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_changed();
CREATE CONSTRAINT TRIGGER sportotek_item_texts_content_changed AFTER INSERT OR UPDATE OR DELETE ON sportotek_item_texts
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_changed();
CREATE CONSTRAINT TRIGGER sportotek_sizes_content_changed AFTER INSERT OR UPDATE OR DELETE ON sportotek_sizes
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_changed();
CREATE CONSTRAINT TRIGGER sportotek_copies_content_changed AFTER INSERT OR UPDATE OR DELETE ON sportotek_copies
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_changed();
CREATE CONSTRAINT TRIGGER sportotek_loans_content_changed AFTER INSERT OR UPDATE OR DELETE ON sportotek_loans
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_changed();
CREATE CONSTRAINT TRIGGER guides_content_changed AFTER INSERT OR UPDATE OR DELETE ON guides
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_changed();
CREATE CONSTRAINT TRIGGER guide_texts_content_changed AFTER INSERT OR UPDATE OR DELETE ON guide_texts
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_changed();
CREATE CONSTRAINT TRIGGER guide_slots_content_changed AFTER INSERT OR UPDATE OR DELETE ON guide_slots
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_changed();
CREATE CONSTRAINT TRIGGER guide_blocked_days_content_changed AFTER INSERT OR UPDATE OR DELETE ON guide_blocked_days
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_changed();
CREATE CONSTRAINT TRIGGER guide_bookings_content_changed AFTER INSERT OR UPDATE OR DELETE ON guide_bookings
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_changed();
