// The core's rule names (Entity.rule, Claim.rule, Paragraph.rule) said in words for the explanation card. Input: a rule
// name. Output: a sentence, or undefined for a rule not listed here (the card then shows the name
// alone: a new rule in the core is never hidden, only unexplained). Written from the rules in src/.

const RULES = {
  // entities: word lists
  given_name: 'starts with a known first name',
  surname_list: 'a known surname',
  city_list: 'a known city', country_list: 'a known country', region_list: 'a known region',
  org_list: 'a known organisation', group_list: 'a known group of people', demonym_list: 'a word for a nationality or people',
  event_list: 'a known event',
  // entities: the shape of the name and the words around it
  span_model: 'the statistical name model chose this span and type',
  name_shape: 'capitalised words shaped like a name',
  capitalised_word: 'a capitalised word that is not a common word', capitalised_pair: 'two or more capitalised words in a row',
  after_title: 'comes after a title (such as Mr, Dr or President)',
  acronym: 'an acronym in capitals',
  org_keyword: 'ends in a word for an organisation (such as Council, Agency, Inc)',
  org_noun: 'named beside a word for an organisation (such as company, firm, band)',
  the_name: '“the” before a capitalised name',
  shares_in: 'comes after “shares in” or “stake in”',
  workplace: 'where people named before it work (such as “economists at …”)',
  company_possessive: 'followed by a company’s possessions (such as its shares or its chief executive)',
  place_keyword: 'contains a word for a place (such as River, Street, County)',
  place_noun: 'used as a place (such as “in …”, “near …”)',
  compass_place: 'a compass point and a place (such as North London)',
  event_keyword: 'contains a word for an event (such as Summit, Games, War)',
  sports_team: 'a place named as a sports club (a score or a match beside it)',
  place_team: 'a place and a plural name: a team',
  document_consistency: 'typed like the other mentions of this name in the article',
  // entities: dates and numbers
  month_date: 'a month with a day or year', day_month_date: 'a day and a month', iso_date: 'a date written as numbers',
  weekday: 'a day of the week', year: 'a year', relative_day: 'a day named relative to today (such as yesterday)',
  relative_date: 'a time named relative to now (such as last week, next Tuesday)', part_of_period: 'part of a period (such as the end of the year)',
  clock_time: 'a time of day', duration: 'a length of time',
  digits: 'a number in digits', money: 'an amount of money', number_word: 'a number in words', ordinal_word: 'an ordinal (such as third)',
  // claims
  quote_with_cue: 'a quotation with a speech verb (such as said, told)',
  quote_in_context: 'a quotation whose speaker is clear from the sentences around it',
  quote_signed: 'a quotation signed after a dash (“…” — name)',
  quote_headed: 'a name opening the line before a colon and a quotation (name: “…”)',
  interview_answer: 'an answer in a printed interview (Q: … A: …): the words of the person interviewed',
  passive_report: 'said to be so, with no source (“… is said to …”)',
  reportedly: 'a source-less adverb (“reportedly”): the whole clause',
  cue_parenthetical: 'a cue inside its statement (“The plan, he said, was a failure”): the whole sentence',
  cue_after_content: 'a speech verb after what was said (“…, she said”)',
  cue_before_content: 'a speech verb before what was said (“she said that …”)',
  cue_between_quotes: 'a speech verb between two parts of one quotation',
  cue_without_content: 'a speech verb with no separate content',
  according_to_before: '“according to” before the statement', according_to_after: '“according to” after the statement',
  checkable_specific: 'a specific statement that can be checked (numbers, dates, names)',
  actor_event: 'says that someone named did something',
  // paragraphs that are not body text
  boilerplate_cue: 'subscription, sharing or advert wording',
  editors_note: 'a correction or editor’s note about the article, not part of the story',
  inside_boilerplate_block: 'a short line among such lines',
  price_or_count_line: 'a short line of just a price or a count',
  photo_credit: 'a photo caption or credit', photo_credit_line: 'a credit line (Agency/Name)',
  inline_photo_credit: 'a caption with its photo credit', picture_line: 'describes a picture',
  byline_shape: 'names the author (“By …”)', editor_initials: 'an editor’s initials',
  dateline_line: 'when the page was published or updated',
  title_case_line: 'a line in Title Case without a full stop', short_unpunctuated_line: 'a short line without a full stop',
  first_line_headline: 'the first line of the text, short and without a full stop',
  repeated_line: 'a line repeated word for word (a caption shown twice)', caption_before_credit: 'the caption above a photo credit',
  repeated_passage: 'a passage pasted twice: only its first copy is read',
};

export function explainRule(rule) {
  return Object.hasOwn(RULES, rule) ? RULES[rule] : undefined;
}
