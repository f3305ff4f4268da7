import { GraphQLError } from 'graphql';
import { connection, encodeCursor, pageArgs } from '../../../src/api/pagination';

describe('pageArgs', () => {
  it('defaults to 20 from the start, and decodes a cursor to the key it holds', () => {
    expect(pageArgs('claim', undefined, undefined)).toEqual({ first: 20, after: null });
    expect(pageArgs('claim', 5, encodeCursor('claim', 'clm-x'))).toEqual({ first: 5, after: 'clm-x' });
  });

  it.each([0, -1, 101, 2.5])('refuses first=%p with BAD_USER_INPUT', (first) => {
    expect(() => pageArgs('claim', first, null)).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }) as GraphQLError,
    );
  });

  it("refuses garbage and another list's cursor", () => {
    expect(() => pageArgs('claim', 5, '%%%')).toThrow(/is not a cursor of this claim list/);
    expect(() => pageArgs('claim', 5, encodeCursor('source', 'src-x'))).toThrow(
      /is not a cursor of this claim list/,
    );
  });
});

describe('connection', () => {
  const load = async (ids: string[]) => ids.map((id) => (id === 'gone' ? null : { id }));

  it('holds `first` items, and says there is more when the query found one extra', async () => {
    const page = await connection('claim', { ids: ['a', 'b', 'c'], totalCount: 9 }, 2, load);
    expect(page).toEqual({
      edges: [
        { cursor: encodeCursor('claim', 'a'), node: { id: 'a' } },
        { cursor: encodeCursor('claim', 'b'), node: { id: 'b' } },
      ],
      pageInfo: { hasNextPage: true, endCursor: encodeCursor('claim', 'b') },
      totalCount: 9,
    });
  });

  it('leaves out an item deleted meanwhile, but keeps the page position', async () => {
    const page = await connection('claim', { ids: ['a', 'gone'] }, 2, load);
    expect(page.edges.map((e) => e.node.id)).toEqual(['a']);
    expect(page.pageInfo).toEqual({ hasNextPage: false, endCursor: encodeCursor('claim', 'gone') });
  });
});
