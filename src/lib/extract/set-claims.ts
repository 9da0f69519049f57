/**
 * Counts whose meaning the words around them fix more than their noun: claims over a whole
 * set of places (16个县市全覆盖, 所辖8个乡镇均创建…) and nominations (推荐申报模范集体12个),
 * which are not honours granted.
 */
import type { Candidate } from './candidates';
import type { FigureContext } from './funding-theme';
import { cueWeights, type ScoredTheme } from './theme-cues';

/** Administrative places counted as such (8个县市, 220个行政村), not as demonstration units. */
export const ADMIN_PLACES =
  /^(?:个)?(?:省(?:[(（]区、?市[)）]|区市)?|县市区?|县区|县|市|地市|市州|地州|州市|盟市|旗县|区县|区|旗|民族自治地方|自治地方|(?:民族)?自治[县旗州]|乡镇|乡|镇|行政村|村|社区|嘎查|苏木|街道)(?!级|的?示范)/u;

/**
 * After the places: all of them covered, built, named (全覆盖, 均创建, 全部建成, 都已达标), all
 * carrying out the work (全部开展创建), or all with a site of it set up (均建立了…工作站).
 * Setting up a committee or drawing up a plan (均成立…领导小组, 均制定…方案) covers nothing.
 */
const WHOLE_SET_AFTER =
  /^[^,;。]{0,14}?(?:全覆盖|(?:均|全部|都|全都)(?:会|已经?|已)?(?:被)?(?:创建|建成|达标|命名|挂牌|获评|成功|实现|成为|通过|列为|纳入|开展|启动|完成[^,;。]{0,4}?创建|(?:为|是)[^,;。]{0,16}?示范)|(?:均|全部|都)(?:已经?)?(?:组建|成立)了?[^,;。]{0,20}?(?:宣讲团|宣讲队|讲师团)|(?:均|全部|都)(?:已经?)?(?:建立|设立|成立)了?[^,;。]{0,20}?(?:站|点|中心|之家|家园|驿站|基地|阵地))|^[^,;。]{0,16}?(?:覆盖率|达标率)(?:达到?|为)?100%/;
/**
 * 对全县11个乡镇、162个行政村的书记进行全员轮训, 对全州255个村干部轮训一遍: every place of a
 * whole (全县, 全州) reached by a training. The places are counted for the training.
 */
const WHOLE_BEFORE = /对全[省区市州盟县旗](?:[^,;。]{0,14}、)?$/;
const WHOLE_TRAINED_AFTER = /^[^,;。]{0,24}?(?:全员|轮训一遍|轮训|培训全覆盖)/;

/** 全旗7个苏木镇分管负责同志…参加培训: the officials of every place of a whole trained. */
const WHOLE_OF = /全[省区市州盟县旗]$/;
const OFFICIALS_TRAINED_AFTER =
  /^[^,;。]{0,6}?(?:负责同志|负责人|书记|主任|干部|联络员)[^;。]{0,30}?(?:参加(?:了)?[^,;。]{0,8}培训|参训)/;

export function isWholeSetTraining(before: string, after: string): boolean {
  if (!ADMIN_PLACES.test(after)) return false;
  if (WHOLE_OF.test(before) && OFFICIALS_TRAINED_AFTER.test(after)) return true;
  return WHOLE_BEFORE.test(before) && WHOLE_TRAINED_AFTER.test(after);
}
/**
 * 覆盖全县21个乡镇, 覆盖全县7个乡镇、78个行政村: the work reaches every place of a whole (全县),
 * a whole-set claim written before its places. 项目覆盖46个乡镇 (no 全) names only some.
 */
const COVERS_WHOLE_BEFORE = /覆盖(?:了|到)?全[省区市州盟县旗](?:[^,;。]{0,14}、)?$/;

export function isWholeCovered(before: string, after: string): boolean {
  return ADMIN_PLACES.test(after) && COVERS_WHOLE_BEFORE.test(before);
}

/**
 * 实现16个县市全覆盖, 所辖8个乡镇均创建为示范乡镇: a count of the places the work covers.
 * 全面开展 (carried out across the board) claims nothing of each place: readers file those
 * counts of places as background.
 */
/** A quoted name ("1+N"联创机制) reads as one word: its length does not part the places from the claim. */
const QUOTED_NAME = /["“”「」『』][^"“”「」『』,;。]{1,12}["“”「」『』]/g;

export function isWholeSetClaim(after: string): boolean {
  return ADMIN_PLACES.test(after) && WHOLE_SET_AFTER.test(after.replace(QUOTED_NAME, '"'));
}

/** The place noun of a whole-set claim (县市, 乡镇 …), for its indicator. */
export function claimedPlaces(after: string): string {
  return (
    /^(?:个)?([\p{Script=Han}]{1,3}?)(?:[(（][^)）]{0,4}[)）])?(?:全|均|都)/u.exec(after)?.[1] ??
    '地区'
  );
}

/** Put forward for an honour or a title, not granted it: 推荐申报, 推选, 提名, 候选. */
const NOMINATED_BEFORE = /(?:推荐|申报|推选|提名|报送|上报)[^,;:。]*$/;
const NOMINATED_AFTER = /^[^,;。]{0,8}(?:候选|推荐对象|申报对象|被推荐|拟推荐|推荐为|申报为)/;
/** 成功申报, 申报成功, 获批: the nomination succeeded, the title was granted. */
const GRANTED = /成功申报|申报成功|获批|通过(?:验收|评审)/;

/** `before` and `after` are the figure's clause on either side of it. */
export function isNomination(before: string, after: string): boolean {
  if (GRANTED.test(before)) return false;
  return NOMINATED_BEFORE.test(before) || NOMINATED_AFTER.test(after);
}

/** A programme that funds the places it takes in: 兴边富民行动, 扶持范围, 项目库. */
const FUNDED_PROGRAMME = /纳入[^,;。]{0,6}?(?:兴边富民|扶持范围|资金(?:扶持|支持)范围|项目库)/;
/** Creation work named in a claim's own words: 实现创建全覆盖, 全部开展创建, 均建立…工作站. */
const CREATION_CLAIM = /创建|示范|石榴籽|工作站|服务站|联系点/;

/**
 * The theme of a claim over a whole set of places follows the work that covers them:
 * 开展宣讲…实现13个县市全覆盖 is trainings; creation work (创建工作实现16个县市全覆盖) coverage.
 * The claim's own words (9个镇实现创建全覆盖) come first: money spent in the clause before
 * does not make the places funded.
 */
export function claimTheme(c: Candidate, ctx: FigureContext): ScoredTheme {
  const own = cueWeights(ctx.text, c.end, ctx.clause.end);
  const trainingWork = own.trainings > own.coverage && own.trainings >= own.funding;
  if (trainingWork) return 'trainings';
  // 6个乡镇全部纳入兴边富民行动: places brought into a funded programme are what it funds.
  if (FUNDED_PROGRAMME.test(ctx.text.slice(c.end, ctx.clause.end))) return 'funding';
  if (CREATION_CLAIM.test(ctx.text.slice(c.end, ctx.clause.end))) return 'coverage';
  const upTo = cueWeights(ctx.text, ctx.sentence.start, ctx.clause.end);
  // 全市4个区县全覆盖,共开展宣传活动…: a claim that opens its sentence is about the work after it.
  const nothingBefore = Object.values(upTo).every((n) => n === 0);
  const w = nothingBefore ? cueWeights(ctx.text, ctx.sentence.start, ctx.sentence.end) : upTo;
  const [best] = (['trainings', 'funding'] as const).filter((t) => w[t] > w.coverage);
  return best ?? 'coverage';
}
