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
        /// Vlasschaert et al., vitamin K supplementation for the prevention of cardiovascular disease: a systematic review of controlled trials, Nutrients 2020.
        Vlasschaert2020 = "vlasschaert2020", "Vlasschaert 2020 (vitamin K trials)";
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
            Self::Vlasschaert2020 => (
                "Vitamin K Supplementation for the Prevention of Cardiovascular Disease: Where Is the Evidence? A Systematic Review of Controlled Trials",
                "Vlasschaert C et al., Nutrients 12(10):2909",
                Some(2020),
                Some("10.3390/nu12102909"),
                Some("https://pmc.ncbi.nlm.nih.gov/articles/PMC7598164"),
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
