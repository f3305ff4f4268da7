import { findFigures } from '../../../src/extract';

const read = (words: string) => findFigures(words, { start: 0, end: words.length }).map((f) => f.quantity);

// ../shared/domain.md, "Reading figures", on sentences of its own.
describe('figures', () => {
  it.each([
    ['The ferry carried 28 passengers.', { value: 28, unit: 'people' }],
    ['Officials counted two wrecked trucks.', { value: 2, unit: 'trucks' }],
    ['About 10,000 fans filled the square.', { value: 10000, approx: true, unit: 'people' }],
    ['Some 300 to 400 workers walked out.', { min: 300, max: 400, approx: true, unit: 'people' }],
    ['Between 60 and 80 homes lost power.', { min: 60, max: 80, unit: 'homes' }],
    ['At least four children were missing.', { min: 4, unit: 'people' }],
    ['More than 100 flights were cancelled.', { min: 101, unit: 'flights' }],
    ['Up to 50 lorries queued at the border.', { max: 50, unit: 'lorries' }],
    ['Fewer than 20 voters turned up.', { max: 19, unit: 'people' }],
    ['Nobody was injured.', { value: 0, unit: 'people' }],
    ['He denied that anyone had died.', { min: 1, unit: 'people' }],
    ['Police denied that anybody was seriously hurt.', { min: 1, unit: 'people' }],
    ['No shops were looted.', { value: 0, unit: 'shops' }],
    ['Hundreds of pilgrims waited.', { min: 200, unit: 'people' }],
    ['Several ministers resigned.', { min: 3, unit: 'people' }],
    ['Tens of thousands of people marched.', { min: 20000, unit: 'people' }],
    ['The storm lasted more than six hours.', { min: 6, unit: 'hours' }],
    ['Twenty-five soldiers were sent.', { value: 25, unit: 'people' }],
    ['Two hundred and fifty homes were flooded.', { value: 250, unit: 'homes' }],
    ['A dozen boats sank.', { value: 12, unit: 'boats' }],
    ['Some 1.5 million people voted.', { value: 1500000, approx: true, unit: 'people' }],
    ['Three thousand tickets were sold.', { value: 3000, unit: 'tickets' }],
    ['Turnout was less than 5 percent.', { max: 5, unit: 'percent' }],
    ['Turnout fell below 40%.', { max: 40, unit: 'percent' }],
    ['Above 30 people were hurt.', { min: 31, unit: 'people' }],
    ['As many as 300 people may have died.', { max: 300, unit: 'people' }],
    ['No more than 50 people attended.', { max: 50, unit: 'people' }],
    ['Scores of people were arrested.', { min: 40, unit: 'people' }],
    ['More than a hundred people were injured.', { min: 101, unit: 'people' }],
    ['Between 5 and 6 million people voted.', { min: 5000000, max: 6000000, unit: 'people' }],
    ['The bill will cost $4.5 billion.', { value: 4500000000, unit: 'dollars' }],
    ['Police counted 40 officers.', { value: 40, unit: 'people' }],
  ])('%s', (words, quantity) => expect(read(words)).toEqual([quantity]));

  it('counts nothing in "anyone" before what does not happen to people', () => {
    expect(read('Anyone who wants to leave may do so.')).toEqual([]);
    expect(read('Has anyone seen the list?')).toEqual([]);
  });

  it('leaves out years, days of the month, clock times and "one of"', () => {
    expect(read('In 1998 the plant opened at 9 a.m. on 4 July, one of the first.')).toEqual([]);
    expect(read('The plant reopened on July 14 and every one of its 2 furnaces was relit.')).toEqual([
      { value: 2, unit: 'furnaces' },
    ]);
  });

  it('leaves out spans of time that set the scene, but not a duration that is claimed', () => {
    expect(read('After two days of rain, the worst flood in forty years hit the town.')).toEqual([]);
    expect(read('Police made 30 arrests in the past 24 hours.')).toEqual([{ value: 30, unit: 'arrests' }]);
    expect(read('The blackout lasted 14 hours.')).toEqual([{ value: 14, unit: 'hours' }]);
  });

  it('gives a number without its noun the noun of the figure before it', () => {
    expect(read('Two people died and 14 were injured.')).toEqual([
      { value: 2, unit: 'people' },
      { value: 14, unit: 'people' },
    ]);
  });

  it('does not read the whole of a part ("half of the 2,000 workers"), nor digits inside a number', () => {
    expect(read('Nearly half of the 2,000 workers struck.')).toEqual([]);
  });

  it('reads "between X and" without a second number as no range', () => {
    expect(read('The talks fell between 2 and the summit.')).toEqual([{ value: 2 }]);
  });

  it('does not read a mass noun after "no" as a count', () => {
    expect(read('There is no evidence of fraud.')).toEqual([]);
  });
});
