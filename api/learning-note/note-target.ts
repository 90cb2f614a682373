import { Label, LabelName } from '../../graph/labels';
import { NoteTargetKind } from './models/learning-note.model';

/** The node label behind each target kind; the only labels a note's ABOUT may point at. */
export const TARGET_LABEL: Record<NoteTargetKind, LabelName> = {
  [NoteTargetKind.TIE]: Label.Tie,
  [NoteTargetKind.TEAM]: Label.Team,
  [NoteTargetKind.ORGANISATION]: Label.Organisation,
  [NoteTargetKind.PERSON]: Label.Person,
  [NoteTargetKind.INTERVENTION]: Label.Intervention,
  [NoteTargetKind.COUNCIL]: Label.Council,
};

export interface NoteTargetRef {
  kind: NoteTargetKind;
  id: string;
}
