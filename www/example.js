// A short example article, invented for this page (the town, people and figures are made up).
export const EXAMPLE = `Harbour town votes to rebuild its broken seawall

By Clara Mendes

Porthaven, Cornwall, 14 March 2026 — The Porthaven Town Council voted 7 to 2 on Tuesday to spend £4.2 million rebuilding the seawall that gave way during the January storm, the largest single project in the town's history.

"We cannot ask families to spend another winter behind a broken wall," Mayor Daniel Okafor said after the vote. "This is the first thing we fix, not the last."

Okafor said the work would begin in May and should be finished before the autumn tides.

Councillor Ruth Abbey, who voted against the plan, told reporters the estimate was "a guess dressed up as a budget". Abbey said the council had not consulted the Environment Agency before the vote.

According to a report by the Coastal Research Institute, the sea along this stretch of coast has risen by 9 centimetres since 1990.

Officials familiar with the tender said two construction firms had already shown interest. The project is expected to create around 60 jobs.

Residents of the Old Quay district, where 140 homes flooded in January, welcomed the decision. "It has been a long three months," said Maria Lindqvist, a retired teacher who has lived on the quay for 31 years.

Subscribe to our newsletter for more local news.
`;
