//! The region's figures (issue 18): every count checked against the rows that hold it,
//! on whichever database the suite runs on; the months are Swedish ones; the CSV is the
//! same counts, with staff-typed names made harmless; only a region-wide admin reads
//! them.

use model::region::{Measure, RegionFigures};
use reqwest::Method;

use crate::helpers::{assert_error, spawn_app, Session, TestApp, DEMO_PASSWORD};

const FIGURES: &str = "/api/staff/region/figures";

async fn figures(app: &TestApp, admin: &Session, query: &str) -> RegionFigures {
    let response = app.staff(Some(admin), Method::GET, &format!("{FIGURES}{query}"), None).await;
    assert_eq!(response.status(), 200, "{FIGURES}{query}");
    response.json().await.expect("the figures")
}

/// One number from the database: `sql` with the municipality's id as `$1`.
async fn counted(app: &TestApp, sql: &str, slug: &str) -> u32 {
    let id: i64 = sqlx::query_scalar("SELECT id FROM municipalities WHERE slug = $1")
        .bind(slug)
        .fetch_one(app.store.pool())
        .await
        .expect(slug);
    let n: Option<i64> =
        sqlx::query_scalar(sql).bind(id).fetch_one(app.store.pool()).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
    u32::try_from(n.unwrap_or(0)).expect("a count")
}

/// Seconds since 1970 at `hour`:00 UTC on a day (Howard Hinnant's days from civil).
fn utc(year: i64, month: i64, day: i64, hour: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146_097 + doe - 719_468) * 86_400 + hour * 3_600
}

async fn read_articles(app: &TestApp) {
    for _ in 0..3 {
        app.get_json::<serde_json::Value>("/api/municipalities/granviken/articles/samhallsorientering?lang=ar").await;
    }
    for _ in 0..2 {
        app.get_json::<serde_json::Value>("/api/municipalities/norrsjo/articles/samhallsorientering?lang=uk").await;
    }
    // Neither a missing article nor a refused language is a read.
    assert_eq!(app.get("/api/municipalities/granviken/articles/finns-inte?lang=ar").await.status(), 404);
    assert_eq!(app.get("/api/municipalities/granviken/articles/samhallsorientering?lang=xx").await.status(), 422);
    // A search for a guide in a language that nobody speaks.
    app.get_json::<serde_json::Value>("/api/municipalities/norrsjo/guides?lang=sv&language=ti").await;
}

#[tokio::test]
async fn every_figure_is_the_count_of_its_rows_and_its_month_is_swedish() {
    let app = spawn_app().await;
    let admin = app.region_admin().await;
    let year = figures(&app, &admin, "").await.year;
    // Every card issued in June, but one in the last half hour of March by UTC: in
    // Sweden that is already April.
    sqlx::query("UPDATE vouchers SET issued_at = $1")
        .bind(utc(year.into(), 6, 15, 10))
        .execute(app.store.pool())
        .await
        .unwrap();
    sqlx::query("UPDATE vouchers SET issued_at = $1 WHERE id = (SELECT MIN(id) FROM vouchers)")
        .bind(utc(year.into(), 3, 31, 22) + 30 * 60)
        .execute(app.store.pool())
        .await
        .unwrap();
    read_articles(&app).await;
    let figures = figures(&app, &admin, &format!("?year={year}")).await;
    let slugs: Vec<&str> = figures.places.iter().map(|p| p.slug.as_str()).collect();
    assert_eq!(slugs, ["granviken", "norrsjo"]);
    assert_eq!(figures.shared.as_ref().map(|s| s.name.as_str()), Some("Demo län"));
    let this_year = format!("{year}-%");
    let month = |m: u8| format!("{year}-{m:02}");

    // Reads: the region's shared article counts where it was read.
    let reads = |slug| figures.by_breakdown(Measure::ArticlesRead, slug);
    assert_eq!(reads("granviken"), [("ar".to_owned(), 3)]);
    assert_eq!(reads("norrsjo"), [("uk".to_owned(), 2)]);
    assert!(reads("region").is_empty(), "nobody reads in the region's content itself");
    for slug in ["granviken", "norrsjo"] {
        let stored =
            counted(&app, "SELECT CAST(SUM(reads) AS BIGINT) FROM article_reads WHERE municipality_id = $1", slug)
                .await;
        assert_eq!(figures.total(Measure::ArticlesRead, slug, None), stored, "{slug}");
    }

    for slug in ["granviken", "norrsjo", "region"] {
        // Translations: every published article's version older than its Swedish text,
        // and every language it lacks.
        let outdated = counted(
            &app,
            "SELECT COUNT(*) FROM articles a JOIN article_versions v ON v.article_id = a.id
             WHERE a.municipality_id = $1 AND a.published <> 0 AND v.lang <> 'sv' AND v.based_on_revision < a.source_revision",
            slug,
        )
        .await;
        let missing = counted(
            &app,
            "SELECT CAST(SUM(4 - (SELECT COUNT(*) FROM article_versions v WHERE v.article_id = a.id AND v.lang <> 'sv')) AS BIGINT)
             FROM articles a WHERE a.municipality_id = $1 AND a.published <> 0",
            slug,
        )
        .await;
        assert_eq!(figures.total(Measure::TranslationsOutdated, slug, None), outdated, "{slug}");
        assert_eq!(figures.total(Measure::TranslationsMissing, slug, None), missing, "{slug}");

        // Loans handed out this year.
        let loans = counted(
            &app,
            &format!("SELECT COUNT(*) FROM sportotek_loans WHERE municipality_id = $1 AND lent_on LIKE '{this_year}'"),
            slug,
        )
        .await;
        assert_eq!(figures.total(Measure::SportotekLoans, slug, None), loans, "{slug}");

        // Guide bookings, whatever became of them, once by language and once by topic.
        let bookings = counted(
            &app,
            &format!("SELECT COUNT(*) FROM guide_bookings WHERE municipality_id = $1 AND day LIKE '{this_year}'"),
            slug,
        )
        .await;
        assert_eq!(figures.total(Measure::GuideBookingsByLanguage, slug, None), bookings, "{slug}");
        assert_eq!(figures.total(Measure::GuideBookingsByTopic, slug, None), bookings, "{slug}");

        // Cards by age band: issued, and of those used or not.
        for (from, to) in model::vouchers::AGE_BANDS {
            let band = format!("{from}-{to}");
            let ages = match (from, to) {
                (0, _) => format!("v.year - v.birth_year <= {to}"),
                (_, 18) => format!("v.year - v.birth_year >= {from}"),
                _ => format!("v.year - v.birth_year BETWEEN {from} AND {to}"),
            };
            let used = "EXISTS (SELECT 1 FROM redemptions r WHERE r.voucher_id = v.id AND r.reversed_on IS NULL)";
            let of = |measure| {
                figures.by_breakdown(measure, slug).into_iter().find(|(b, _)| *b == band).map_or(0, |(_, n)| n)
            };
            let sql = format!("SELECT COUNT(*) FROM vouchers v WHERE v.municipality_id = $1 AND {ages}");
            assert_eq!(of(Measure::VouchersIssued), counted(&app, &sql, slug).await, "{slug} {band} issued");
            let sql_used = format!("{sql} AND {used}");
            assert_eq!(of(Measure::VouchersUsed), counted(&app, &sql_used, slug).await, "{slug} {band} used");
            let sql_unused = format!("{sql} AND NOT {used}");
            assert_eq!(of(Measure::VouchersUnused), counted(&app, &sql_unused, slug).await, "{slug} {band} unused");
        }
    }
    let issued = figures.total(Measure::VouchersIssued, "granviken", None);
    assert!(issued > 1, "the demo issues cards in Granviken");
    assert_eq!(figures.total(Measure::VouchersIssued, "granviken", Some(&month(4))), 1, "the Swedish month");
    assert_eq!(figures.total(Measure::VouchersIssued, "granviken", Some(&month(3))), 0);
    assert_eq!(figures.total(Measure::VouchersIssued, "granviken", Some(&month(6))), issued - 1);
    assert!(figures.total(Measure::SportotekLoans, "granviken", None) > 0, "the demo lends in Granviken");
    assert!(
        figures.total(Measure::TranslationsMissing, "region", None)
            + figures.total(Measure::TranslationsOutdated, "region", None)
            < 8 * 4
    );

    // Asked for in a language no guide speaks: Tigrinya, in Norrsjö.
    assert_eq!(figures.by_breakdown(Measure::AskedWithoutGuide, "norrsjo"), [("ti".to_owned(), 1)]);

    // Another year has its own months: none of this year's cards are in it.
    let before = self::figures(&app, &admin, &format!("?year={}", year - 1)).await;
    assert_eq!(before.total(Measure::VouchersIssued, "granviken", None), 0);
    assert_eq!(before.total(Measure::ArticlesRead, "granviken", None), 0);
}

#[tokio::test]
async fn the_csv_holds_the_same_counts_with_staff_typed_names_made_harmless() {
    let app = spawn_app().await;
    let admin = app.region_admin().await;
    sqlx::query("UPDATE municipalities SET name = $1 WHERE slug = 'norrsjo'")
        .bind("=HYPERLINK(\"http://evil.example\";\"Norrsjö\")")
        .execute(app.store.pool())
        .await
        .unwrap();
    app.notice_direct_changes().await;
    read_articles(&app).await;
    let json = figures(&app, &admin, "").await;
    let response = app.staff(Some(&admin), Method::GET, &format!("{FIGURES}.csv"), None).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "text/csv; charset=utf-8");
    let disposition = response.headers()["content-disposition"].to_str().unwrap().to_owned();
    assert_eq!(disposition, format!("attachment; filename=\"lanets-siffror-{}.csv\"", json.year));
    let text = response.text().await.unwrap();
    let mut reader =
        csv::ReaderBuilder::new().delimiter(b';').from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(header, ["kommun", "namn", "månad", "mått", "uppdelning", "antal"]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), json.counts.len(), "one line per count");
    let sum: u32 = rows.iter().map(|r| r[5].parse::<u32>().unwrap()).sum();
    assert_eq!(sum, json.counts.iter().map(|c| c.count).sum::<u32>());
    let norrsjo = rows.iter().find(|r| &r[0] == "norrsjo").expect("Norrsjö's counts");
    assert!(norrsjo[1].starts_with("'="), "a name that starts like a formula stays text: {}", &norrsjo[1]);
    assert!(rows.iter().any(|r| &r[0] == "granviken" && &r[3] == "articles-read" && &r[4] == "ar" && &r[5] == "3"));
}

#[tokio::test]
async fn only_a_region_wide_admin_reads_the_figures_and_bad_years_are_refused() {
    let app = spawn_app().await;
    for path in [FIGURES.to_owned(), format!("{FIGURES}.csv")] {
        assert_error(app.get(&path).await, 401, "error-unauthenticated", "signed out").await;
        for email in ["admin@granviken.example", "admin@norrsjo.example", "samordnare@granviken.example"] {
            let session = app.sign_in(email, DEMO_PASSWORD).await;
            let response = app.staff(Some(&session), Method::GET, &path, None).await;
            assert_error(response, 403, "error-forbidden", email).await;
        }
    }
    let admin = app.region_admin().await;
    // A year out of range is refused as such; one that is no number, as a bad request.
    let bad =
        [("?year=1999", 422), ("?year=3000", 422), ("?year=twenty", 400), ("?year=", 400), ("?year=99999999999", 400)];
    for (query, status) in bad {
        for path in [FIGURES.to_owned(), format!("{FIGURES}.csv")] {
            let response = app.staff(Some(&admin), Method::GET, &format!("{path}{query}"), None).await;
            assert_eq!(response.status(), status, "{path}{query}");
        }
    }
    // The document says so, as it does for every route that reads a query.
    let document: serde_json::Value = app.get_json("/api/openapi.json").await;
    for path in
        ["/api/staff/region/figures", "/api/staff/region/figures.csv", "/api/municipalities/{municipality}/search"]
    {
        let responses = &document["paths"][path]["get"]["responses"];
        assert!(responses["400"].is_object() && responses["422"].is_object(), "{path}: {responses}");
    }
    // Reading writes nothing but the counts it was asked to write.
    let before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log").fetch_one(app.store.pool()).await.unwrap();
    figures(&app, &admin, "").await;
    let after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log").fetch_one(app.store.pool()).await.unwrap();
    assert_eq!(before, after);
}
