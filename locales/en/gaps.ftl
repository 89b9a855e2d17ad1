## Gap links that fix their gap, one meaning of "Add a child objective", wizard friction

gap-fix-record-communication = Record a communication
gap-fix-record-measurement = Record a measurement
gap-fix-record-review = Record a review
gap-fix-add-child = Add a child objective
gap-fix-plan-child = Plan { $code }, which carries part of this plan
gap-fix-short-record = Record
gap-fix-short-add = Add
gap-fix-short-plan = Plan
gap-fix-name = { $fix }: { $item } ({ $code })

monitoring-from-kpis-both = “How often progress is monitored” and “Method or data source” were empty and are filled in from the KPIs ({ $kpis }). Change them if progress is monitored differently.
monitoring-from-kpis-frequency = “How often progress is monitored” was empty and is filled in from the KPIs ({ $kpis }). Change it if progress is monitored differently.
monitoring-from-kpis-method = “Method or data source” was empty and is filled in from the KPIs ({ $kpis }). Change it if progress is monitored differently.

quick-add-lighter = Quick add (short form)
quick-add-child-lighter = Quick add a child (short form)
