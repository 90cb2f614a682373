import { canAdminister, canEdit, roleIn, roleLines, type Me } from '../../../ui/src/model/access';

const me = (over: Partial<Me> = {}): Me => ({
  id: 'u1',
  email: 'a@example.org',
  name: 'A',
  systemAdmin: false,
  roles: [],
  ...over,
});
const grant = (councilId: string, role: Me['roles'][number]['role']) => ({
  councilId,
  councilName: councilId[0].toUpperCase() + councilId.slice(1),
  role,
});

describe('UI access rules', () => {
  it('lets editors, council admins and system admins edit; viewers and researchers never', () => {
    expect(canEdit(me({ roles: [grant('tamebridge', 'EDITOR')] }), 'tamebridge')).toBe(true);
    expect(canEdit(me({ roles: [grant('tamebridge', 'COUNCIL_ADMIN')] }), 'tamebridge')).toBe(true);
    expect(canEdit(me({ systemAdmin: true }), 'tamebridge')).toBe(true);
    expect(canEdit(me({ roles: [grant('tamebridge', 'VIEWER')] }), 'tamebridge')).toBe(false);
    expect(canEdit(me({ roles: [grant('tamebridge', 'RESEARCHER')] }), 'tamebridge')).toBe(false);
  });

  it('scopes every role to its own council', () => {
    const editor = me({ roles: [grant('tamebridge', 'EDITOR'), grant('riverholm', 'VIEWER')] });
    expect(canEdit(editor, 'riverholm')).toBe(false);
    expect(canEdit(editor, 'kelsworth')).toBe(false);
    expect(roleIn(editor, 'riverholm')).toBe('VIEWER');
    const admin = me({ roles: [grant('tamebridge', 'COUNCIL_ADMIN')] });
    expect(canAdminister(admin, 'tamebridge')).toBe(true);
    expect(canAdminister(admin, 'riverholm')).toBe(false);
    expect(canAdminister(me({ roles: [grant('tamebridge', 'EDITOR')] }), 'tamebridge')).toBe(false);
  });

  it('allows nothing before `me` has answered or without a council', () => {
    expect(canEdit(null, 'tamebridge')).toBe(false);
    expect(canAdminister(me({ systemAdmin: true }), null)).toBe(false);
  });

  it('describes the roles for the user menu', () => {
    expect(
      roleLines(me({ systemAdmin: true, roles: [grant('tamebridge', 'RESEARCHER')] })),
    ).toEqual(['System administrator', 'Researcher in Tamebridge']);
  });
});
