-- The content version (issue 15): one number that every change to what the public read
-- endpoints show moves on, in the same transaction as the change. A server keeps the
-- answers it rendered in memory under the version it read them at, and drops them once
-- the number has moved (server/src/read_cache.rs). The tables with personal or
-- staff-only data do not move it; the test in server/tests/api/read_cache.rs names
-- every table either way. SQLite has one writer at a time, so a trigger per statement
-- kind is enough.

CREATE TABLE content_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO content_version (id, version) VALUES (1, 0);
CREATE TRIGGER municipalities_insert_content_changed AFTER INSERT ON municipalities
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER municipalities_update_content_changed AFTER UPDATE ON municipalities
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER municipalities_delete_content_changed AFTER DELETE ON municipalities
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER topics_insert_content_changed AFTER INSERT ON topics
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER topics_update_content_changed AFTER UPDATE ON topics
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER topics_delete_content_changed AFTER DELETE ON topics
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER topic_names_insert_content_changed AFTER INSERT ON topic_names
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER topic_names_update_content_changed AFTER UPDATE ON topic_names
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER topic_names_delete_content_changed AFTER DELETE ON topic_names
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER articles_insert_content_changed AFTER INSERT ON articles
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER articles_update_content_changed AFTER UPDATE ON articles
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER articles_delete_content_changed AFTER DELETE ON articles
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER article_versions_insert_content_changed AFTER INSERT ON article_versions
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER article_versions_update_content_changed AFTER UPDATE ON article_versions
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER article_versions_delete_content_changed AFTER DELETE ON article_versions
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER associations_insert_content_changed AFTER INSERT ON associations
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER associations_update_content_changed AFTER UPDATE ON associations
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER associations_delete_content_changed AFTER DELETE ON associations
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER association_texts_insert_content_changed AFTER INSERT ON association_texts
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER association_texts_update_content_changed AFTER UPDATE ON association_texts
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER association_texts_delete_content_changed AFTER DELETE ON association_texts
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER activities_insert_content_changed AFTER INSERT ON activities
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER activities_update_content_changed AFTER UPDATE ON activities
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER activities_delete_content_changed AFTER DELETE ON activities
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER activity_texts_insert_content_changed AFTER INSERT ON activity_texts
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER activity_texts_update_content_changed AFTER UPDATE ON activity_texts
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER activity_texts_delete_content_changed AFTER DELETE ON activity_texts
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER activity_equipment_insert_content_changed AFTER INSERT ON activity_equipment
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER activity_equipment_update_content_changed AFTER UPDATE ON activity_equipment
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER activity_equipment_delete_content_changed AFTER DELETE ON activity_equipment
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER voucher_years_insert_content_changed AFTER INSERT ON voucher_years
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER voucher_years_update_content_changed AFTER UPDATE ON voucher_years
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER voucher_years_delete_content_changed AFTER DELETE ON voucher_years
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER sportotek_settings_insert_content_changed AFTER INSERT ON sportotek_settings
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER sportotek_settings_update_content_changed AFTER UPDATE ON sportotek_settings
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER sportotek_settings_delete_content_changed AFTER DELETE ON sportotek_settings
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER sportotek_closed_days_insert_content_changed AFTER INSERT ON sportotek_closed_days
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER sportotek_closed_days_update_content_changed AFTER UPDATE ON sportotek_closed_days
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER sportotek_closed_days_delete_content_changed AFTER DELETE ON sportotek_closed_days
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER sportotek_photos_insert_content_changed AFTER INSERT ON sportotek_photos
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER sportotek_photos_update_content_changed AFTER UPDATE ON sportotek_photos
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER sportotek_photos_delete_content_changed AFTER DELETE ON sportotek_photos
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER sportotek_items_insert_content_changed AFTER INSERT ON sportotek_items
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER sportotek_items_update_content_changed AFTER UPDATE ON sportotek_items
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER sportotek_items_delete_content_changed AFTER DELETE ON sportotek_items
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER sportotek_item_texts_insert_content_changed AFTER INSERT ON sportotek_item_texts
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER sportotek_item_texts_update_content_changed AFTER UPDATE ON sportotek_item_texts
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER sportotek_item_texts_delete_content_changed AFTER DELETE ON sportotek_item_texts
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER sportotek_sizes_insert_content_changed AFTER INSERT ON sportotek_sizes
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER sportotek_sizes_update_content_changed AFTER UPDATE ON sportotek_sizes
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER sportotek_sizes_delete_content_changed AFTER DELETE ON sportotek_sizes
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER sportotek_copies_insert_content_changed AFTER INSERT ON sportotek_copies
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER sportotek_copies_update_content_changed AFTER UPDATE ON sportotek_copies
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER sportotek_copies_delete_content_changed AFTER DELETE ON sportotek_copies
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER sportotek_loans_insert_content_changed AFTER INSERT ON sportotek_loans
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER sportotek_loans_update_content_changed AFTER UPDATE ON sportotek_loans
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER sportotek_loans_delete_content_changed AFTER DELETE ON sportotek_loans
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER guides_insert_content_changed AFTER INSERT ON guides
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER guides_update_content_changed AFTER UPDATE ON guides
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER guides_delete_content_changed AFTER DELETE ON guides
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER guide_texts_insert_content_changed AFTER INSERT ON guide_texts
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER guide_texts_update_content_changed AFTER UPDATE ON guide_texts
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER guide_texts_delete_content_changed AFTER DELETE ON guide_texts
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER guide_slots_insert_content_changed AFTER INSERT ON guide_slots
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER guide_slots_update_content_changed AFTER UPDATE ON guide_slots
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER guide_slots_delete_content_changed AFTER DELETE ON guide_slots
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER guide_blocked_days_insert_content_changed AFTER INSERT ON guide_blocked_days
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER guide_blocked_days_update_content_changed AFTER UPDATE ON guide_blocked_days
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER guide_blocked_days_delete_content_changed AFTER DELETE ON guide_blocked_days
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER guide_bookings_insert_content_changed AFTER INSERT ON guide_bookings
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER guide_bookings_update_content_changed AFTER UPDATE ON guide_bookings
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER guide_bookings_delete_content_changed AFTER DELETE ON guide_bookings
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
