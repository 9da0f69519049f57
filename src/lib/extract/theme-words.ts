/** Patterns of the words around a figure that decide its theme (used by theme.ts). */

/** Collectives and individuals as the counted noun (not 集体经济). */
/** Candidates for them too (58个候选集体): nominations keep the theme of the honour. */
export const HONOURED = /^(?:.|候选|推荐)?(?:集体|个人)(?!经济|企业|土地|所有|资产|收入|林|户)/;
export const HONOURED_BEFORE = /(?:集体|个人)$/;
/** A study visit makes the demonstration units visited a training activity, not a count of them. */
export const VISITED = /参观|观摩|考察学习|学习考察/;

/** What a coverage figure counts: units, places and sites of the work. */
const COVERAGE_NOUNS =
  '示范|基地|单位|村|社区|学校|企业|地区|家园|点|长廊|乡|镇|县|旗|市|州|盟|机关|寺|宫观|教堂|宗教|集体|家庭|连队|景区|医院|窗口|街道|嘎查|苏木|团场|户';
export const COVERAGE_NOUN = new RegExp(`^[^,;。]{0,14}(?:${COVERAGE_NOUNS})`);
/**
 * A noun phrase after the figure whose head is a demonstration unit or site (1个铸牢…宣传教育
 * 示范点): what is counted is the unit, whatever work its modifiers name.
 */
export const DEMONSTRATION_HEAD =
  /^[^,;。，；、!?！？\d]{0,30}示范(?:点|村寨?|社区|单位|基地|学校|企业|乡镇?|区|县|市|州|家庭|户|窗口|机关|园区|景区|站)\s*(?:[,;。，；!?！？]|$)/;
/** The counted noun written before the figure: 评选出示范家庭500户, 示范村20个. */
export const COVERAGE_NOUN_BEFORE = new RegExp(`(?:${COVERAGE_NOUNS})[^,;。、和及与\\d]{0,2}$`);
export const NOUN_REJECTS_COVERAGE = /^[^,;。]{0,2}(?:商户|个体户|农户|住户|用户)/;
/** Places are honoured only when the clause says so (8个县被授予…模范集体称号). */
export const PLACES_HONOURED = /表彰|授予|荣誉|称号|模范集体/;
/** A title of honour after people counted (8名居民获评…模范个人): not a demonstration unit. */
export const HONOUR_TITLE = /模范(?:集体|个人|家庭|户)|先进(?:集体|个人|工作者)|荣誉称号/;
export const PEOPLE_UNITS = new Set(['名', '人', '位']);
/** What makes places coverage: they were built, named or certified as creation units. */
export const CERTIFIED = /建成|命名|挂牌|达标|获评|评为|创建[成为]|成功创建|入选|授予|验收/;
/** A rate of creation work before the figure: 创建覆盖率, 创建活动覆盖率, 创建工作达标率. */
export const CREATION_RATE = /创建[\p{Script=Han}]{0,4}(?:覆盖率|达标率)[^,;。\d]{0,6}$/u;
/** The share of demonstration units among all units: 示范村占行政村总数的比例不低于35%. */
export const DEMONSTRATION_SHARE =
  /示范[\p{Script=Han}]{0,4}(?:[(（][^)）]{0,4}[)）])?占[^,;。\d]{0,16}?(?:比例|比重)?[^,;。\d]{0,4}$/u;
/**
 * 29个乡镇中已有21个…, 今年举办的18期培训班中,双语班7期: the whole a part is counted in,
 * restated as the subject of a breakdown; not a count of the work of its own.
 */
export const WHOLE_OF_PART = /^[^,;。\d]{0,8}?中(?:$|已有|已经有|有|共有|已)/;
/** A belt or corridor of the work and its length: 示范带长38公里, 模范长廊全长12公里. */
export const BELT_LENGTH =
  /(?:示范|模范|团结)[^,;。\d]{0,6}(?:带|长廊|走廊|线路?)(?:全|总)?长(?:达到?|约|为)?$/;
/** Printed matter handed out in the work, counted in copies (not library books: 图书, 藏书). */
export const PRINT_UNITS = new Set(['册', '本', '份', '套']);
export const PRINTED_MATTER =
  /(?:资料|教材|读本|手册|宣传册|宣传品|折页|画册|挂图|编印|印发|印制)[^,;。\d]{0,8}$/;
/** Units only sessions of training and propaganda are counted in. */
export const SESSION_UNITS = new Set(['期', '班', '场', '场次', '课时', '学时', '节']);
/** A call on the places counted: 要, 应, 必须 (before any verb of certification). */
export const EXHORTED = /^[^,;。]{0,10}?(?:要|应当?|需要|必须|务必)/;
/** Places a training or a propaganda tour went to. */
export const REACHED_PLACES = /(?:覆盖|深入|走进|走遍|遍及|到达|辐射|延伸到?)[^,;。\d]{0,6}$/;
/** Visitors and tourists received are tourism, not an audience of the work. */
export const TOURISTS = /游客|旅客|游人|观光/;
