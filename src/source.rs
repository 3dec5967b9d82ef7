//! Citations: every fact, threshold and rule names at least one [`SourceId`].

use serde::Serialize;

use crate::term::vocabulary;

vocabulary! {
    /// A publication the knowledge base cites. [`SourceId::details`] gives title,
    /// publisher, year and DOI/URL.
    pub enum SourceId in "source" {
        /// The domain article the crate models: "How to Decalcify the Body and Prevent Calcium Buildup".
        Seed = "seed", "Domain article (seed)";
        /// Institute of Medicine, Dietary Reference Intakes for Calcium and Vitamin D (2011).
        Iom2011 = "iom2011", "IOM 2011";
        /// Institute of Medicine, DRIs for Calcium, Phosphorus, Magnesium, Vitamin D, and Fluoride (1997).
        Iom1997 = "iom1997", "IOM 1997";
        /// Institute of Medicine, DRIs for Vitamin A, Vitamin K, and other micronutrients (2001).
        Iom2001 = "iom2001", "IOM 2001";
        /// EFSA NDA Panel, scientific opinion on the tolerable upper intake level for vitamin D (2023).
        Efsa2023d = "efsa2023d", "EFSA 2023 (vitamin D UL)";
        /// EFSA NDA Panel, update of the tolerable upper intake level for vitamin D for infants (2018).
        Efsa2018d = "efsa2018d", "EFSA 2018 (vitamin D UL, infants)";
        /// EFSA NDA Panel, Dietary Reference Values for water (2010).
        Efsa2010w = "efsa2010w", "EFSA 2010 (water)";
        /// EFSA NDA Panel, scientific opinion on the tolerable upper intake level of calcium (2012).
        Efsa2012ca = "efsa2012ca", "EFSA 2012 (calcium UL)";
        /// Bull et al., WHO 2020 guidelines on physical activity and sedentary behaviour.
        Who2020 = "who2020", "WHO 2020 (physical activity)";
        /// NICE guideline NG118, Renal and ureteric stones: assessment and management (2019).
        Nice118 = "nice118", "NICE NG118";
        /// MSD Manual Professional Version, Hypercalcemia (2023).
        Msd = "msd", "MSD Manual (hypercalcemia)";
        /// Marcinowska-Suchowierska et al., Vitamin D toxicity: a clinical perspective, Front Endocrinol 2018 (PMC6158375).
        FrontEndocrinol2018 = "front_endocrinol_2018", "Front Endocrinol 2018 (vitamin D toxicity)";
        /// Schurgers et al., vitamin K1 versus natto-derived menaquinone-7 supplements, Blood 2007.
        Schurgers2007 = "schurgers2007", "Schurgers 2007 (MK-7)";
        /// Current Medical Diagnosis & Treatment, chapter on hypermagnesemia.
        Cmdt = "cmdt", "CMDT (hypermagnesemia)";
        /// Lamas et al., EDTA chelation and cardiovascular events: the TACT trial, JAMA 2013.
        Tact2013 = "tact2013", "TACT 2013";
        /// CDC, Deaths associated with hypocalcemia from chelation therapy, MMWR 2006.
        Mmwr2006 = "mmwr2006", "MMWR 2006 (chelation deaths)";
        // Sources of the reference values and rules (issue 14).
        /// Institute of Medicine, DRIs for Water, Potassium, Sodium, Chloride, and Sulfate (2005).
        Iom2005w = "iom2005w", "IOM 2005 (water)";
        /// Institute of Medicine, DRIs: Applications in Dietary Assessment (2000), summary table of ULs.
        Iom2000ul = "iom2000ul", "IOM 2000 (UL table)";
        /// EFSA NDA Panel, Dietary reference values for vitamin D (2016).
        Efsa2016d = "efsa2016d", "EFSA 2016 (vitamin D)";
        /// EFSA NDA Panel, Scientific Opinion on Dietary Reference Values for magnesium (2015).
        Efsa2015mg = "efsa2015mg", "EFSA 2015 (magnesium)";
        /// EFSA NDA Panel, Scientific Opinion on Dietary Reference Values for calcium (2015).
        Efsa2015ca = "efsa2015ca", "EFSA 2015 (calcium)";
        /// EFSA NDA Panel, Dietary reference values for vitamin K (2017).
        Efsa2017k = "efsa2017k", "EFSA 2017 (vitamin K)";
        /// SCF/EFSA, Tolerable upper intake levels for vitamins and minerals (2006), magnesium chapter.
        Scf2006ul = "scf2006ul", "SCF 2006 (ULs)";
        /// Theuwissen et al., low-dose menaquinone-7 and the stability of oral anticoagulation, J Thromb Haemost 2013.
        Theuwissen2013 = "theuwissen2013", "Theuwissen 2013 (MK-7 and anticoagulation)";
        /// Khan et al., dietary vitamin K and intra-individual variability of the response to warfarin, Br J Haematol 2004.
        Khan2004 = "khan2004", "Khan 2004 (vitamin K and warfarin)";
        /// Chandler et al., Risk of hypercalcemia in Blacks taking hydrochlorothiazide and vitamin D, Am J Med 2014.
        Ajm2014 = "ajm2014", "Am J Med 2014 (thiazide and vitamin D)";
        /// Current Medical Diagnosis & Treatment, chapter on hypercalcemia.
        CmdtHypercalcemia = "cmdt_hypercalcemia", "CMDT (hypercalcemia)";
        // Sources of the mechanism graph (issue 14).
        /// Luo et al., Spontaneous calcification of arteries and cartilage in mice lacking matrix GLA protein, Nature 1997 (mouse).
        Luo1997 = "luo1997", "Luo 1997 (MGP knockout mice)";
        /// Schurgers et al., Post-translational modifications regulate matrix Gla protein function, J Thromb Haemost 2007.
        Schurgers2007Jth = "schurgers2007_jth", "Schurgers 2007 (MGP modifications)";
        /// Uwitonze and Razzaque, Role of magnesium in vitamin D activation and function, J Am Osteopath Assoc 2018.
        Uwitonze2018 = "uwitonze2018", "Uwitonze 2018 (magnesium and vitamin D)";
        /// Dai et al., Magnesium status and supplementation influence vitamin D status and metabolism, Am J Clin Nutr 2018.
        Dai2018 = "dai2018", "Dai 2018 (magnesium trial)";
        /// Bao et al., Water for preventing urinary stones, Cochrane Database Syst Rev 2020.
        Bao2020 = "bao2020", "Bao 2020 (Cochrane, water and stones)";
        /// Howe et al., Exercise for preventing and treating osteoporosis in postmenopausal women, Cochrane 2011.
        Howe2011 = "howe2011", "Howe 2011 (Cochrane, exercise and bone)";
        /// Schwingshackl and Hoffmann, Mediterranean dietary pattern, inflammation and endothelial function, Nutr Metab Cardiovasc Dis 2014.
        Schwingshackl2014 = "schwingshackl2014", "Schwingshackl 2014 (diet and inflammation)";
        /// Wasilewski, Vervloet and Schurgers, The bone-vasculature axis: calcium supplementation and the role of vitamin K, Front Cardiovasc Med 2019.
        Wasilewski2019 = "wasilewski2019", "Wasilewski 2019 (calcium paradox)";
        /// Vlasschaert et al., Vitamin K supplementation for the prevention of cardiovascular disease: where is the evidence?, Nutrients 2020.
        Vlasschaert2020 = "vlasschaert2020", "Vlasschaert 2020 (vitamin K trials)";
        /// Diederichsen et al., Vitamin K2 and D in patients with aortic valve calcification (AVADEC), Circulation 2022.
        Avadec2022 = "avadec2022", "AVADEC 2022 (MK-7 and vitamin D trial)";
        /// Lamas et al., Edetate disodium-based chelation after myocardial infarction with diabetes: the TACT2 trial, JAMA 2024.
        Tact2_2024 = "tact2_2024", "TACT2 2024";
        /// Price, Faus and Williamson, Warfarin causes rapid calcification of the elastic lamellae in rat arteries and heart valves, ATVB 1998 (rat).
        Price1998 = "price1998", "Price 1998 (warfarin, rat arteries)";
        /// Lurie et al., Warfarin and vitamin K intake in the era of pharmacogenetics, Br J Clin Pharmacol 2010.
        Lurie2010 = "lurie2010", "Lurie 2010 (warfarin and vitamin K intake)";
        /// Current Medical Diagnosis & Treatment, chapter on hypomagnesemia.
        CmdtHypomagnesemia = "cmdt_hypomagnesemia", "CMDT (hypomagnesemia)";
        /// Lanzer et al., Medial vascular calcification revisited: review and perspectives, Eur Heart J 2014.
        Lanzer2014 = "lanzer2014", "Lanzer 2014 (medial vascular calcification)";
        /// Pearle et al., Medical management of kidney stones: AUA guideline, J Urol 2014 (validity confirmed 2019).
        Aua2014 = "aua2014", "AUA 2014 (kidney stones)";
        /// StatPearls, Urolithiasis (a secondary review: stone-type proportions).
        StatPearlsUrolithiasis = "statpearls_urolithiasis", "StatPearls (urolithiasis)";
        /// Sansone et al., Calcific tendinopathy of the shoulder, Orthop Res Rev 2018.
        Sansone2018 = "sansone2018", "Sansone 2018 (calcific tendinopathy)";
        /// Complications of calcific tendinitis of the shoulder: a concise review, J Orthop Traumatol.
        JOrthopTraumatolCt = "j_orthop_traumatol_ct", "J Orthop Traumatol (calcific tendinitis complications)";
        /// Evolution and regression of pancreatic calcification in chronic pancreatitis, Gastroenterology 1988.
        Gastroenterology1988 = "gastroenterology1988", "Gastroenterology 1988 (pancreatic calcification)";
        /// Mayo Clinic, Breast calcifications (patient information page).
        MayoBreast = "mayo_breast", "Mayo Clinic (breast calcifications)";
        /// Leenders and Vervloet, Magnesium: a magic bullet for cardiovascular disease in chronic kidney disease?, Nutrients 2019.
        Leenders2019 = "leenders2019", "Leenders 2019 (magnesium and calcification)";
        /// Price, Faus and Williamson, Warfarin-induced artery calcification is accelerated by growth and vitamin D, ATVB 2000 (rat).
        Price2000 = "price2000", "Price 2000 (warfarin and vitamin D, rat arteries)";
        // Sources of the drivers of ectopic calcification (issue 15; docs/review/drivers-sources.md).
        /// MSD Manual Professional Version, Hyperphosphatemia (2023).
        MsdHyperphosphatemia = "msd_hyperphosphatemia", "MSD Manual (hyperphosphatemia)";
        /// Current Medical Diagnosis & Treatment, chapter on hyperphosphatemia.
        CmdtHyperphosphatemia = "cmdt_hyperphosphatemia", "CMDT (hyperphosphatemia)";
        /// MSD Manual Professional Version, Hypermagnesemia.
        MsdHypermagnesemia = "msd_hypermagnesemia", "MSD Manual (hypermagnesemia)";
        /// KDIGO 2012 Clinical Practice Guideline for the Evaluation and Management of Chronic Kidney Disease.
        Kdigo2012 = "kdigo2012", "KDIGO 2012 (CKD)";
        /// KDIGO 2017 Clinical Practice Guideline Update for CKD-Mineral and Bone Disorder.
        Kdigo2017 = "kdigo2017", "KDIGO 2017 (CKD-MBD)";
        /// Moe et al., Chronic kidney disease-mineral-bone disorder: a new paradigm, Adv Chronic Kidney Dis 2007 (the KDIGO definition).
        Moe2007 = "moe2007", "Moe 2007 (CKD-MBD definition)";
        /// Inker et al., New creatinine- and cystatin C-based equations to estimate GFR without race, N Engl J Med 2021 (CKD-EPI 2021).
        CkdEpi2021 = "ckd_epi_2021", "CKD-EPI 2021 (Inker 2021)";
        /// Medscape, Calcium correction for hypoalbuminemia (calculator and reference).
        MedscapeCalciumCorrection = "medscape_calcium_correction", "Medscape (calcium correction for albumin)";
        /// Lian and Åsberg, Should total calcium be adjusted for albumin? A retrospective observational study, BMJ Open 2018.
        Lian2018 = "lian2018", "Lian 2018 (albumin-adjusted calcium)";
        /// Wakeman, A literature review of the potential impact of medication on vitamin D status, Risk Manag Healthc Policy 2021.
        Wakeman2021 = "wakeman2021", "Wakeman 2021 (medicines and vitamin D)";
        /// Skversky et al., Association of glucocorticoid use and low 25-hydroxyvitamin D levels, J Clin Endocrinol Metab 2011.
        Skversky2011 = "skversky2011", "Skversky 2011 (glucocorticoids and vitamin D)";
        /// Brodie et al., Enzyme induction with antiepileptic drugs: cause for concern?, Epilepsia 2013.
        Brodie2013 = "brodie2013", "Brodie 2013 (enzyme-inducing antiepileptics)";
        /// McDuffie et al., Effects of orlistat on fat-soluble vitamins in obese adolescents, Pharmacotherapy 2002.
        McDuffie2002 = "mcduffie2002", "McDuffie 2002 (orlistat and vitamin D)";
        /// FDA Drug Safety Communication: low magnesium levels can be associated with long-term use of proton pump inhibitors (2011).
        Fda2011Ppi = "fda2011ppi", "FDA 2011 (PPIs and low magnesium)";
        /// Rocaltrol (calcitriol) prescribing information, Validus Pharmaceuticals (2009).
        Rocaltrol2009 = "rocaltrol2009", "Rocaltrol label (calcitriol)";
        /// Lithium-associated hyperparathyroidism: a pooled analysis, ORL 2015.
        Orl2015Lithium = "orl2015_lithium", "ORL 2015 (lithium-associated hyperparathyroidism)";
        /// National Academies, Dietary Reference Intakes for Sodium and Potassium (2019).
        Nasem2019 = "nasem2019", "NASEM 2019 (sodium)";
        /// EFSA NDA Panel, Dietary Reference Values for phosphorus (2015).
        Efsa2015p = "efsa2015p", "EFSA 2015 (phosphorus)";
        /// Rennenberg et al., Chronic coumarin treatment is associated with increased extracoronary arterial calcification in humans, Blood 2010.
        Rennenberg2010 = "rennenberg2010", "Rennenberg 2010 (coumarins and arterial calcification)";
        /// Murray, Lederer and Khundmiri, Role of PTH in the renal handling of phosphate, AIMS Med Sci 2015.
        Murray2015 = "murray2015", "Murray 2015 (PTH and phosphate)";
        /// The reporting laboratory's own reference interval, given with the value in the profile.
        LabReport = "lab_report", "The lab's reference range";
    }
}

/// Bibliographic details of a [`SourceId`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Source {
    /// The source's id.
    pub id: SourceId,
    /// Full title.
    pub title: &'static str,
    /// Publisher, or journal with volume and pages.
    pub publisher: &'static str,
    /// Year of publication, where one edition is meant.
    pub year: Option<u16>,
    /// Digital Object Identifier, without the `https://doi.org/` prefix.
    pub doi: Option<&'static str>,
    /// A web page for sources without a DOI; `None` where no stable public URL is known.
    pub url: Option<&'static str>,
}

impl Source {
    /// A link a reader can follow: the DOI resolver when there is a DOI, else [`url`](Self::url).
    ///
    /// ```
    /// use calcification::SourceId;
    ///
    /// assert_eq!(SourceId::Tact2013.details().link().as_deref(), Some("https://doi.org/10.1001/jama.2013.2107"));
    /// assert_eq!(SourceId::Seed.details().link(), None);
    /// ```
    pub fn link(&self) -> Option<String> {
        match (self.doi, self.url) {
            (Some(doi), _) => Some(format!("https://doi.org/{doi}")),
            (None, url) => url.map(str::to_owned),
        }
    }
}

impl SourceId {
    /// Title, publisher, year and DOI/URL of this source.
    ///
    /// ```
    /// use calcification::SourceId;
    ///
    /// assert_eq!(SourceId::Iom2011.details().doi, Some("10.17226/13050"));
    /// ```
    pub fn details(self) -> Source {
        let (title, publisher, year, doi, url) = match self {
            Self::Seed => (
                "How to Decalcify the Body and Prevent Calcium Buildup",
                "a popular-health article the crate's domain comes from (no public link); the origin of its claims, each also cited to public sources",
                None,
                None,
                None,
            ),
            Self::Iom2011 => (
                "Dietary Reference Intakes for Calcium and Vitamin D",
                "Institute of Medicine, National Academies Press",
                Some(2011),
                Some("10.17226/13050"),
                None,
            ),
            Self::Iom1997 => (
                "Dietary Reference Intakes for Calcium, Phosphorus, Magnesium, Vitamin D, and Fluoride",
                "Institute of Medicine, National Academies Press",
                Some(1997),
                Some("10.17226/5776"),
                None,
            ),
            Self::Iom2001 => (
                "Dietary Reference Intakes for Vitamin A, Vitamin K, Arsenic, Boron, Chromium, Copper, Iodine, Iron, Manganese, Molybdenum, Nickel, Silicon, Vanadium, and Zinc",
                "Institute of Medicine, National Academies Press",
                Some(2001),
                Some("10.17226/10026"),
                None,
            ),
            Self::Efsa2023d => (
                "Scientific opinion on the tolerable upper intake level for vitamin D, including the derivation of a conversion factor for calcidiol monohydrate",
                "EFSA Panel on Nutrition, Novel Foods and Food Allergens (NDA), EFSA Journal 21(8):8145",
                Some(2023),
                Some("10.2903/j.efsa.2023.8145"),
                None,
            ),
            Self::Efsa2018d => (
                "Update of the tolerable upper intake level for vitamin D for infants",
                "EFSA Panel on Dietetic Products, Nutrition and Allergies (NDA), EFSA Journal 16(8):5365",
                Some(2018),
                Some("10.2903/j.efsa.2018.5365"),
                None,
            ),
            Self::Efsa2010w => (
                "Scientific Opinion on Dietary Reference Values for water",
                "EFSA Panel on Dietetic Products, Nutrition and Allergies (NDA), EFSA Journal 8(3):1459",
                Some(2010),
                Some("10.2903/j.efsa.2010.1459"),
                None,
            ),
            Self::Efsa2012ca => (
                "Scientific Opinion on the Tolerable Upper Intake Level of calcium",
                "EFSA Panel on Dietetic Products, Nutrition and Allergies (NDA), EFSA Journal 10(7):2814",
                Some(2012),
                Some("10.2903/j.efsa.2012.2814"),
                None,
            ),
            Self::Who2020 => (
                "World Health Organization 2020 guidelines on physical activity and sedentary behaviour",
                "Bull FC et al., British Journal of Sports Medicine 54:1451-1462",
                Some(2020),
                Some("10.1136/bjsports-2020-102955"),
                None,
            ),
            Self::Nice118 => (
                "Renal and ureteric stones: assessment and management (NICE guideline NG118)",
                "National Institute for Health and Care Excellence",
                Some(2019),
                None,
                Some("https://www.nice.org.uk/guidance/ng118"),
            ),
            Self::Msd => (
                "Hypercalcemia (MSD Manual Professional Version)",
                "Merck Sharp & Dohme",
                Some(2023),
                None,
                Some(
                    "https://www.msdmanuals.com/professional/endocrine-and-metabolic-disorders/electrolyte-disorders/hypercalcemia",
                ),
            ),
            Self::FrontEndocrinol2018 => (
                "Vitamin D Toxicity - A Clinical Perspective",
                "Marcinowska-Suchowierska E et al., Frontiers in Endocrinology 9:550",
                Some(2018),
                Some("10.3389/fendo.2018.00550"),
                Some("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6158375/"),
            ),
            Self::Schurgers2007 => (
                "Vitamin K-containing dietary supplements: comparison of synthetic vitamin K1 and natto-derived menaquinone-7",
                "Schurgers LJ et al., Blood 109(8):3279-3283",
                Some(2007),
                Some("10.1182/blood-2006-08-040709"),
                None,
            ),
            Self::Cmdt => (
                "Current Medical Diagnosis & Treatment: Hypermagnesemia",
                "McGraw Hill (annual editions)",
                None,
                None,
                None,
            ),
            Self::Tact2013 => (
                "Effect of disodium EDTA chelation regimen on cardiovascular events in patients with previous myocardial infarction: the TACT randomized trial",
                "Lamas GA et al., JAMA 309(12):1241-1250",
                Some(2013),
                Some("10.1001/jama.2013.2107"),
                None,
            ),
            Self::Mmwr2006 => (
                "Deaths associated with hypocalcemia from chelation therapy: Texas, Pennsylvania, and Oregon, 2003-2005",
                "Centers for Disease Control and Prevention, MMWR 55(08):204-207",
                Some(2006),
                None,
                Some("https://www.cdc.gov/mmwr/preview/mmwrhtml/mm5508a3.htm"),
            ),
            // Sources of the reference values and rules (issue 14).
            Self::Iom2005w => (
                "Dietary Reference Intakes for Water, Potassium, Sodium, Chloride, and Sulfate",
                "Institute of Medicine, National Academies Press",
                Some(2005),
                Some("10.17226/10925"),
                None,
            ),
            Self::Iom2000ul => (
                "Dietary Reference Intakes: Applications in Dietary Assessment (summary table: Tolerable Upper Intake Levels)",
                "Institute of Medicine, National Academies Press",
                Some(2000),
                Some("10.17226/9956"),
                None,
            ),
            Self::Efsa2016d => (
                "Dietary reference values for vitamin D",
                "EFSA Panel on Dietetic Products, Nutrition and Allergies (NDA), EFSA Journal 14(10):4547",
                Some(2016),
                Some("10.2903/j.efsa.2016.4547"),
                None,
            ),
            Self::Efsa2015mg => (
                "Scientific Opinion on Dietary Reference Values for magnesium",
                "EFSA Panel on Dietetic Products, Nutrition and Allergies (NDA), EFSA Journal 13(7):4186",
                Some(2015),
                Some("10.2903/j.efsa.2015.4186"),
                None,
            ),
            Self::Efsa2015ca => (
                "Scientific Opinion on Dietary Reference Values for calcium",
                "EFSA Panel on Dietetic Products, Nutrition and Allergies (NDA), EFSA Journal 13(5):4101",
                Some(2015),
                Some("10.2903/j.efsa.2015.4101"),
                None,
            ),
            Self::Efsa2017k => (
                "Dietary reference values for vitamin K",
                "EFSA Panel on Dietetic Products, Nutrition and Allergies (NDA), EFSA Journal 15(5):4780",
                Some(2017),
                Some("10.2903/j.efsa.2017.4780"),
                None,
            ),
            Self::Scf2006ul => (
                "Tolerable Upper Intake Levels for Vitamins and Minerals (Scientific Committee on Food and EFSA NDA Panel), magnesium chapter",
                "European Food Safety Authority (compendium, February 2006)",
                Some(2006),
                None,
                Some("https://www.eurekalert.org/pub_releases/2017-12/bfif-bam121817.php"),
            ),
            Self::Theuwissen2013 => (
                "Effect of low-dose supplements of menaquinone-7 (vitamin K2) on the stability of oral anticoagulant treatment: dose-response relationship in healthy volunteers",
                "Theuwissen E et al., Journal of Thrombosis and Haemostasis 11(6):1085-1092",
                Some(2013),
                Some("10.1111/jth.12203"),
                None,
            ),
            Self::Khan2004 => (
                "Dietary vitamin K influences intra-individual variability in anticoagulant response to warfarin",
                "Khan T et al., British Journal of Haematology 124(3):348-354",
                Some(2004),
                Some("10.1046/j.1365-2141.2003.04787.x"),
                None,
            ),
            Self::Ajm2014 => (
                "Risk of Hypercalcemia in Blacks Taking Hydrochlorothiazide and Vitamin D",
                "Chandler PD et al., American Journal of Medicine 127(8):772-778",
                Some(2014),
                Some("10.1016/j.amjmed.2014.02.044"),
                Some("https://pmc.ncbi.nlm.nih.gov/articles/PMC4127365"),
            ),
            Self::CmdtHypercalcemia => (
                "Current Medical Diagnosis & Treatment: Hypercalcemia",
                "McGraw Hill, AccessMedicine",
                None,
                None,
                Some("https://accessmedicine.mhmedical.com/content.aspx?bookid=3241&sectionid=271750560"),
            ),
            // Sources of the mechanism graph (issue 14).
            Self::Luo1997 => (
                "Spontaneous calcification of arteries and cartilage in mice lacking matrix GLA protein",
                "Luo G, Ducy P, McKee MD, et al., Nature 386(6620):78-81 (a mouse study)",
                Some(1997),
                Some("10.1038/386078a0"),
                None,
            ),
            Self::Schurgers2007Jth => (
                "Post-translational modifications regulate matrix Gla protein function",
                "Schurgers LJ et al., Journal of Thrombosis and Haemostasis",
                Some(2007),
                Some("10.1111/j.1538-7836.2007.02758.x"),
                None,
            ),
            Self::Uwitonze2018 => (
                "Role of Magnesium in Vitamin D Activation and Function",
                "Uwitonze AM, Razzaque MS, Journal of the American Osteopathic Association 118(3):181-189",
                Some(2018),
                Some("10.7556/jaoa.2018.037"),
                None,
            ),
            Self::Dai2018 => (
                "Magnesium status and supplementation influence vitamin D status and metabolism",
                "Dai Q et al., American Journal of Clinical Nutrition 108(6):1249-1258",
                Some(2018),
                Some("10.1093/ajcn/nqy274"),
                None,
            ),
            Self::Bao2020 => (
                "Water for preventing urinary stones",
                "Bao Y, Tu X, Wei Q, Cochrane Database of Systematic Reviews 2020(2):CD004292",
                Some(2020),
                Some("10.1002/14651858.CD004292.pub4"),
                None,
            ),
            Self::Howe2011 => (
                "Exercise for preventing and treating osteoporosis in postmenopausal women",
                "Howe TE et al., Cochrane Database of Systematic Reviews CD000333",
                Some(2011),
                Some("10.1002/14651858.CD000333.pub2"),
                None,
            ),
            Self::Schwingshackl2014 => (
                "Mediterranean dietary pattern, inflammation and endothelial function: a systematic review and meta-analysis of intervention trials",
                "Schwingshackl L, Hoffmann G, Nutrition, Metabolism and Cardiovascular Diseases 24(9):929-939",
                Some(2014),
                Some("10.1016/j.numecd.2014.03.003"),
                None,
            ),
            Self::Wasilewski2019 => (
                "The Bone-Vasculature Axis: Calcium Supplementation and the Role of Vitamin K",
                "Wasilewski GB, Vervloet MG, Schurgers LJ, Frontiers in Cardiovascular Medicine 6:6",
                Some(2019),
                Some("10.3389/fcvm.2019.00006"),
                None,
            ),
            Self::Vlasschaert2020 => (
                "Vitamin K Supplementation for the Prevention of Cardiovascular Disease: Where Is the Evidence? A Systematic Review of Controlled Trials",
                "Vlasschaert C, Goss CJ, Pilkey NG, McKeown S, Holden RM, Nutrients 12(10):2909",
                Some(2020),
                Some("10.3390/nu12102909"),
                None,
            ),
            Self::Avadec2022 => (
                "Vitamin K2 and D in Patients With Aortic Valve Calcification: A Randomized Double-Blinded Clinical Trial",
                "Diederichsen ACP et al., Circulation 145(18):1387-1397",
                Some(2022),
                Some("10.1161/CIRCULATIONAHA.121.057008"),
                None,
            ),
            Self::Tact2_2024 => (
                "Edetate Disodium-Based Chelation for Patients With a Previous Myocardial Infarction and Diabetes: TACT2 Randomized Clinical Trial",
                "Lamas GA, Anstrom KJ, Navas-Acien A, et al., JAMA 332(10):794-803",
                Some(2024),
                Some("10.1001/jama.2024.11463"),
                None,
            ),
            Self::Price1998 => (
                "Warfarin causes rapid calcification of the elastic lamellae in rat arteries and heart valves",
                "Price PA, Faus SA, Williamson MK, Arteriosclerosis, Thrombosis, and Vascular Biology 18(9):1400-1407 (a rat study)",
                Some(1998),
                Some("10.1161/01.atv.18.9.1400"),
                Some("https://pubmed.ncbi.nlm.nih.gov/9743228/"),
            ),
            Self::Lurie2010 => (
                "Warfarin and vitamin K intake in the era of pharmacogenetics",
                "Lurie Y, Loebstein R, Kurnik D, Almog S, Halkin H, British Journal of Clinical Pharmacology 70(2):164-170",
                Some(2010),
                Some("10.1111/j.1365-2125.2010.03672.x"),
                None,
            ),
            Self::CmdtHypomagnesemia => (
                "Current Medical Diagnosis & Treatment: Hypomagnesemia",
                "McGraw Hill, AccessMedicine",
                None,
                None,
                Some("https://accessmedicine.mhmedical.com/content.aspx?bookid=2986&sectionid=251096478"),
            ),
            Self::Lanzer2014 => (
                "Medial vascular calcification revisited: review and perspectives",
                "Lanzer P, Boehm M, Sorribas V, et al., European Heart Journal 35(23):1515-1525",
                Some(2014),
                Some("10.1093/eurheartj/ehu163"),
                None,
            ),
            Self::Aua2014 => (
                "Medical management of kidney stones: AUA guideline",
                "Pearle MS, Goldfarb DS, Assimos DG, et al., Journal of Urology 192(2):316-324 (reviewed and validity confirmed 2019)",
                Some(2014),
                None,
                Some("https://www.auanet.org/guidelines/guidelines/kidney-stones-medical-mangement-guideline"),
            ),
            Self::StatPearlsUrolithiasis => (
                "Urolithiasis (StatPearls)",
                "StatPearls Publishing (a secondary review)",
                None,
                None,
                Some("https://statpearls.com/point-of-care/74865"),
            ),
            Self::Sansone2018 => (
                "Calcific tendinopathy of the shoulder: clinical perspectives into the mechanisms, pathogenesis, and treatment",
                "Sansone V, Maiorano E, Galluzzo A, Pascale V, Orthopedic Research and Reviews 10:63-72",
                Some(2018),
                Some("10.2147/ORR.S138225"),
                None,
            ),
            Self::JOrthopTraumatolCt => (
                "Complications of calcific tendinitis of the shoulder: a concise review",
                "Journal of Orthopaedics and Traumatology (review article)",
                None,
                Some("10.1007/s10195-015-0339-x"),
                None,
            ),
            Self::Gastroenterology1988 => (
                "Evolution and regression of pancreatic calcification in chronic pancreatitis: a prospective long-term study of 107 patients",
                "Gastroenterology 95(4):1018-1028",
                Some(1988),
                Some("10.1016/0016-5085(88)90178-3"),
                Some("https://pubmed.ncbi.nlm.nih.gov/3410215/"),
            ),
            Self::MayoBreast => (
                "Breast calcifications",
                "Mayo Clinic (patient information)",
                None,
                None,
                Some("https://www.mayoclinic.org/symptoms/breast-calcifications/basics/definition/sym-20050834"),
            ),
            Self::Leenders2019 => (
                "Magnesium: A Magic Bullet for Cardiovascular Disease in Chronic Kidney Disease?",
                "Leenders NHJ, Vervloet MG, Nutrients 11(2):455",
                Some(2019),
                Some("10.3390/nu11020455"),
                None,
            ),
            Self::Price2000 => (
                "Warfarin-induced artery calcification is accelerated by growth and vitamin D",
                "Price PA, Faus SA, Williamson MK, Arteriosclerosis, Thrombosis, and Vascular Biology 20(2):317-327 (a rat study)",
                Some(2000),
                Some("10.1161/01.atv.20.2.317"),
                Some("https://pubmed.ncbi.nlm.nih.gov/10669626/"),
            ),
            Self::MsdHyperphosphatemia => (
                "Hyperphosphatemia (MSD Manual Professional Version)",
                "Merck Sharp & Dohme (Lewis JL III, revised 2023)",
                Some(2023),
                None,
                Some(
                    "https://www.msdmanuals.com/professional/endocrine-and-metabolic-disorders/electrolyte-disorders/hyperphosphatemia",
                ),
            ),
            Self::CmdtHyperphosphatemia => (
                "Current Medical Diagnosis & Treatment: Hyperphosphatemia",
                "McGraw Hill, AccessMedicine",
                None,
                None,
                Some("https://accessmedicine.mhmedical.com/content.aspx?bookid=2750&sectionid=231371832"),
            ),
            Self::MsdHypermagnesemia => (
                "Hypermagnesemia (MSD Manual Professional Version)",
                "Merck Sharp & Dohme",
                None,
                None,
                Some(
                    "https://www.msdmanuals.com/professional/endocrine-and-metabolic-disorders/electrolyte-disorders/hypermagnesemia",
                ),
            ),
            Self::Kdigo2012 => (
                "KDIGO 2012 Clinical Practice Guideline for the Evaluation and Management of Chronic Kidney Disease",
                "Kidney International Supplements 3(1):1-150 (2013); the DOI is that of chapter 1, with the GFR categories (read in copies; the guideline has no single DOI)",
                Some(2013),
                Some("10.1038/kisup.2012.64"),
                None,
            ),
            Self::Kdigo2017 => (
                "KDIGO 2017 Clinical Practice Guideline Update for the Diagnosis, Evaluation, Prevention, and Treatment of Chronic Kidney Disease-Mineral and Bone Disorder (CKD-MBD)",
                "Kidney International Supplements 7(1):1-59 (DOI read in copies; erratum 10.1016/j.kisu.2017.10.001)",
                Some(2017),
                Some("10.1016/j.kisu.2017.04.001"),
                None,
            ),
            Self::Moe2007 => (
                "Chronic kidney disease-mineral-bone disorder: a new paradigm",
                "Moe SM et al., Advances in Chronic Kidney Disease",
                Some(2007),
                Some("10.1053/j.ackd.2006.10.005"),
                None,
            ),
            Self::CkdEpi2021 => (
                "New creatinine- and cystatin C-based equations to estimate GFR without race",
                "Inker LA et al., New England Journal of Medicine 385:1737-1749",
                Some(2021),
                Some("10.1056/NEJMoa2102953"),
                Some("https://www.kidney.org/ckd-epi-creatinine-equation-2021"),
            ),
            Self::MedscapeCalciumCorrection => (
                "Calcium correction for hypoalbuminemia (calculator)",
                "Medscape (a clinical reference; secondary)",
                None,
                None,
                Some("https://reference.medscape.com/calculator/267/calcium-correction-for-hypoalbuminemia"),
            ),
            Self::Lian2018 => (
                "Should total calcium be adjusted for albumin? A retrospective observational study of laboratory data from central Norway",
                "Lian IA, Åsberg A, BMJ Open 8(4):e017703",
                Some(2018),
                Some("10.1136/bmjopen-2017-017703"),
                Some("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5892769/"),
            ),
            Self::Wakeman2021 => (
                "A literature review of the potential impact of medication on vitamin D status",
                "Wakeman M, Risk Management and Healthcare Policy 14:3357-3381",
                Some(2021),
                Some("10.2147/RMHP.S316897"),
                Some("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC8373308/"),
            ),
            Self::Skversky2011 => (
                "Association of glucocorticoid use and low 25-hydroxyvitamin D levels: results from the National Health and Nutrition Examination Survey (NHANES): 2001-2006",
                "Skversky AL et al., Journal of Clinical Endocrinology & Metabolism 96(12):3838-3845",
                Some(2011),
                Some("10.1210/jc.2011-1600"),
                None,
            ),
            Self::Brodie2013 => (
                "Enzyme induction with antiepileptic drugs: cause for concern?",
                "Brodie MJ et al., Epilepsia 54(1):11-27",
                Some(2013),
                Some("10.1111/j.1528-1167.2012.03671.x"),
                None,
            ),
            Self::McDuffie2002 => (
                "Effects of orlistat on fat-soluble vitamins in obese adolescents",
                "McDuffie JR et al., Pharmacotherapy 22(7):814-822",
                Some(2002),
                Some("10.1592/phco.22.11.814.33627"),
                None,
            ),
            Self::Fda2011Ppi => (
                "FDA Drug Safety Communication: Low magnesium levels can be associated with long-term use of Proton Pump Inhibitor drugs (PPIs)",
                "U.S. Food and Drug Administration (2 March 2011)",
                Some(2011),
                None,
                Some("https://www.fda.gov/drugs/drugsafety/ucm245011.htm"),
            ),
            Self::Rocaltrol2009 => (
                "Rocaltrol (calcitriol) prescribing information",
                "Validus Pharmaceuticals (read in copies of the label)",
                Some(2009),
                None,
                Some("https://www.rocaltrol.us/pro/safety_precautions.php"),
            ),
            Self::Orl2015Lithium => (
                "Lithium-associated hyperparathyroidism: a pooled analysis",
                "ORL: Journal for Oto-Rhino-Laryngology and Its Related Specialties 77(5):273",
                Some(2015),
                None,
                Some("https://karger.com/orl/article-abstract/77/5/273/261745"),
            ),
            Self::Nasem2019 => (
                "Dietary Reference Intakes for Sodium and Potassium",
                "National Academies of Sciences, Engineering, and Medicine, National Academies Press",
                Some(2019),
                Some("10.17226/25353"),
                None,
            ),
            Self::Efsa2015p => (
                "Scientific Opinion on Dietary Reference Values for phosphorus",
                "EFSA NDA Panel, EFSA Journal 13(7):4185",
                Some(2015),
                Some("10.2903/j.efsa.2015.4185"),
                Some("https://www.efsa.europa.eu/en/efsajournal/pub/4185"),
            ),
            Self::Rennenberg2010 => (
                "Chronic coumarin treatment is associated with increased extracoronary arterial calcification in humans",
                "Rennenberg RJMW et al., Blood 115(24):5121-5123 (observational)",
                Some(2010),
                Some("10.1182/blood-2010-01-264598"),
                None,
            ),
            Self::Murray2015 => (
                "Role of PTH in the renal handling of phosphate",
                "Murray R, Lederer E, Khundmiri SJ, AIMS Medical Science",
                Some(2015),
                Some("10.3934/medsci.2015.3.162"),
                None,
            ),
            Self::LabReport => (
                "The reporting laboratory's reference interval, given with the value",
                "The laboratory that measured the value",
                None,
                None,
                None,
            ),
        };
        Source { id: self, title, publisher, year, doi, url }
    }
}

vocabulary! {
    /// How strong the support for a fact or rule is.
    pub enum EvidenceLevel in "evidence_level" {
        /// Official reference values or clinical guidelines (IOM, EFSA, WHO, NICE).
        Established = "established", "Established";
        /// Supported by the clinical literature (trials, case series, clinical references).
        Clinical = "clinical", "Clinical";
        /// A biological mechanism with limited outcome data.
        Mechanistic = "mechanistic", "Mechanistic";
        /// Disputed: sources disagree or evidence is weak.
        Controversial = "controversial", "Controversial";
    }
}

vocabulary! {
    /// Where a figure of the crate's tables was read.
    pub enum Confirmation in "confirmation" {
        /// Read in the source itself (the publisher's page, the official abstract or table).
        Primary = "primary", "Primary";
        /// Read in a copy or quotation of the source, not yet in the source itself.
        Secondary = "secondary", "Secondary";
        /// Computed by the crate from a published figure, as the row's group says.
        Derived = "derived", "Derived";
    }
}
