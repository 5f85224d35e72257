// FOMC meetings as data: the day each ended with a policy statement. The Board publishes each
// year's schedule in the year before (https://www.federalreserve.gov/monetarypolicy/fomccalendars.htm),
// so an edition may look ahead to a meeting of a year whose schedule was public by its date.

export const FOMC_CALENDAR_URL = 'https://www.federalreserve.gov/monetarypolicy/fomccalendars.htm';

/** Statement days of scheduled meetings, by year. */
const SCHEDULED: Readonly<Record<number, readonly string[]>> = {
  2018: ['01-31', '03-21', '05-02', '06-13', '08-01', '09-26', '11-08', '12-19'],
  2019: ['01-30', '03-20', '05-01', '06-19', '07-31', '09-18', '10-30', '12-11'],
  // The March 17–18, 2020 meeting was replaced by the unscheduled one of Sunday, March 15.
  2020: ['01-29', '04-29', '06-10', '07-29', '09-16', '11-05', '12-16'],
  2021: ['01-27', '03-17', '04-28', '06-16', '07-28', '09-22', '11-03', '12-15'],
  2022: ['01-26', '03-16', '05-04', '06-15', '07-27', '09-21', '11-02', '12-14'],
  2023: ['02-01', '03-22', '05-03', '06-14', '07-26', '09-20', '11-01', '12-13'],
  2024: ['01-31', '03-20', '05-01', '06-12', '07-31', '09-18', '11-07', '12-18'],
  2025: ['01-29', '03-19', '05-07', '06-18', '07-30', '09-17', '10-29', '12-10'],
  2026: ['01-28', '03-18', '04-29', '06-17', '07-29', '09-16', '10-28', '12-09'],
};

/** Unscheduled meetings that changed policy; known only on their day. */
const UNSCHEDULED: readonly string[] = ['2020-03-03', '2020-03-15'];

export interface FomcMeeting {
  /** The day the statement was released. */
  readonly date: string;
  readonly scheduled: boolean;
  /**
   * The first day a reader could know of the meeting. The Board releases a year's schedule months
   * ahead; we count it as known from December 1 of the year before, later than it ever was.
   */
  readonly known: string;
}

export const FOMC_MEETINGS: readonly FomcMeeting[] = [
  ...Object.entries(SCHEDULED).flatMap(([year, days]) =>
    days.map((d) => ({ date: `${year}-${d}`, scheduled: true, known: `${Number(year) - 1}-12-01` }))),
  ...UNSCHEDULED.map((date) => ({ date, scheduled: false, known: date })),
].sort((a, b) => (a.date < b.date ? -1 : 1));

/** The last year whose schedule this list holds: a look ahead past it says the schedule is missing. */
export const FOMC_LAST_YEAR = Math.max(...Object.keys(SCHEDULED).map(Number));
