//! A list longer than a page, as the server writes it: its button for more is a link
//! that asks the server for the list with a page more (`?shown=`), which then opens at
//! the first of them (`#more`). The page is whole: it works by that link, without the
//! app's button (`ui::waiting`).

/// The most pages of a list a page shows.
const MOST_PAGES: u32 = 10;

/// A list's pages: `page` things each, as the API answers.
#[derive(Clone, Copy)]
pub struct Pages {
    pub page: u32,
}

impl Pages {
    /// How many things the address asks the list to show (`?shown=`): whole pages, at
    /// least one, at most ten; anything else, one.
    pub fn shown(self, asked: Option<&str>) -> u32 {
        let asked = asked.and_then(|n| n.parse::<u32>().ok()).unwrap_or(self.page);
        asked.clamp(self.page, MOST_PAGES * self.page) / self.page * self.page
    }

    /// The index of the first thing of the last page of `listed`, where the link for
    /// more leads (`id="more"`); none on the first page.
    pub fn first_new(self, listed: usize) -> Option<usize> {
        let page = self.page as usize;
        (listed > page).then(|| (listed - 1) / page * page)
    }

    /// The link for a page more of the list at `href` (its filters), when `listed` of
    /// `total` leaves some out and the list may grow.
    pub fn more_href(self, href: &str, listed: usize, total: u32) -> Option<String> {
        let listed = u32::try_from(listed).unwrap_or(u32::MAX);
        let join = if href.contains('?') { '&' } else { '?' };
        (listed < total && listed < MOST_PAGES * self.page)
            .then(|| format!("{href}{join}shown={}#more", listed + self.page))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TWENTY: Pages = Pages { page: 20 };

    #[test]
    fn an_address_asks_for_whole_pages_of_the_list_and_at_most_ten() {
        for (asked, shown) in [
            (None, 20),
            (Some("20"), 20),
            (Some("40"), 40),
            (Some("45"), 40),
            (Some("0"), 20),
            (Some("-5"), 20),
            (Some("x"), 20),
            (Some("999999"), 200),
            (Some("99999999999"), 20),
            (Some("<script>"), 20),
        ] {
            assert_eq!(TWENTY.shown(asked), shown, "{asked:?}");
        }
    }

    #[test]
    fn the_link_for_more_asks_for_a_page_more_and_leads_to_its_first_thing() {
        assert_eq!(TWENTY.more_href("/activities", 20, 45).as_deref(), Some("/activities?shown=40#more"));
        assert_eq!(TWENTY.more_href("/activities?age=9", 40, 45).as_deref(), Some("/activities?age=9&shown=60#more"));
        assert_eq!(TWENTY.more_href("/activities", 45, 45), None, "all listed");
        assert_eq!(TWENTY.more_href("/activities", 200, 500), None, "at most ten pages");
        assert_eq!((TWENTY.first_new(20), TWENTY.first_new(25), TWENTY.first_new(40)), (None, Some(20), Some(20)));
    }
}
