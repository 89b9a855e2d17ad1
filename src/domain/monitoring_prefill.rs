//! What the "Establish an objective" wizard proposes for monitoring (6.2.1 d) from the
//! objective's KPIs, so the same frequency and data source are not typed twice: progress is
//! monitored as often as the most often measured KPI, by the KPIs' data sources (or methods).
//! Only empty fields are proposed; what the user typed is never replaced.

use super::model::{Frequency, Monitoring, Objective};

/// Values for the empty monitoring fields and the KPIs they come from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MonitoringProposal {
    pub frequency: Option<Frequency>,
    /// The KPIs' data sources (or methods), one each, in KPI order, without repeats.
    pub method: Option<String>,
    /// The names of the KPIs the values come from.
    pub kpis: Vec<String>,
}

impl MonitoringProposal {
    /// Puts the proposed values into `monitoring` (whose fields they were proposed for).
    pub fn apply(&self, monitoring: &mut Monitoring) {
        if let Some(frequency) = self.frequency {
            monitoring.frequency = Some(frequency);
        }
        if let Some(method) = &self.method {
            monitoring.method = method.clone();
        }
    }
}

/// What to propose for `objective`'s empty monitoring fields; none when nothing is empty or
/// the KPIs say nothing that fits.
pub fn propose_monitoring(objective: &Objective) -> Option<MonitoringProposal> {
    let monitoring = &objective.monitoring;
    let mut kpis: Vec<String> = Vec::new();
    let mut used = |name: &str| {
        if !kpis.iter().any(|k| k == name) {
            kpis.push(name.to_string());
        }
    };
    let frequency = if monitoring.frequency.is_none() {
        let most_often = objective.kpis.iter().filter_map(|k| k.frequency).min();
        for kpi in objective.kpis.iter().filter(|k| k.frequency == most_often) {
            if most_often.is_some() {
                used(&kpi.name);
            }
        }
        most_often
    } else {
        None
    };
    let method = if monitoring.method.trim().is_empty() {
        let mut sources: Vec<String> = Vec::new();
        for kpi in &objective.kpis {
            let source = [&kpi.data_source, &kpi.method]
                .into_iter()
                .map(|text| text.trim())
                .find(|text| !text.is_empty());
            if let Some(source) = source {
                used(&kpi.name);
                if !sources.iter().any(|s| s == source) {
                    sources.push(source.to_string());
                }
            }
        }
        (!sources.is_empty()).then(|| sources.join("; "))
    } else {
        None
    };
    (frequency.is_some() || method.is_some()).then_some(MonitoringProposal {
        frequency,
        method,
        kpis,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::SequentialIds;
    use crate::domain::model::{Kpi, Level, Timestamp};
    use crate::domain::{KpiId, ObjectiveId};

    fn objective() -> Objective {
        let mut ids = SequentialIds::default();
        let mut objective = Objective::new(
            ObjectiveId::new(&mut ids),
            "O1",
            "Respond faster",
            Level::Operational,
            Timestamp::default(),
        );
        objective.kpis = vec![
            Kpi {
                frequency: Some(Frequency::Monthly),
                data_source: "ITSM tool".into(),
                ..Kpi::named(KpiId::new(&mut ids), "First response")
            },
            Kpi {
                frequency: Some(Frequency::Weekly),
                method: "Survey".into(),
                ..Kpi::named(KpiId::new(&mut ids), "Satisfaction")
            },
            Kpi {
                frequency: Some(Frequency::Weekly),
                data_source: "ITSM tool".into(),
                ..Kpi::named(KpiId::new(&mut ids), "Backlog")
            },
        ];
        objective
    }

    #[test]
    fn empty_fields_get_the_most_frequent_measurement_and_the_data_sources() {
        let objective = objective();
        let proposal = propose_monitoring(&objective);
        assert_eq!(
            proposal,
            Some(MonitoringProposal {
                frequency: Some(Frequency::Weekly),
                method: Some("ITSM tool; Survey".into()),
                kpis: vec![
                    "Satisfaction".into(),
                    "Backlog".into(),
                    "First response".into()
                ],
            })
        );
        let mut monitoring = Monitoring::default();
        if let Some(proposal) = proposal {
            proposal.apply(&mut monitoring);
        }
        assert_eq!(monitoring.frequency, Some(Frequency::Weekly));
        assert_eq!(monitoring.method, "ITSM tool; Survey");
    }

    #[test]
    fn what_the_user_filled_in_is_kept() {
        let mut objective = objective();
        objective.monitoring.frequency = Some(Frequency::Quarterly);
        let proposal = propose_monitoring(&objective);
        assert_eq!(proposal.as_ref().and_then(|p| p.frequency), None);
        assert!(proposal.as_ref().is_some_and(|p| p.method.is_some()));
        objective.monitoring.method = "Monthly meeting".into();
        assert_eq!(propose_monitoring(&objective), None);
    }

    #[test]
    fn kpis_without_frequency_or_source_propose_nothing() {
        let mut objective = objective();
        for kpi in &mut objective.kpis {
            kpi.frequency = None;
            kpi.data_source.clear();
            kpi.method.clear();
        }
        assert_eq!(propose_monitoring(&objective), None);
    }
}
