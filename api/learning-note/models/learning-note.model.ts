import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { VocabularyTerm } from '../../vocabulary/models/vocabulary-term.model';

/** What a learning note can be about. */
export enum NoteTargetKind {
  TIE = 'TIE',
  TEAM = 'TEAM',
  ORGANISATION = 'ORGANISATION',
  PERSON = 'PERSON',
  INTERVENTION = 'INTERVENTION',
  COUNCIL = 'COUNCIL',
}

registerEnumType(NoteTargetKind, {
  name: 'NoteTargetKind',
  description: 'The kind of record a learning note is attached to.',
  valuesMap: {
    TIE: { description: 'A tie between two actors.' },
    TEAM: { description: 'A team / service.' },
    ORGANISATION: { description: 'An organisation.' },
    PERSON: { description: 'A (pseudonymous) person.' },
    INTERVENTION: { description: 'An intervention / milestone of the change programme.' },
    COUNCIL: { description: 'The council as a whole; the id is the council id.' },
  },
});

@ObjectType({ description: 'The record a learning note is about.' })
export class NoteTarget {
  @Field(() => NoteTargetKind, { description: 'Kind of record.' })
  kind!: NoteTargetKind;

  @Field(() => ID, { description: 'Id of the record (the council id for COUNCIL).' })
  id!: string;
}

@ObjectType({
  description:
    'A piece of qualitative learning (surprise, what helped, what got in the way, ...) attached to a tie, team, organisation, person, intervention or the council.',
})
export class LearningNote {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field(() => VocabularyTerm, { description: 'Its category, from the shared note categories.' })
  category!: VocabularyTerm;

  @Field({ description: 'The learning itself.' })
  text!: string;

  @Field({ description: 'The date the learning refers to (YYYY-MM-DD).' })
  date!: string;

  @Field({ description: 'Role of the person it came from, e.g. "district nurse".' })
  authorRole!: string;

  @Field(() => NoteTarget, { description: 'What the note is about.' })
  target!: NoteTarget;
}
