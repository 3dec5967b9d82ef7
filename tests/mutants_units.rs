//! Mass ↔ molar conversions of every analyte between every pair of units, against the
//! published factor (issue 17: the FAST mutation run does not run doctests, which were the
//! only checks of `Analyte::convert` between units other than the factor's own).

use calcification::units::{
    CALCIDIOL_NMOL_PER_NG, CALCIUM_MG_DL_PER_MMOL_L, CREATININE_UMOL_L_PER_MG_DL, MAGNESIUM_MG_DL_PER_MMOL_L,
    PHOSPHATE_MG_DL_PER_MMOL_L,
};
use calcification::{Analyte, Term, Unit};

const ANALYTES: [Analyte; 5] =
    [Analyte::Calcium, Analyte::Calcidiol, Analyte::Phosphate, Analyte::Magnesium, Analyte::Creatinine];

/// mg/dL per mmol/L, from the factor as published.
fn mg_dl_per_mmol_l(analyte: Analyte) -> f64 {
    match analyte {
        Analyte::Calcium => CALCIUM_MG_DL_PER_MMOL_L,
        Analyte::Phosphate => PHOSPHATE_MG_DL_PER_MMOL_L,
        Analyte::Magnesium => MAGNESIUM_MG_DL_PER_MMOL_L,
        // 1 ng/mL = 2.496 nmol/L: 1 mmol/L = 1e6 / 2.496 ng/mL = 1e6 / 2.496 / 1e4 mg/dL.
        Analyte::Calcidiol => 1e2 / CALCIDIOL_NMOL_PER_NG,
        // 1 mg/dL = 88.4 µmol/L: 1 mmol/L = 1e3 / 88.4 mg/dL.
        Analyte::Creatinine => 1e3 / CREATININE_UMOL_L_PER_MG_DL,
        _ => unreachable!("a new analyte needs its factor here"),
    }
}

fn units_of(base: Unit) -> Vec<Unit> {
    Unit::all().filter(|u| u.convert(1.0, base).is_some()).collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-12 * a.abs().max(b.abs())
}

#[test]
fn every_molar_and_mass_unit_pair_converts_by_the_published_factor() {
    let molar = units_of(Unit::MillimolePerLitre);
    let mass = units_of(Unit::MilligramPerDecilitre);
    assert!(molar.len() >= 4 && mass.len() >= 6, "{molar:?} {mass:?}");
    for analyte in ANALYTES {
        let factor = mg_dl_per_mmol_l(analyte);
        for &m in &molar {
            for &g in &mass {
                for v in [1.0, 3.7] {
                    // v in m, as mmol/L, as mg/dL, as g.
                    let expected = Unit::MilligramPerDecilitre
                        .convert(m.convert(v, Unit::MillimolePerLitre).unwrap() * factor, g)
                        .unwrap();
                    let got = analyte.convert(v, m, g).unwrap();
                    assert!(close(got, expected), "{analyte:?} {v} {} -> {}: {got} != {expected}", m.id(), g.id());
                    let back = analyte.convert(expected, g, m).unwrap();
                    assert!(close(back, v), "{analyte:?} {expected} {} -> {}: {back} != {v}", g.id(), m.id());
                }
            }
        }
    }
}

#[test]
fn concentrations_do_not_convert_to_other_dimensions() {
    for analyte in ANALYTES {
        for unit in [Unit::MillimolePerLitre, Unit::MilligramPerDecilitre] {
            for other in Unit::all().filter(|o| o.convert(1.0, Unit::MillimolePerLitre).is_none()) {
                if other.convert(1.0, Unit::MilligramPerDecilitre).is_some() {
                    continue;
                }
                assert_eq!(analyte.convert(1.0, unit, other), None, "{analyte:?} {} -> {}", unit.id(), other.id());
                assert_eq!(analyte.convert(1.0, other, unit), None, "{analyte:?} {} -> {}", other.id(), unit.id());
            }
        }
        // Within a dimension the substance does not matter.
        assert_eq!(analyte.convert(2.0, Unit::MillimolePerLitre, Unit::MicromolePerLitre), Some(2_000.0));
    }
}

#[test]
fn factor_to_is_the_size_of_one_unit_in_another() {
    assert_eq!(Unit::Milligram.factor_to(Unit::Microgram), Some(1_000.0));
    assert_eq!(Unit::Microgram.factor_to(Unit::Milligram), Some(0.001));
    assert_eq!(Unit::InternationalUnit.factor_to(Unit::Microgram), Some(1.0 / 40.0));
    assert_eq!(Unit::Gram.factor_to(Unit::Gram), Some(1.0));
    assert_eq!(Unit::Milligram.factor_to(Unit::NanogramPerMillilitre), None);
}
