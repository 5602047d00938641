package extract

import (
	"reflect"
	"testing"
)

func TestThreadStarterFromForumMarkup(t *testing.T) {
	cases := []struct {
		file, url string
		want      []string
	}{
		// phpBB: no structured author; the first post's user name links
		// to the member's profile.
		{"wcxb-0535-phpbb.html", "https://forums.raspberrypi.com/viewtopic.php?t=361697", []string{"b.scherer"}},
		// XenForo: the replies carry microdata authors, the opening post
		// none; the title's "Thread starter" names its member.
		// MyBB: the post's author box runs the member's name and title
		// together ("StarredSkies Big Board Owner"); the profile link
		// holds the name alone.
		{"wcxb-0558-mybb.html", "https://community.mybb.com/thread-222085.html", []string{"StarredSkies"}},
		{"wcxb-4320-xenforo.html", "https://festoolownersgroup.com/threads/looking-for-beginner-woodworking-projects-that-reinforce-fundamentals.73409/", []string{"sean_g"}},
	}
	for _, c := range cases {
		a := metaFixture(t, c.file, c.url)
		if !reflect.DeepEqual(a.Authors, c.want) {
			t.Errorf("%s: authors %#v, want %#v", c.file, a.Authors, c.want)
		}
	}
}

func TestMemberLinks(t *testing.T) {
	cases := []struct {
		href, text string
		want       bool
	}{
		{"/members/samuelmiz.3009205/", "SamuelMIz", true},
		{"./memberlist.php?mode=viewprofile&u=421190&sid=0311f1", "b.scherer", true},
		{"member.php?s=e3c946&u=224387", "microfast", true},
		{"https://www.simplemachines.org/community/index.php?action=profile;u=261870", "Biology Forums", true},
		{"https://community.mybb.com/user-126792.html", "StarredSkies", true},
		{"/u/dessalines", "Dessalines", true},
		{"/~scvalex", "scvalex", true},
		{"/u/211884/Travis-Johnson", "Travis Johnson", true},
		// Forms and pages that are no member's.
		{"https://app.manifest.ly/users/sign_up", "Get started today", false},
		{"https://www.ikea.com/us/en/profile/signup/family/", "Join today", false},
		{"https://dev.gentoo.org/~zmedico/portage/doc", "Official documentation", false},
		{"./memberlist.php?mode=team", "The team", false},
		{"member.php?action=login", "Login", false},
	}
	for _, c := range cases {
		if _, got := memberHref(c.href, c.text); got != c.want {
			t.Errorf("memberHref(%q, %q) = %v, want %v", c.href, c.text, got, c.want)
		}
	}
}
