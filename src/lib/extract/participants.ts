/**
 * Who took part in an event, and what a training taught: counts whose clause names the people
 * or teams (参赛人数, 32支代表队参赛, 17所高校…报名参赛) or the topics and courses (设置6个专题)
 * rather than the event itself.
 */
import type { Candidate } from './candidates';
import { cueWeights } from './theme-cues';
import type { FigureContext } from './funding-theme';
import { segmentAround } from './sentences';

const PARTICIPANT_UNITS = new Set(['人', '人次', '名', '支', '所', '个', '家', '位']);
const TAKING_PART = '参赛|参训|参学|参演|参加|参与|报名|应考';
/** 参赛人数超过8000人, 参训学员达到86名: the participants named before the figure. */
const PARTICIPANTS_BEFORE = new RegExp(
  `(?:${TAKING_PART})(?:人数|人员|学员|选手|队伍|代表队|单位)?[^,;:。\\d]{0,4}$`,
);
/** 32支代表队参赛, 17所高校的1200多名学生报名参赛: the figure is the subject of taking part. */
const PARTICIPANTS_AFTER = new RegExp(`^[^,;:。]{0,16}?(?:${TAKING_PART})`);

/** 轮训6期,每期不少于60人; 每班学员40名: the people each session or class takes in. */
const PER_SESSION = /每(?:期|班|场|批)[^,;:。\d]{0,6}$/;

/**
 * A count of participants belongs to the event its sentence is about, when that event is
 * training or propaganda work (知识竞赛, 培训班, 宣讲) and no other theme leads the sentence.
 */
export function isTrainingParticipants(c: Candidate, ctx: FigureContext): boolean {
  if (!PARTICIPANT_UNITS.has(c.unit)) return false;
  const { text, clause, sentence } = ctx;
  const before = text.slice(clause.start, c.start);
  const after = text.slice(c.end, clause.end);
  const perSession = PER_SESSION.test(before);
  if (!PARTICIPANTS_BEFORE.test(before) && !PARTICIPANTS_AFTER.test(after) && !perSession)
    return false;
  // A per-session count belongs to the sessions of its own part of the sentence (…；轮训6期，每期60人).
  const scope = perSession ? segmentAround(text, sentence, c.start) : sentence;
  const w = cueWeights(text, scope.start, scope.end);
  // Taking part is itself a weak training cue (0.6 each): the event must be named beside it.
  const body = text.slice(scope.start, scope.end);
  const takingPart = 0.6 * [...body.matchAll(/参加|参与|参训|参演/g)].length;
  return w.trainings - takingPart >= 1 && w.trainings > w.coverage && w.trainings > w.funding;
}

/** Topics and courses taught: 6个专题, 12节课程; 课程12个. */
const COURSE_AFTER = /^(?:个|门|节)?(?:专题|课程|精品课|微课)/;
const COURSE_BEFORE = /(?:专题|课程)$/;

/** A count of topics or courses: like sessions, it takes the training theme of its sentence. */
export function isCourseCount(before: string, after: string): boolean {
  return COURSE_AFTER.test(after) || COURSE_BEFORE.test(before);
}
