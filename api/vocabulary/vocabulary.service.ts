import { Injectable } from '@nestjs/common';
import { DomainError, FieldProblem } from '../common/domain-error';
import { Vocabularies } from './models/vocabulary-term.model';
import { VocabularyLabel, VocabularyRepository } from './vocabulary.repository';

export interface VocabularyCheck {
  label: VocabularyLabel;
  field: string;
  id: string | null | undefined;
}

@Injectable()
export class VocabularyService {
  private cache: Vocabularies | null = null;

  constructor(private readonly repository: VocabularyRepository) {}

  /** Vocabularies change only through migrations, so one read per process suffices. */
  async all(): Promise<Vocabularies> {
    this.cache ??= await this.repository.all();
    return this.cache;
  }

  /** Throws BAD_USER_INPUT naming every field whose vocabulary id does not exist. */
  async assertTerms(checks: VocabularyCheck[]): Promise<void> {
    const problems: FieldProblem[] = [];
    const vocab = await this.all();
    const known: Record<VocabularyLabel, { id: string }[]> = {
      Sector: vocab.sectors,
      OrganisationType: vocab.organisationTypes,
      TeamType: vocab.teamTypes,
      Profession: vocab.professions,
      TieType: vocab.tieTypes,
      NoteCategory: vocab.noteCategories,
    };
    for (const check of checks) {
      if (check.id == null) continue;
      if (!known[check.label].some((term) => term.id === check.id)) {
        problems.push({
          field: check.field,
          message: `"${check.id}" is not a known ${check.label}`,
        });
      }
    }
    if (problems.length > 0) throw DomainError.badInput(problems);
  }
}
