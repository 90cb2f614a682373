// Shared vocabularies (PRODUCT.md "Domain vocabulary"). Every council points at these
// nodes; they are never copied per council, so councils compare on one vocabulary.
// MERGE keeps this idempotent if it is ever interrupted and run again.
UNWIND [
  {id: 'nhs', name: 'NHS'},
  {id: 'council', name: 'Council'},
  {id: 'independent', name: 'Independent provider'},
  {id: 'voluntary', name: 'Voluntary sector'}
] AS row
MERGE (n:Sector {id: row.id}) SET n.name = row.name, n.sortOrder = 0;

UNWIND [
  {id: 'local-authority', name: 'Local authority', sector: 'council'},
  {id: 'nhs-community-trust', name: 'NHS community trust', sector: 'nhs'},
  {id: 'nhs-acute-trust', name: 'NHS acute trust', sector: 'nhs'},
  {id: 'integrated-care-organisation', name: 'Integrated care organisation', sector: 'nhs'},
  {id: 'gp-practice', name: 'GP practice', sector: 'nhs'},
  {id: 'primary-care-network', name: 'Primary care network', sector: 'nhs'},
  {id: 'home-care-provider', name: 'Home-care provider', sector: 'independent'},
  {id: 'care-home', name: 'Care home', sector: 'independent'},
  {id: 'extra-care-scheme', name: 'Extra-care scheme', sector: 'independent'},
  {id: 'voluntary-organisation', name: 'Voluntary sector organisation', sector: 'voluntary'},
  {id: 'icb', name: 'Integrated care board (ICB)', sector: 'nhs'}
] AS row
MERGE (n:OrganisationType {id: row.id}) SET n.name = row.name, n.defaultSectorId = row.sector;

UNWIND [
  {id: 'district-nursing', name: 'District nursing team'},
  {id: 'home-care-branch', name: 'Home-care branch'},
  {id: 'reablement', name: 'Reablement team'},
  {id: 'social-work-locality', name: 'Social work locality team'},
  {id: 'hospital-discharge', name: 'Hospital discharge team'},
  {id: 'integrated-neighbourhood', name: 'Integrated neighbourhood team'},
  {id: 'commissioning', name: 'Commissioning team'},
  {id: 'trusted-assessor', name: 'Trusted assessor service'},
  {id: 'general-practice', name: 'General practice team'},
  {id: 'voluntary-service', name: 'Voluntary sector service'},
  {id: 'integration-programme', name: 'Integration programme team'}
] AS row
MERGE (n:TeamType {id: row.id}) SET n.name = row.name;

UNWIND [
  {id: 'district-nurse', name: 'District nurse'},
  {id: 'community-staff-nurse', name: 'Community staff nurse'},
  {id: 'healthcare-assistant', name: 'Healthcare assistant'},
  {id: 'home-care-worker', name: 'Home-care worker'},
  {id: 'senior-carer', name: 'Senior carer / care coordinator'},
  {id: 'social-worker', name: 'Social worker'},
  {id: 'occupational-therapist', name: 'Occupational therapist'},
  {id: 'physiotherapist', name: 'Physiotherapist'},
  {id: 'commissioner', name: 'Commissioner'},
  {id: 'gp', name: 'GP'},
  {id: 'practice-nurse', name: 'Practice nurse'},
  {id: 'pharmacist', name: 'Pharmacist'},
  {id: 'integration-facilitator', name: 'Integration facilitator'},
  {id: 'manager', name: 'Manager'}
] AS row
MERGE (n:Profession {id: row.id}) SET n.name = row.name;

UNWIND [
  {id: 'referral', name: 'Referral', directed: true},
  {id: 'joint-visit', name: 'Joint visit', directed: false},
  {id: 'shared-care-record', name: 'Shared care record', directed: false},
  {id: 'co-location', name: 'Co-location', directed: false},
  {id: 'direct-contact', name: 'Direct contact', directed: false},
  {id: 'advice', name: 'Advice', directed: true},
  {id: 'information-sharing', name: 'Information sharing', directed: false},
  {id: 'delegated-health-task', name: 'Delegated health task (delegator keeps accountability)', directed: true},
  {id: 'trusted-assessment', name: 'Trusted assessment', directed: true},
  {id: 'training', name: 'Training', directed: true},
  {id: 'commissioning-contract', name: 'Commissioning / contract', directed: true},
  {id: 'governance-mdt', name: 'Governance / MDT', directed: false}
] AS row
MERGE (n:TieType {id: row.id}) SET n.name = row.name, n.defaultDirected = row.directed;

UNWIND [
  {id: 'surprise', name: 'Surprise'},
  {id: 'fear-or-concern', name: 'Fear or concern'},
  {id: 'what-helped', name: 'What helped'},
  {id: 'what-got-in-the-way', name: 'What got in the way'},
  {id: 'impact-story', name: 'Impact story'},
  {id: 'quote', name: 'Quote'},
  {id: 'decision', name: 'Decision'}
] AS row
MERGE (n:NoteCategory {id: row.id}) SET n.name = row.name;

UNWIND [
  {level: 1, name: 'Not linked'},
  {level: 2, name: 'Communication'},
  {level: 3, name: 'Cooperation'},
  {level: 4, name: 'Coordination'},
  {level: 5, name: 'Collaboration'},
  {level: 6, name: 'Partnership'},
  {level: 7, name: 'Fully linked'}
] AS row
MERGE (n:IntegrationLevel {id: 'level-' + toString(row.level)}) SET n.level = row.level, n.name = row.name;
