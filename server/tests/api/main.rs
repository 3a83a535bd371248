//! API tests: the real server on a random port against a fresh database, `SQLite` by
//! default or `PostgreSQL` with `TEST_DATABASE=postgres`.

mod activities;
mod activities_bad_input;
mod activities_calendar;
mod activity_helpers;
mod activity_pages;
mod associations;
mod authorization;
mod contract;
mod exports_escaping;
mod guides;
mod guides_applications;
mod guides_bad_input;
mod guides_coordination;
mod guides_helpers;
mod guides_mail;
mod guides_photo;
mod guides_sweep;
mod hardening;
mod helpers;
mod migrations;
mod orientation;
mod orientation_bad_input;
mod parallel;
mod parallel_guides;
mod parallel_sportotek;
mod revalidation;
mod sportotek;
mod sportotek_bad_input;
mod sportotek_helpers;
mod sportotek_staff;
mod staff;
mod staff_editor;
mod system;
mod trust;
mod vouchers;
