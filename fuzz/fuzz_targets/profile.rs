//! Any bytes into `Profile::from_json_slice`: nothing panics; an error prints one line that
//! starts with its JSON path; an accepted profile round-trips through `to_json` and is
//! assessed under both reference standards, with `assess_with` and the fast `caution_sets`
//! agreeing on what fired and what could not be assessed.

#![no_main]

use calcification::{Profile, ReferenceStandard, Term, assess, assess_with, caution_sets};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let profile = match Profile::from_json_slice(data) {
        Ok(profile) => profile,
        Err(err) => {
            let text = err.to_string();
            assert!(!text.contains('\n') && !text.contains('\r'), "error spans lines: {text:?}");
            assert!(text.starts_with(&format!("{}: ", err.path())), "error does not start with its path: {text:?}");
            return;
        }
    };
    assert_eq!(profile.validate(), Ok(()));
    assert_eq!(Profile::from_json(&profile.to_json()).as_ref(), Ok(&profile), "round trip of {}", profile.to_json());

    let default = assess(&profile).expect("a parsed profile assesses");
    let iom = assess_with(&profile, ReferenceStandard::Iom).expect("a parsed profile assesses");
    assert_eq!(default, iom, "assess is assess_with(Iom)");
    for standard in [ReferenceStandard::Iom, ReferenceStandard::Efsa] {
        let assessment = assess_with(&profile, standard).expect("a parsed profile assesses");
        let sets = caution_sets(&profile, standard).expect("a parsed profile assesses");
        let mut fired: Vec<&str> = assessment.findings.iter().map(|f| f.caution.id()).collect();
        let mut not_assessed: Vec<&str> = assessment.not_assessed.iter().map(|n| n.caution.id()).collect();
        fired.sort_unstable();
        not_assessed.sort_unstable();
        let mut fast_fired: Vec<&str> = sets.fired.iter().map(Term::id).collect();
        let mut fast_not_assessed: Vec<&str> = sets.not_assessed.iter().map(Term::id).collect();
        fast_fired.sort_unstable();
        fast_not_assessed.sort_unstable();
        assert_eq!(fired, fast_fired, "{standard:?}: fired cautions differ for {}", profile.to_json());
        assert_eq!(
            not_assessed,
            fast_not_assessed,
            "{standard:?}: not-assessed cautions differ for {}",
            profile.to_json()
        );
    }
});
