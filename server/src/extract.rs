//! What several routes read from a request the same way: the reader's language, the
//! municipality named in the path, and a request's problems all at once.

use model::{
    orientation::{Municipality, Slug},
    FieldError, Language,
};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::{
    error::{ApiError, Result},
    ids::MunicipalityId,
    state::AppState,
};

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LangParams {
    /// `sv`, `ar`, `prs`, `uk` or `en`; Swedish when left out.
    #[param(pattern = "^(sv|ar|prs|uk|en)$")]
    pub lang: Option<String>,
}

/// The reader's language; Swedish, the source, when none is asked for.
pub fn language(lang: Option<&str>) -> Result<Language> {
    lang.map_or(Ok(Language::SOURCE), |code| Language::parse(code).map_err(ApiError::from))
}

/// The municipality a path names by its slug; not found when there is none.
pub async fn municipality(app: &AppState, slug: &str) -> Result<(MunicipalityId, Municipality)> {
    let slug = Slug::parse("municipality", slug)?;
    app.store.municipality(slug.as_str()).await?.ok_or(ApiError::NotFound)
}

/// A year the API keeps figures for, this year in Sweden when none is asked for.
pub fn year(year: Option<i32>) -> Result<i32> {
    let year = year.unwrap_or_else(|| crate::calendar::swedish_now().0.year());
    if (2000..3000).contains(&year) {
        Ok(year)
    } else {
        Err(FieldError::new("year", "error-voucher-year").into())
    }
}

/// Every problem of a request in one answer, or none.
pub fn invalid(problems: Vec<FieldError>) -> Result<()> {
    model::error::all_or_nothing(problems).map_err(ApiError::Invalid)
}
