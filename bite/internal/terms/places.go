package terms

import "strings"

// Place reports whether w (as written) is the name of a country or of a
// large or well-known city: a word that, first in a headline, is still a
// name ("Nice", "Reading", "Mobile").
func Place(w string) bool {
	return places[strings.ToLower(w)]
}

var places = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Split(`afghanistan,albania,algeria,angola,argentina,armenia,australia,austria,azerbaijan,
	bahrain,bangladesh,belarus,belgium,bolivia,bosnia,brazil,bulgaria,burma,cambodia,cameroon,canada,chad,chile,
	china,colombia,congo,croatia,cuba,cyprus,czechia,denmark,ecuador,egypt,eritrea,estonia,ethiopia,finland,
	france,georgia,germany,ghana,greece,guatemala,haiti,honduras,hungary,iceland,india,indonesia,iran,iraq,
	ireland,israel,italy,jamaica,japan,jordan,kazakhstan,kenya,korea,kosovo,kuwait,laos,latvia,lebanon,libya,
	lithuania,luxembourg,madagascar,malawi,malaysia,mali,malta,mexico,moldova,mongolia,montenegro,morocco,
	mozambique,myanmar,namibia,nepal,netherlands,holland,nicaragua,niger,nigeria,norway,oman,pakistan,palestine,
	panama,paraguay,peru,philippines,poland,portugal,qatar,romania,russia,rwanda,scotland,wales,england,
	senegal,serbia,singapore,slovakia,slovenia,somalia,spain,sudan,sweden,switzerland,syria,taiwan,tanzania,
	thailand,tunisia,turkey,uganda,ukraine,uruguay,uzbekistan,venezuela,vietnam,yemen,zambia,zimbabwe,
	africa,asia,europe,america,antarctica,gaza,crimea,kashmir,tibet,chechnya,kurdistan,
	london,paris,berlin,madrid,rome,milan,naples,turin,venice,florence,lisbon,porto,barcelona,seville,valencia,
	nice,marseille,lyon,toulouse,bordeaux,lille,strasbourg,nantes,cannes,calais,brussels,antwerp,amsterdam,
	rotterdam,hague,munich,hamburg,frankfurt,cologne,stuttgart,dresden,leipzig,vienna,zurich,geneva,bern,
	basel,prague,warsaw,krakow,budapest,bucharest,sofia,athens,belgrade,zagreb,sarajevo,dublin,belfast,
	edinburgh,glasgow,manchester,liverpool,birmingham,leeds,bristol,cardiff,newcastle,sheffield,oxford,
	cambridge,reading,brighton,copenhagen,stockholm,oslo,helsinki,reykjavik,moscow,petersburg,kiev,kyiv,
	minsk,istanbul,ankara,tehran,baghdad,mosul,damascus,aleppo,beirut,amman,jerusalem,ramallah,riyadh,
	jeddah,mecca,dubai,doha,cairo,alexandria,tripoli,benghazi,tunis,algiers,casablanca,lagos,abuja,nairobi,
	mogadishu,khartoum,addis,johannesburg,pretoria,durban,kabul,kandahar,islamabad,karachi,lahore,delhi,
	mumbai,kolkata,chennai,bangalore,dhaka,colombo,kathmandu,beijing,shanghai,hong,shenzhen,guangzhou,
	wuhan,taipei,tokyo,osaka,kyoto,hiroshima,seoul,pyongyang,manila,jakarta,bali,bangkok,hanoi,saigon,
	sydney,melbourne,brisbane,perth,adelaide,canberra,auckland,wellington,toronto,montreal,vancouver,ottawa,
	quebec,calgary,washington,york,chicago,boston,philadelphia,atlanta,miami,orlando,tampa,dallas,houston,
	austin,denver,phoenix,vegas,seattle,portland,angeles,francisco,diego,detroit,cleveland,baltimore,
	ferguson,texas,california,florida,ohio,virginia,alaska,hawaii,nevada,arizona,utah,oregon,michigan,
	havana,caracas,bogota,lima,quito,santiago,buenos,aires,montevideo,rio,sao,brasilia,mexico,acapulco,
	tijuana,kobane,raqqa,fallujah,ramadi,tikrit,kirkuk,erbil,sinai,benghazi,donetsk,luhansk,sevastopol`, ",") {
		if w = strings.TrimSpace(w); w != "" {
			m[w] = true
		}
	}
	return m
}()
