package decode

import (
	"sync"

	"golang.org/x/text/encoding/korean"
)

// Frequent characters: a reading that lands on them is far more likely to
// be right than one that scatters over the rarer parts of a character set.
// The lists hold the most common Han characters of Chinese in simplified
// and traditional form and of Japanese, and the most common Hangul
// syllables; they need not be exact, only frequent.
const (
	hanSimplified  = "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值"
	hanTraditional = "這個們來為國時說會對發後裡經麼學現當沒動還進樣理開從實軍與長機無關點業將兩間問應戰頭體見產新製產給門內東聲員義處條氣題爾別變總電數報結場計區隊書則聽卻達強難權設記類據邊張該規萬覺術領確傳師觀讓識帶導爭運飛風聯組濟車親極辦議證轉準單遠羅愛擊備連調質團價黨華級離況亞請際約復線斷滿視須增寫稱功嗎歷醫專費號盡較語僅隨選紅響雖勢參眾構節劃敵陳態護興驗責營夠嚴續講終緊黃絕織鬥雙紀採舉殺蘇訴細願錢網熱屬職樂剛狀獨彈創錯試腦預誰陽繼驚傷藥險述陸習勞財環納歡獲雲龍樹層衝範漢簡擔靜積餘檢靈協佔揮勝階審堅媽劉讀壓銀買養懷執亂幫歲優鐵稅藝陣腳惡塊頓島戶評寶釋顧貨換聞壞討麗監臨舊錄葉鄉禮婦歸飯額順輸搖脫補謂療澤滅筆鮮詞聖擇尋廠諾倫奧賣載陰園謀榮孫頂鎮練爺館礎寧紙諸訓莊絲戲隱訪軟薩臺灣於裏著"
	hanJapanese    = "日本人年大中出見国上分生行二間事思時気会十家女三前方入小地合後目長場代私下立部学物月田何来彼話体動社知理山内同心発高実作当新世今書度明五戦力名金性対意用男主通関文屋感郎業定政持道外取所現円様県市区町村駅都府選挙問題経済営総価広図応転続読売込働話語員員聞東京株式会社情報新聞記者写真動画番組首相内閣議院党選挙警察事件裁判"
	hangulCommon   = "이다는의에을고하가로지기서한도를사어리나은자대정인수아시일적들있전게해으구부주제보우니상성면국과라만여동원소장경관문생것화위신개요스공내계행비연까방그물중세발분히되마학실었저당조결트데와했드무말선유르미안회치통모교간산음할였업명오본식월않용별입영재법후점또거없때체람러진터및며금년날력출운반민단합초현외차역표특예심강호토최종청작근준군권북남녀노변번된될던았겠야죠네께님씨등"
)

var topHan, topHangul = runeSet(hanSimplified + hanTraditional + hanJapanese), runeSet(hangulCommon)

func runeSet(s string) map[rune]bool {
	m := make(map[rune]bool, len(s)/3)
	for _, r := range s {
		m[r] = true
	}
	return m
}

// ksHangul returns the 2,350 Hangul syllables of KS X 1001, the ones
// everyday Korean uses, by decoding their EUC-KR codes once.
var ksHangul = sync.OnceValue(func() map[rune]bool {
	var b []byte
	for lead := 0xb0; lead <= 0xc8; lead++ {
		for trail := 0xa1; trail <= 0xfe; trail++ {
			b = append(b, byte(lead), byte(trail))
		}
	}
	out, _ := korean.EUCKR.NewDecoder().Bytes(b)
	m := make(map[rune]bool, 2350)
	for _, r := range string(out) {
		if 0xac00 <= r && r <= 0xd7a3 {
			m[r] = true
		}
	}
	return m
})
