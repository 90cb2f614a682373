// Waves, learning notes and blueprints.
// A wave label names one round of data collection in a council; the API checks it first
// for a clear error, and this constraint closes the race between two concurrent creates.
CREATE CONSTRAINT wave_council_label IF NOT EXISTS FOR (n:Wave) REQUIRE (n.councilId, n.label) IS UNIQUE;
CREATE CONSTRAINT blueprint_expectation_id IF NOT EXISTS FOR (n:BlueprintExpectation) REQUIRE n.id IS UNIQUE;
// "Notes about this tie / team" is the main way notes are read next to the numbers.
CREATE INDEX learning_note_target IF NOT EXISTS FOR (n:LearningNote) ON (n.targetId);

// The standard blueprint of the Tameside-style blended-roles programme. Built-in
// blueprints are shared like the vocabularies and change only through migrations.
// Direction follows the tie type: direct contact and information sharing are undirected,
// delegated health tasks run from the delegator (district nursing), contracts from the
// commissioner.
MERGE (b:Blueprint {id: 'blended-roles-trusted-assessment'})
SET b.name = 'Blended roles and trusted assessment',
    b.description = 'Home-care workers carry out delegated health tasks while district nurses keep clinical accountability; trusted assessors act across organisational boundaries; commissioning contracts the home-care branches.',
    b.builtIn = true,
    b.createdAt = coalesce(b.createdAt, toString(datetime()));

UNWIND [
  {id: 'blended-roles-trusted-assessment.home-care-district-nursing-contact', position: 0,
   fromTeamTypeId: 'home-care-branch', toTeamTypeId: 'district-nursing', tieTypeId: 'direct-contact',
   sameNeighbourhood: true,
   description: 'In each neighbourhood the home-care branch and the district nursing team are in direct contact.'},
  {id: 'blended-roles-trusted-assessment.district-nursing-home-care-delegation', position: 1,
   fromTeamTypeId: 'district-nursing', toTeamTypeId: 'home-care-branch', tieTypeId: 'delegated-health-task',
   sameNeighbourhood: true,
   description: 'District nurses delegate health tasks to the home-care branch of their neighbourhood and keep accountability.'},
  {id: 'blended-roles-trusted-assessment.trusted-assessor-home-care-contact', position: 2,
   fromTeamTypeId: 'trusted-assessor', toTeamTypeId: 'home-care-branch', tieTypeId: 'direct-contact',
   sameNeighbourhood: false,
   description: 'The trusted assessor service is in direct contact with home-care branches.'},
  {id: 'blended-roles-trusted-assessment.trusted-assessor-social-work-information', position: 3,
   fromTeamTypeId: 'trusted-assessor', toTeamTypeId: 'social-work-locality', tieTypeId: 'information-sharing',
   sameNeighbourhood: false,
   description: 'Trusted assessors and social work locality teams share information.'},
  {id: 'blended-roles-trusted-assessment.commissioning-home-care-contract', position: 4,
   fromTeamTypeId: 'commissioning', toTeamTypeId: 'home-care-branch', tieTypeId: 'commissioning-contract',
   sameNeighbourhood: false,
   description: 'Commissioning holds the contract with the home-care branches.'}
] AS row
MATCH (b:Blueprint {id: 'blended-roles-trusted-assessment'})
MERGE (e:BlueprintExpectation {id: row.id})
SET e.position = row.position,
    e.fromTeamTypeId = row.fromTeamTypeId,
    e.toTeamTypeId = row.toTeamTypeId,
    e.tieTypeId = row.tieTypeId,
    e.sameNeighbourhood = row.sameNeighbourhood,
    e.description = row.description
MERGE (b)-[:EXPECTS]->(e);
