import { registerEnumType } from '@nestjs/graphql';

export enum NetworkLevelEnum {
  PEOPLE = 'PEOPLE',
  TEAMS = 'TEAMS',
  ORGANISATIONS = 'ORGANISATIONS',
  PROFESSIONS = 'PROFESSIONS',
  SECTORS = 'SECTORS',
}

registerEnumType(NetworkLevelEnum, {
  name: 'NetworkLevel',
  description:
    'The level a network is drawn and analysed at; higher levels aggregate the ties below them.',
  valuesMap: {
    PEOPLE: { description: 'People (and any team or organisation named directly by a tie).' },
    TEAMS: { description: "Teams: people's ties counted between their teams at the moment." },
    ORGANISATIONS: {
      description: 'Organisations: ties counted between the organisations of the actors.',
    },
    PROFESSIONS: {
      description:
        "Professions: people's ties counted between their professions (team and organisation ties left out).",
    },
    SECTORS: { description: 'Sectors (NHS, council, independent, voluntary).' },
  },
});

export enum GroupingEnum {
  TEAM_TYPE = 'TEAM_TYPE',
  PROFESSION = 'PROFESSION',
  SECTOR = 'SECTOR',
  ORGANISATION = 'ORGANISATION',
  ORGANISATION_TYPE = 'ORGANISATION_TYPE',
  NEIGHBOURHOOD = 'NEIGHBOURHOOD',
  TEAM = 'TEAM',
}

registerEnumType(GroupingEnum, {
  name: 'Grouping',
  description:
    'The attribute that puts nodes into groups for boundary metrics (E-I, brokerage, mixing).',
  valuesMap: {
    TEAM_TYPE: {
      description: 'Type of team (district nursing, home-care branch, commissioning, ...).',
    },
    PROFESSION: { description: 'Profession of the person.' },
    SECTOR: { description: 'Sector of the organisation.' },
    ORGANISATION: { description: 'The employing organisation.' },
    ORGANISATION_TYPE: { description: 'Type of organisation.' },
    NEIGHBOURHOOD: { description: 'Neighbourhood of the team.' },
    TEAM: { description: 'The team itself.' },
  },
});

export enum MomentStepEnum {
  WAVES = 'WAVES',
  QUARTERS = 'QUARTERS',
  MONTHS = 'MONTHS',
}

registerEnumType(MomentStepEnum, {
  name: 'MomentStep',
  description: 'How a series of moments is chosen.',
  valuesMap: {
    WAVES: { description: "Every wave's date." },
    QUARTERS: { description: 'The first day of every quarter between from and to.' },
    MONTHS: { description: 'The first day of every month between from and to.' },
  },
});
