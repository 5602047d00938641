package terms

import "strings"

// Common reports whether the stem s is of a word so common in English
// news that sharing it says little about sharing a story.
func Common(s string) bool {
	return common[s]
}

var common = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`man woman men women people person child children boy girl family friend
	home house city country world state government official officials police president minister
	leader group company firm business market money million billion thousand hundred percent
	time year day week month today yesterday tomorrow night morning life death way thing
	part place case point fact number end hand head side story report news video photo picture
	image show shows showed find found look looks looking help call calls called ask asked tell
	told say make made take took come came go went get got give gave know knew think thought
	want wanted use used work worked try tried leave left put keep kept let begin began seem
	seemed turn turned start started move moved live lived believe believed bring brought happen
	happened write wrote provide provided sit stand lose lost pay paid meet met include included
	continue set learn change lead understand watch follow stop create speak read allow add spend
	grow open walk win offer remember love consider appear buy wait serve die send expect build
	stay fall cut reach kill remain suggest raise pass sell require decide pull return explain
	hope develop carry break receive agree support hit produce eat cover catch draw choose cause
	claim claims plan plans face faces reveal revealed share shared post posted release released
	big small large great good bad high low long short old young new little own other right left
	early late hard major real best better top free full sure clear whole true able possible
	local national international public private social political economic military human
	first second third last next final former recent current several many much more most
	two three four five six seven eight nine ten dozen
	american british us uk america europe european world online internet social media web site
	twitter facebook youtube instagram phone tv television film show star fan fans
	school university student students law court judge case war attack security force forces
	country countries area areas region team game games player season club`) {
		m[Stem(w)] = true
	}
	return m
}()
