//! Layout and scale math for the pictures, one module per picture as in
//! `components/pictures/`: pure functions of the dataset and the view, tested natively. The
//! components only turn what these return into SVG.

pub mod map;
pub mod ranking;
pub mod records;
pub mod timeline;

/// The reader's choice while it is still one of `available`, else the first of them: a measure or
/// period picked on one report never leaves another report's picture empty.
pub fn chosen_or_first<T: PartialEq + Copy>(choice: Option<T>, available: &[T]) -> Option<T> {
    choice.filter(|c| available.contains(c)).or_else(|| available.first().copied())
}

#[cfg(test)]
mod tests {
    use super::chosen_or_first;
    use atlas_data::Measure::*;

    #[test]
    fn a_choice_made_on_one_report_does_not_stick_on_another() {
        assert_eq!(chosen_or_first(Some(Issued), &[Declined, Issued]), Some(Issued));
        assert_eq!(chosen_or_first(Some(Issued), &[Declined]), Some(Declined), "the report has no issued numbers");
        assert_eq!(chosen_or_first(None, &[Issued, Declined]), Some(Issued));
        assert_eq!(chosen_or_first(Some(Declined), &[Issued, Declined]), Some(Declined), "declined on a report whose primary is issued");
        assert_eq!(chosen_or_first(Some(Declined), &[]), None);
        assert_eq!(chosen_or_first(Some("2018"), &["", "2019"]), Some(""));
    }
}
