//! Professional interventions: diagnostics, medical management and chelation.

use crate::term::vocabulary;

vocabulary! {
    /// A professional intervention for diagnosed or suspected calcification.
    pub enum Intervention in "intervention" {
        /// Tests a medical professional performs to determine the extent and cause of calcium deposits.
        DiagnosticTesting = "diagnostic_testing", "Diagnostic testing";
        /// Medical treatment of existing, severe calcification under a professional's care.
        MedicalManagement = "medical_management", "Medical management";
        /// Agents such as EDTA that bind and remove minerals; reserved for heavy-metal toxicity, controversial for calcification.
        ChelationTherapy = "chelation_therapy", "Chelation therapy";
    }
}

vocabulary! {
    /// A chelating agent.
    pub enum ChelationAgent in "chelation_agent" {
        /// Ethylenediaminetetraacetic acid, a chelating agent that binds minerals and metals.
        Edta = "edta", "EDTA";
    }
}

impl Intervention {
    /// The agents an intervention uses (EDTA for chelation therapy).
    pub fn agents(self) -> &'static [ChelationAgent] {
        match self {
            Self::ChelationTherapy => &[ChelationAgent::Edta],
            Self::DiagnosticTesting | Self::MedicalManagement => &[],
        }
    }
}
