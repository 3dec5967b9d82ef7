//! Habits that influence mineral balance.

use crate::term::vocabulary;

vocabulary! {
    /// A non-nutritional habit that influences mineral balance.
    pub enum LifestyleFactor in "lifestyle_factor" {
        /// Drinking enough fluid, which keeps minerals from concentrating in urine.
        Hydration = "hydration", "Hydration";
        /// Regular physical activity, which builds bone density and supports vascular health.
        PhysicalActivity = "physical_activity", "Physical activity";
        /// A heart-healthy diet that limits highly processed foods.
        HeartHealthyDiet = "heart_healthy_diet", "Heart-healthy diet";
    }
}

vocabulary! {
    /// The overall pattern of a person's diet, as reported in a profile.
    pub enum Diet in "diet" {
        /// Mostly whole foods, limiting highly processed foods.
        HeartHealthy = "heart_healthy", "Heart-healthy diet";
        /// A mix of whole and processed foods.
        Mixed = "mixed", "Mixed diet";
        /// Mostly highly processed foods, which can contribute to systemic inflammation.
        HighProcessed = "high_processed", "Highly processed diet";
    }
}
