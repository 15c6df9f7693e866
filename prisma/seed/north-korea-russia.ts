// Hindsight's first data: every forecast in five articles about the North Korea–Russia
// summits of September 2023 (Vostochny) and June 2024 (Pyongyang). Quotes are verbatim
// from the article files in ./articles; outcomes come only from ./known-outcomes.md.
// Checked by lib/seed/plan-seed.ts on every seed run and by lib/seed/seed-data.test.ts.
import type { SeedFile } from "../../lib/seed/load-seed-file.server";

const DAILY_NK_WRITTEN =
  'Published 21 June 2024, but written before Putin\'s visit of Tuesday 18 June ("Ahead of his planned visit to North Korea on Tuesday"): dated to the day before the visit.';

export const northKoreaRussiaSeed: SeedFile = {
  name: "North Korea–Russia summits 2023–2024",
  sources: [
    {
      key: "donga-2023-09-07",
      file: "000_d178f0026b75164c.txt",
      outlet: "The Dong-A Ilbo",
      title: "What the North Korea–Russia summit will discuss: weapons, food, energy, workers and cyber",
      url: "https://www.donga.com/news/Politics/article/all/20230907/121057883/1",
      publishedAt: "2023-09-07",
      note: "English translation. The headline is not printed with the text; the date is the one in the URL.",
    },
    {
      key: "hani-2023-09-11",
      file: "001_4c11e76d69b8c6d7.txt",
      outlet: "The Hankyoreh",
      title: "Arms, military drills, energy, food: A look at the likely agenda of possible Kim-Putin summit",
      publishedAt: "2023-09-11",
      byline: "Kwon Hyuk-chul, Jang Ye-ji",
      note: "Posted 2023-09-11 16:39 KST.",
    },
    {
      key: "dailynk-2024-06-21",
      file: "002_b02ce3f15e34007c.txt",
      outlet: "Daily NK",
      title: "What do Russian and North Korean leaders expect to get out of their summit?",
      publishedAt: "2024-06-21",
      byline: "Columnist (not named)",
      note: "Published June 21, 2024 06:00 (the page is dated Monday, July 22, 2024); written before Putin's visit on Tuesday 2024-06-18.",
    },
    {
      key: "hani-2023-09-12",
      file: "003_36cb1f6498ba7f95.txt",
      outlet: "The Hankyoreh",
      title: "Will international pariahs N. Korea, Russia be willing to risk making a public arms deal?",
      publishedAt: "2023-09-12",
      byline: "Shin Hyeong-cheol",
      note: "Posted 2023-09-12 15:24 KST, modified 2024-04-11.",
    },
    {
      key: "asiae-2024-06-19",
      file: "004_1597e04da5133f28.txt",
      outlet: "The Asia Business Daily",
      title: "Putin's Possible 'Gift' for Supporting North Korea's War",
      publishedAt: "2024-06-19",
      note: 'Written on the summit day ("the 19th").',
    },
  ],

  forecasters: [
    { slug: "dong-a-ilbo", name: "The Dong-A Ilbo", kind: "ORGANISATION", description: "South Korean daily newspaper, in its own voice." },
    {
      slug: "south-korean-government-official-unnamed",
      name: "South Korean government official (unnamed)",
      kind: "UNNAMED_GROUP",
      affiliation: "Government of South Korea",
      description:
        'Officials quoted without a name: "a high-ranking government official", "another official", "a government source", "some in the government".',
    },
    {
      slug: "lee-jong-sup",
      name: "Lee Jong-sup",
      kind: "PERSON",
      affiliation: "Ministry of National Defense, South Korea",
      description: "South Korea's Minister of National Defense at the time.",
    },
    { slug: "hankyoreh", name: "The Hankyoreh", kind: "ORGANISATION", description: "South Korean daily newspaper, in its own voice." },
    {
      slug: "new-york-times",
      name: "The New York Times",
      kind: "ORGANISATION",
      description: "US daily newspaper; first reported the plan for the 2023 summit.",
    },
    {
      slug: "institute-for-national-security-strategy",
      name: "Institute for National Security Strategy",
      kind: "ORGANISATION",
      description: "South Korean security research institute.",
    },
    {
      slug: "kim-dong-yub",
      name: "Kim Dong-yub",
      kind: "PERSON",
      affiliation: "University of North Korean Studies",
      description: "Professor at the University of North Korean Studies.",
    },
    { slug: "john-everard", name: "John Everard", kind: "PERSON", description: "Former British ambassador to North Korea." },
    {
      slug: "park-byung-hwan",
      name: "Park Byung-hwan",
      kind: "PERSON",
      affiliation: "Eurasia Strategy Research Institute",
      description: "Director of the Eurasia Strategy Research Institute; formerly a diplomat in Russia.",
    },
    {
      slug: "experts-cited-by-the-hankyoreh-unnamed",
      name: "Experts cited by the Hankyoreh (unnamed)",
      kind: "UNNAMED_GROUP",
      description: 'Experts the Hankyoreh quotes without names: "experts are estimating", "some say".',
    },
    { slug: "wi-sung-lac", name: "Wi Sung-lac", kind: "PERSON", description: "Former South Korean ambassador to Russia." },
    {
      slug: "jeh-sung-hoon",
      name: "Jeh Sung-hoon",
      kind: "PERSON",
      affiliation: "Hankuk University of Foreign Studies",
      description: 'Professor of Russian studies (the source spells the university "Hankook").',
    },
    {
      slug: "cho-tae-yong",
      name: "Cho Tae-yong",
      kind: "PERSON",
      affiliation: "Office of National Security, South Korea",
      description: "South Korea's national security advisor at the time.",
    },
    {
      slug: "daily-nk-columnist-unnamed",
      name: "Daily NK columnist (unnamed)",
      kind: "UNNAMED_GROUP",
      affiliation: "Daily NK",
      description: "The unnamed author of a Daily NK column.",
    },
    { slug: "asia-business-daily", name: "The Asia Business Daily", kind: "ORGANISATION", description: "South Korean business daily, in its own voice." },
  ],

  questions: [
    {
      id: "q-2023-summit-held",
      title: "Will Kim Jong-un and Vladimir Putin hold a summit in Russia by 30 September 2023?",
      criteria:
        "YES if Kim Jong-un and Vladimir Putin meet in person in Russia for talks on or before 2023-09-30, as confirmed by either government. NO otherwise.",
      deadline: "2023-09-30",
      tags: ["summit-2023", "diplomacy"],
      outcome: {
        value: "YES",
        resolvedAt: "2023-09-13",
        note: "Kim and Putin held their summit on Wednesday 13 September 2023 at the Vostochny Cosmodrome in Russia's Amur region.",
      },
    },
    {
      id: "q-2023-summit-on-12-september",
      title: "Will the 2023 Kim–Putin summit take place on 12 September 2023?",
      criteria: "YES if the two leaders' summit talks are held on 2023-09-12. NO if they are held on another day or not at all.",
      deadline: "2023-09-12",
      tags: ["summit-2023"],
      outcome: {
        value: "NO",
        resolvedAt: "2023-09-13",
        note: "Kim's train entered Russia at Khasan on Tuesday 12 September; the summit itself was held on Wednesday 13 September 2023.",
      },
    },
    {
      id: "q-2023-summit-in-vladivostok",
      title: "Will the 2023 Kim–Putin summit be held in Vladivostok?",
      criteria: "YES if the main summit talks of September 2023 take place in Vladivostok. NO if they take place anywhere else.",
      deadline: "2023-09-30",
      tags: ["summit-2023"],
      outcome: {
        value: "NO",
        resolvedAt: "2023-09-13",
        note: "The summit was held on 13 September 2023 at the Vostochny Cosmodrome in the Amur region, not in Vladivostok.",
      },
    },
    {
      id: "q-2023-summit-announced-late",
      title: "Will North Korea announce the 2023 summit only just before it happens?",
      criteria:
        "YES if North Korea's first official confirmation of the summit comes no more than three days before the leaders meet. NO if it comes earlier, or if there is no summit by 2023-09-30.",
      deadline: "2023-09-30",
      tags: ["summit-2023", "diplomacy"],
      outcome: {
        value: "YES",
        resolvedAt: "2023-09-11",
        note: "The Korean Central News Agency and the Kremlin announced the visit at the same time on Monday night, 11 September 2023 (reported by the Hankyoreh on 12 September); the leaders met on the 13th.",
      },
    },
    {
      id: "q-2023-arms-transfer",
      title: "Will North Korea supply weapons or munitions to Russia by 31 January 2024?",
      criteria:
        "YES if, by 2024-01-31, the US, South Korean or another government states that North Korea has delivered artillery shells, missiles or other munitions to Russia, whether or not either side admits it. NO otherwise.",
      deadline: "2024-01-31",
      tags: ["summit-2023", "arms", "military"],
      outcome: {
        value: "YES",
        resolvedAt: "2024-01-04",
        note: "On 4 January 2024 the White House said Russia had fired North Korean-supplied ballistic missiles at Ukraine (late December 2023 and 2 January 2024); the United States, South Korea and others said North Korea had shipped artillery shells to Russia.",
      },
    },
    {
      id: "q-2023-arms-deal-kept-secret",
      title: "Will North Korea and Russia trade arms by 31 January 2024 without either government announcing a deal?",
      criteria:
        "YES if North Korean munitions reach Russia by 2024-01-31 (as in the arms-transfer question) and neither Moscow nor Pyongyang announces an arms deal. NO if there is no transfer, or if either government announces a deal.",
      deadline: "2024-01-31",
      tags: ["summit-2023", "arms", "sanctions"],
      outcome: {
        value: "YES",
        resolvedAt: "2024-01-04",
        note: "The transfers were stated by the White House, the United States and South Korea on 4 January 2024; neither Moscow nor Pyongyang announced any arms deal, and both denied the transfers.",
      },
    },
    {
      id: "q-2024-new-un-sanctions",
      title: "Will the UN Security Council adopt new sanctions against North Korea or Russia by 31 March 2024?",
      criteria: "YES if the Security Council adopts a resolution imposing new sanctions on North Korea or Russia on or before 2024-03-31. NO otherwise.",
      deadline: "2024-03-31",
      tags: ["sanctions", "arms"],
      outcome: {
        value: "NO",
        resolvedAt: "2024-03-31",
        note: "No new Security Council sanctions were adopted against either country. On 28 March 2024 Russia vetoed the resolution renewing the Panel of Experts that monitored sanctions on North Korea; the panel's mandate ended on 30 April 2024.",
      },
    },
    {
      id: "q-2023-technology-on-agenda",
      title: "Will Russian help with North Korea's military or space technology be on the agenda of the September 2023 summit?",
      criteria:
        "YES if either leader or government indicates, during or right after the summit (by 2023-09-30), that Russian help with North Korea's satellite, missile or other military technology was discussed. NO otherwise.",
      deadline: "2023-09-30",
      tags: ["summit-2023", "technology", "space"],
      outcome: {
        value: "YES",
        resolvedAt: "2023-09-13",
        note: 'At the Vostochny Cosmodrome on 13 September 2023, asked whether Russia would help North Korea build satellites, Putin said: "That\'s why we came here."',
      },
    },
    {
      id: "q-2023-russian-technical-help",
      title: "Will Russia give North Korea technical help with its weapons or satellite programmes by 31 December 2023?",
      criteria:
        "YES if, by 2023-12-31, the South Korean, US or Japanese government states that Russia has given North Korea technical help for weapons development or satellite launches. NO otherwise.",
      deadline: "2023-12-31",
      tags: ["technology", "space", "military"],
      outcome: {
        value: "YES",
        resolvedAt: "2023-11-21",
        note: "North Korea put its Malligyong-1 reconnaissance satellite into orbit on 21 November 2023, after failed launches in May and August 2023; South Korean officials said Russia had likely given technical help (reported; not confirmed by Moscow or Pyongyang).",
      },
    },
    {
      id: "q-russia-supports-nuclear-missile-programme",
      title: "Will Russia directly support North Korea's nuclear-weapons or missile programme by 31 December 2024?",
      criteria:
        "YES if, by 2024-12-31, a government or the UN Panel of Experts states with evidence that Russia has supplied technology, equipment or parts for North Korea's nuclear weapons or ballistic missiles. Help with satellite launches alone does not count. NO otherwise.",
      deadline: "2024-12-31",
      tags: ["technology", "military"],
    },
    {
      id: "q-2023-food-energy-on-agenda",
      title: "Will food and energy supplies to North Korea be on the agenda of the September 2023 summit?",
      criteria:
        "YES if either government's account of the summit, or credible reporting of it by 2023-09-30, says that Russian food or energy supplies to North Korea were discussed. NO otherwise.",
      deadline: "2023-09-30",
      tags: ["summit-2023", "economy"],
    },
    {
      id: "q-2023-workers-discussed",
      title: "Will sending North Korean workers to Russia be discussed at the September 2023 summit?",
      criteria:
        "YES if either government's account of the summit, or credible reporting of it by 2023-09-30, says that the dispatch of North Korean workers to Russia was discussed. NO otherwise.",
      deadline: "2023-09-30",
      tags: ["summit-2023", "labour", "sanctions"],
    },
    {
      id: "q-2024-labour-tourism-culture-key-topics",
      title: "Will North Korean workers, tourism or culture be key topics of the June 2024 Putin–Kim summit?",
      criteria:
        "YES if the summit's documents or either side's account of it give labour dispatch, tourism or cultural exchange a prominent place. NO otherwise.",
      deadline: "2024-06-30",
      tags: ["summit-2024", "labour"],
    },
    {
      id: "q-cyber-cooperation-agreed",
      title: "Will North Korea and Russia agree to expand cyber cooperation or to send North Korean IT workers to Russia by 31 December 2024?",
      criteria: "YES if either government, or the US or South Korean government, states by 2024-12-31 that such an agreement was made. NO otherwise.",
      deadline: "2024-12-31",
      tags: ["cyber", "labour"],
    },
    {
      id: "q-trilateral-military-drills",
      title: "Will North Korea, China and Russia hold joint military drills by 31 December 2024?",
      criteria:
        "YES if the armed forces of all three countries take part in one joint exercise on or before 2024-12-31, as announced by any of them. NO otherwise.",
      deadline: "2024-12-31",
      tags: ["military", "china"],
    },
    {
      id: "q-xi-visits-south-korea-2023",
      title: "Will Xi Jinping visit South Korea by 31 December 2023?",
      criteria: "YES if Xi Jinping visits South Korea on or before 2023-12-31. NO otherwise.",
      deadline: "2023-12-31",
      tags: ["diplomacy", "china"],
      outcome: {
        value: "NO",
        resolvedAt: "2023-12-31",
        note: "Xi did not visit South Korea in 2023: his stay for the APEC meeting in Gyeongju (30 October – 1 November 2025) was his first visit to South Korea since 2014.",
      },
    },
    {
      id: "q-xi-visits-south-korea-2025",
      title: "Will Xi Jinping visit South Korea by 31 December 2025?",
      criteria: "YES if Xi Jinping visits South Korea on or before 2025-12-31. NO otherwise.",
      deadline: "2025-12-31",
      tags: ["diplomacy", "china"],
      outcome: {
        value: "YES",
        resolvedAt: "2025-11-01",
        note: "Xi, in South Korea for the APEC meeting in Gyeongju (30 October – 1 November 2025), held a summit with President Lee Jae-myung on 1 November 2025: his first visit to South Korea since 2014.",
      },
    },
    {
      id: "q-trilateral-summit-before-xi-visit",
      title: "Will a South Korea–China–Japan summit take place before Xi Jinping's next visit to South Korea?",
      criteria:
        "YES if South Korea, China and Japan hold a trilateral summit before Xi Jinping next visits South Korea. NO if Xi visits first. Deadline 2025-12-31.",
      deadline: "2025-12-31",
      tags: ["diplomacy", "china"],
      outcome: {
        value: "YES",
        resolvedAt: "2024-05-27",
        note: "South Korea, China and Japan held their first trilateral summit since 2019 in Seoul on 27 May 2024 (China was represented by Premier Li Qiang); Xi's next visit to South Korea came in November 2025.",
      },
    },
    {
      id: "q-2024-mutual-defence-treaty",
      title: "Will Russia and North Korea sign a treaty with a mutual-defence clause by 31 December 2024?",
      criteria:
        "YES if the two countries sign, by 2024-12-31, a treaty obliging each to give military assistance to the other if it is attacked. NO otherwise.",
      deadline: "2024-12-31",
      tags: ["summit-2024", "military"],
      outcome: {
        value: "YES",
        resolvedAt: "2024-06-19",
        note: "In Pyongyang on 19 June 2024 Putin and Kim signed the Treaty on Comprehensive Strategic Partnership. Its Article 4 obliges each side, if the other is in a state of war because of an armed attack, to provide military and other assistance without delay with all means at its disposal. It entered into force on 4 December 2024.",
      },
    },
    {
      id: "q-2024-comprehensive-strategic-partnership",
      title: "Will Russia and North Korea sign a comprehensive strategic partnership agreement during Putin's June 2024 visit?",
      criteria:
        "YES if a document establishing a comprehensive strategic partnership is signed during Putin's visit to North Korea in June 2024. NO otherwise.",
      deadline: "2024-06-30",
      tags: ["summit-2024", "diplomacy"],
      outcome: {
        value: "YES",
        resolvedAt: "2024-06-19",
        note: "Putin and Kim signed the Treaty on Comprehensive Strategic Partnership in Pyongyang on 19 June 2024.",
      },
    },
    {
      id: "q-military-cooperation-beyond-arms",
      title: "Will North Korea–Russia military cooperation go beyond arms sales by 30 June 2025?",
      criteria:
        "YES if, by 2025-06-30, either government acknowledges, or the US or South Korean government states, that North Korean troops have been deployed to Russia or that the two armies have operated together. Arms transfers alone do not count. NO otherwise.",
      deadline: "2025-06-30",
      tags: ["summit-2024", "military"],
      outcome: {
        value: "YES",
        resolvedAt: "2024-10-31",
        note: "South Korean and US intelligence said in October 2024 that North Korean troops had been deployed to Russia; they fought in the Kursk region, and Russia and North Korea publicly acknowledged it in late April 2025. Dated to the end of October 2024, as the day of the first statement is not recorded here.",
      },
    },
    {
      id: "q-2024-putin-at-june-25-events",
      title: "Will Putin attend North Korea's 25 June 2024 Korean War anniversary events?",
      criteria: "YES if Putin is in North Korea for the commemoration of the start of the Korean War on 2024-06-25. NO otherwise.",
      deadline: "2024-06-25",
      tags: ["summit-2024"],
      outcome: {
        value: "NO",
        resolvedAt: "2024-06-25",
        note: "Putin left Pyongyang for Vietnam on 19 June 2024, the day the treaty was signed, and did not attend the 25 June commemoration.",
      },
    },
    {
      id: "q-2024-liberation-tower-wreath",
      title: "Will Putin lay a wreath at the Liberation Tower in Pyongyang during his June 2024 visit?",
      criteria: "YES if Putin lays a wreath at the Liberation Tower during the visit, as shown by either side's state media. NO otherwise.",
      deadline: "2024-06-20",
      tags: ["summit-2024"],
    },
    {
      id: "q-2024-karlov-wreath",
      title: "Will Putin lay a wreath before Andrei Karlov's portrait at the Russian embassy in Pyongyang during his June 2024 visit?",
      criteria:
        "YES if Putin lays a wreath before the portrait of the late ambassador Andrei Karlov at the Russian embassy during the visit, as shown by either side's media. NO otherwise.",
      deadline: "2024-06-20",
      tags: ["summit-2024"],
    },
    {
      id: "q-2024-summit-needs-china-approval",
      title: "Will the decisions of the June 2024 Putin–Kim summit require China's approval?",
      criteria: "YES if it is documented that the summit's decisions were cleared with Beijing beforehand; NO if it is documented that they were not.",
      deadline: "2024-12-31",
      tags: ["summit-2024", "china"],
      outcome: {
        value: "ANNULLED",
        resolvedAt: "2024-12-31",
        note: "Annulled: whether the summit's decisions needed Beijing's approval was never made public, and no public record can settle it.",
      },
    },
    {
      id: "q-2024-secret-summit-decisions",
      title: "Will decisions of the June 2024 Putin–Kim summit that were not announced at the time come to light by 31 December 2025?",
      criteria:
        "YES if, by 2025-12-31, either government acknowledges, or the US or British government states with evidence, that the summit took decisions that were not announced at the time. NO otherwise.",
      deadline: "2025-12-31",
      tags: ["summit-2024", "military"],
    },
    {
      id: "q-2024-space-support-discussed",
      title: "Will support for North Korea's space technology be discussed at the June 2024 summit?",
      criteria:
        "YES if either government's account of the summit, or the documents signed there, mention cooperation on space or satellite technology. NO otherwise.",
      deadline: "2024-06-20",
      tags: ["summit-2024", "space", "technology"],
    },
  ],

  forecasts: [
    // The Dong-A Ilbo, 2023-09-07
    {
      question: "q-2023-summit-on-12-september",
      forecaster: "dong-a-ilbo",
      source: "donga-2023-09-07",
      quote: "the North Korea-Russia summit, which is likely to be held on May 12",
      phrase: "likely",
      note: 'The translation says "May 12": a slip for 12 September, as the article is dated 2023-09-07 and later says the summit "is expected to be held on the 12th". Quoted verbatim.',
    },
    {
      question: "q-2023-food-energy-on-agenda",
      forecaster: "south-korean-government-official-unnamed",
      source: "donga-2023-09-07",
      madeAt: "2023-09-06",
      quote: "If the two leaders meet, weapons, food, and energy will be the key agenda.",
      phrase: "will",
      note: 'A high-ranking official in a telephone interview dated "June 6" by the translation: the 6th of September is meant.',
    },
    {
      question: "q-2023-technology-on-agenda",
      forecaster: "dong-a-ilbo",
      source: "donga-2023-09-07",
      quote: "North Korea, which needs cutting-edge technology for satellites and nuclear submarines, are likely to be on the agenda",
      phrase: "are likely",
    },
    {
      question: "q-2023-technology-on-agenda",
      forecaster: "south-korean-government-official-unnamed",
      source: "donga-2023-09-07",
      quote: "There is a sufficient possibility of a bold technology transfer request.",
      phrase: "sufficient possibility",
    },
    {
      question: "q-2023-summit-held",
      forecaster: "lee-jong-sup",
      source: "donga-2023-09-07",
      madeAt: "2023-09-06",
      quote: "I think there is a possibility of a (North Korea-Russia summit)",
      phrase: "there is a possibility",
      note: 'Said at a parliamentary interpellation "on the 6th".',
    },
    {
      question: "q-2023-russian-technical-help",
      forecaster: "lee-jong-sup",
      source: "donga-2023-09-07",
      madeAt: "2023-09-06",
      quote: "North Korea can receive technical help for developing new weapons",
      phrase: "can",
    },
    {
      question: "q-2023-food-energy-on-agenda",
      forecaster: "dong-a-ilbo",
      source: "donga-2023-09-07",
      quote: "Food and energy exports to North Korea are also expected to be a major agenda item.",
      phrase: "expected to",
    },
    {
      question: "q-2023-workers-discussed",
      forecaster: "south-korean-government-official-unnamed",
      source: "donga-2023-09-07",
      quote:
        "Some in the government predict that the expansion of the dispatch of North Korean workers to Russia will be heavily discussed at the North Korea-Russia summit.",
      phrase: "predict",
    },
    {
      question: "q-2023-workers-discussed",
      forecaster: "dong-a-ilbo",
      source: "donga-2023-09-07",
      quote: "there is a high possibility of discussing the dispatch of workers",
      phrase: "high possibility",
    },
    {
      question: "q-cyber-cooperation-agreed",
      forecaster: "south-korean-government-official-unnamed",
      source: "donga-2023-09-07",
      quote:
        "We are paying attention as the two countries may agree to increase cyber information exchange and dispatch North Korean IT personnel to Russia in the wake of the summit.",
      phrase: "may",
    },

    // The Hankyoreh, 2023-09-11
    {
      question: "q-2023-summit-in-vladivostok",
      forecaster: "hankyoreh",
      source: "hani-2023-09-11",
      quote:
        "a summit between North Korean leader Kim Jong-un and Russian President Vladimir Putin is likely to take place during the Eastern Economic Forum in Vladivostok",
      phrase: "is likely to",
      note: 'The article reports these as "projections" and takes them up in its own headline.',
    },
    {
      question: "q-2023-food-energy-on-agenda",
      forecaster: "experts-cited-by-the-hankyoreh-unnamed",
      source: "hani-2023-09-11",
      quote: "experts are estimating that the meeting’s main agenda may include potential arms deals and joint military exercises, as well as energy and food",
      phrase: "may",
    },
    {
      question: "q-2023-arms-transfer",
      forecaster: "new-york-times",
      source: "hani-2023-09-11",
      madeAt: "2023-09-04",
      quote: "Pyongyang may demand technology for satellites and nuclear-powered submarines from Moscow in return for providing artillery shells",
      phrase: "may",
      note: 'Reported by the Hankyoreh: "predicted on Sept. 4".',
    },
    {
      question: "q-2023-technology-on-agenda",
      forecaster: "new-york-times",
      source: "hani-2023-09-11",
      madeAt: "2023-09-04",
      quote:
        "it is highly likely that North Korea will ask for technology related to the atmospheric reentry of intercontinental ballistic missiles, reconnaissance satellites and nuclear-powered submarines from Russia in return for supplying artillery shells",
      phrase: "highly likely",
      note: "The same New York Times report of Sept. 4, as the Hankyoreh's preceding paragraph dates it.",
    },
    {
      question: "q-2024-new-un-sanctions",
      forecaster: "hankyoreh",
      source: "hani-2023-09-11",
      quote: "sanctions against the two countries will be all but impossible to impose even if the deal occurs, as Russia is a permanent member of the UNSC",
      phrase: "all but impossible",
    },
    {
      question: "q-russia-supports-nuclear-missile-programme",
      forecaster: "experts-cited-by-the-hankyoreh-unnamed",
      source: "hani-2023-09-11",
      quote:
        "Some say it is unlikely that Russia will hand over advanced technology, equipment and parts concerning nuclear weapons and missiles to North Korea.",
      phrase: "unlikely",
    },
    {
      question: "q-russia-supports-nuclear-missile-programme",
      forecaster: "institute-for-national-security-strategy",
      source: "hani-2023-09-11",
      madeAt: "2023-09-08",
      quote: "the likelihood of the country directly supporting North Korea’s nuclear weapons and missiles program in the short term is insignificant",
      phrase: "insignificant",
      note: 'From a report released "on Friday" before the Monday article.',
    },
    {
      question: "q-2023-arms-transfer",
      forecaster: "kim-dong-yub",
      source: "hani-2023-09-11",
      quote: "If a summit between the two countries occurs, North Korea may provide conventional weapons like ammunition and shells to Russia.",
      phrase: "may",
    },
    {
      question: "q-2023-russian-technical-help",
      forecaster: "kim-dong-yub",
      source: "hani-2023-09-11",
      quote: "But Russia may be reluctant to transfer cutting-edge technology related to military science.",
      phrase: "may be reluctant",
      refersTo: "NO",
    },
    {
      question: "q-2023-food-energy-on-agenda",
      forecaster: "kim-dong-yub",
      source: "hani-2023-09-11",
      quote: "The provision of technology for fighter planes — which North Korea requires — as well as food and energy supplies may be discussed.",
      phrase: "may",
    },
    {
      question: "q-trilateral-military-drills",
      forecaster: "kim-dong-yub",
      source: "hani-2023-09-11",
      quote: "Furthermore, if talks continue on, joint military drills among North Korea, China and Russia may take place.",
      phrase: "may",
    },
    {
      question: "q-2023-summit-announced-late",
      forecaster: "hankyoreh",
      source: "hani-2023-09-11",
      quote: "North Korea is likely to officially confirm or announce its summit with Russia just before the event takes place.",
      phrase: "is likely to",
    },
    {
      question: "q-2023-summit-held",
      forecaster: "john-everard",
      source: "hani-2023-09-11",
      madeAt: "2023-09-09",
      quote: "Kim Jong-un is obsessed with his own security, and now that the story is out, I suspect there will be hesitations about the summit.",
      phrase: "I suspect",
      refersTo: "NO",
      note: 'Interview with Voice of America "on Saturday". The hesitations he expects speak against the summit going ahead.',
    },
    {
      question: "q-2023-summit-held",
      forecaster: "park-byung-hwan",
      source: "hani-2023-09-11",
      quote: "A [North Korea-Russia] summit wouldn’t be anything to be surprised of",
      phrase: "wouldn’t be anything to be surprised of",
    },

    // Daily NK, written before 2024-06-18
    {
      question: "q-2024-liberation-tower-wreath",
      forecaster: "daily-nk-columnist-unnamed",
      source: "dailynk-2024-06-21",
      madeAt: "2024-06-17",
      quote: "When Putin visits North Korea, he is likely to lay a wreath at the Liberation Tower in Pyongyang.",
      phrase: "is likely to",
      note: DAILY_NK_WRITTEN,
    },
    {
      question: "q-2024-karlov-wreath",
      forecaster: "daily-nk-columnist-unnamed",
      source: "dailynk-2024-06-21",
      madeAt: "2024-06-17",
      quote:
        "Putin and Aleksandr Matsegora, Russia’s ambassador to North Korea, are also expected to lay wreaths before the portrait of Andrei Karlov at the Russian embassy.",
      phrase: "expected to",
      note: DAILY_NK_WRITTEN,
    },
    {
      question: "q-2024-putin-at-june-25-events",
      forecaster: "daily-nk-columnist-unnamed",
      source: "dailynk-2024-06-21",
      madeAt: "2024-06-17",
      quote: "The North Koreans may even ask Putin to attend the ceremony. We’ll have to wait and see if Putin attends.",
      phrase: "wait and see",
      note: DAILY_NK_WRITTEN,
    },
    {
      question: "q-2024-labour-tourism-culture-key-topics",
      forecaster: "daily-nk-columnist-unnamed",
      source: "dailynk-2024-06-21",
      madeAt: "2024-06-17",
      quote: "North Korean overseas workers, tourism and cultural initiatives are unlikely to be key topics at the summit.",
      phrase: "unlikely",
      note: DAILY_NK_WRITTEN,
    },
    {
      question: "q-2024-mutual-defence-treaty",
      forecaster: "daily-nk-columnist-unnamed",
      source: "dailynk-2024-06-21",
      madeAt: "2024-06-17",
      quote: "there seems to be little chance that Russia and North Korea will form a military alliance",
      phrase: "little chance",
      note: DAILY_NK_WRITTEN,
    },
    {
      question: "q-2024-summit-needs-china-approval",
      forecaster: "daily-nk-columnist-unnamed",
      source: "dailynk-2024-06-21",
      madeAt: "2024-06-17",
      quote: "the decisions that will be made at the Kim-Putin summit will almost certainly require China’s approval",
      phrase: "almost certainly",
      note: DAILY_NK_WRITTEN,
    },
    {
      question: "q-2024-secret-summit-decisions",
      forecaster: "daily-nk-columnist-unnamed",
      source: "dailynk-2024-06-21",
      madeAt: "2024-06-17",
      quote: "some of the decisions made at the summit may be kept secret",
      phrase: "may",
      note: DAILY_NK_WRITTEN,
    },

    // The Hankyoreh, 2023-09-12
    {
      question: "q-2023-summit-in-vladivostok",
      forecaster: "hankyoreh",
      source: "hani-2023-09-12",
      quote:
        "Kim’s private train, which departed Pyongyang Sunday afternoon, is expected to pass through the border town of Khasan, Primorsky Krai, before arriving in Vladivostok on Tuesday.",
      phrase: "is expected to",
      note: 'The article has Kim "headed to the Far Eastern city once again ... for a second summit": Vladivostok.',
    },
    {
      question: "q-2023-arms-transfer",
      forecaster: "wi-sung-lac",
      source: "hani-2023-09-12",
      quote: "The chances of North Korea selling weapons to Russia in return for receiving food and energy supplies are high",
      phrase: "chances … are high",
    },
    {
      question: "q-2023-arms-deal-kept-secret",
      forecaster: "wi-sung-lac",
      source: "hani-2023-09-12",
      quote: "Nevertheless, as that would violate UN sanctions, [North Korea and Russia] will make a secret deal for their benefit.",
      phrase: "will",
    },
    {
      question: "q-2023-arms-transfer",
      forecaster: "jeh-sung-hoon",
      source: "hani-2023-09-12",
      quote: "The likelihood of Russia ignoring UN Security Council sanctions and risking an arms deal with North Korea seems low",
      phrase: "seems low",
    },
    {
      question: "q-2023-food-energy-on-agenda",
      forecaster: "jeh-sung-hoon",
      source: "hani-2023-09-12",
      quote: "Instead, economic issues will likely be discussed.",
      phrase: "will likely",
    },
    {
      question: "q-xi-visits-south-korea-2023",
      forecaster: "cho-tae-yong",
      source: "hani-2023-09-12",
      madeAt: "2023-09-11",
      quote: "Though it may not happen before the end of the year",
      phrase: "may not",
      note: 'Interview with Channel A "on Monday".',
    },
    {
      question: "q-xi-visits-south-korea-2025",
      forecaster: "cho-tae-yong",
      source: "hani-2023-09-12",
      madeAt: "2023-09-11",
      quote: "you could say it’s on the horizon",
      phrase: "on the horizon",
      note: 'Interview with Channel A "on Monday". No date is given for the visit; scored against the end of 2025.',
    },
    {
      question: "q-trilateral-summit-before-xi-visit",
      forecaster: "cho-tae-yong",
      source: "hani-2023-09-12",
      madeAt: "2023-09-11",
      quote: "a trilateral summit would likely precede a visit by Xi to South Korea",
      phrase: "would likely",
      note: 'Reported speech from the same interview with Channel A "on Monday".',
    },

    // The Asia Business Daily, 2024-06-19
    {
      question: "q-2024-comprehensive-strategic-partnership",
      forecaster: "asia-business-daily",
      source: "asiae-2024-06-19",
      quote:
        'Through this meeting, they are expected to sign a "comprehensive strategic partnership" agreement and further elevate the level of military cooperation.',
      phrase: "expected to",
    },
    {
      question: "q-military-cooperation-beyond-arms",
      forecaster: "asia-business-daily",
      source: "asiae-2024-06-19",
      quote:
        'Through this meeting, they are expected to sign a "comprehensive strategic partnership" agreement and further elevate the level of military cooperation.',
      phrase: "expected to",
      note: 'The second half of the sentence: "further elevate the level of military cooperation".',
    },
    {
      question: "q-2024-space-support-discussed",
      forecaster: "asia-business-daily",
      source: "asiae-2024-06-19",
      quote: "there is a greater possibility that plans to support North Korea's space technology development will be discussed in more detail",
      phrase: "greater possibility",
    },
  ],
};
