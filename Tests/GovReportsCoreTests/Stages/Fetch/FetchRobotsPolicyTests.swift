import Foundation
import Testing
@testable import GovReportsCore

/// robots.txt parsing and matching as RFC 9309 describes.
@Suite struct FetchRobotsPolicyTests {
    /// Our own group wins over `*`; longest match decides; Allow wins a tie.
    @Test func picksOwnGroupAndLongestMatch() {
        let text = """
        # comment
        User-agent: *
        Disallow: /

        User-agent: GovReports
        User-agent: other
        Disallow: /private/
        Allow: /private/public/
        Disallow: /tie
        Allow: /tie
        Crawl-delay: 2
        """
        let policy = RobotsPolicy(parsing: text, agent: "govreports")
        #expect(policy.allows("/reports/2022.html"))
        #expect(!policy.allows("/private/a.html"))
        #expect(policy.allows("/private/public/a.html"))
        #expect(policy.allows("/tie"))
        #expect(policy.crawlDelay == 2)
        let stranger = RobotsPolicy(parsing: text, agent: "somebot")
        #expect(!stranger.allows("/reports/2022.html"))
    }

    /// `*` wildcards and `$` anchors; an empty Disallow allows everything.
    @Test func matchesWildcardsAndAnchors() {
        let policy = RobotsPolicy(parsing: "User-agent: *\nDisallow: /*.pdf$\nDisallow: /search?*q=\nDisallow:\n", agent: "govreports")
        #expect(!policy.allows("/files/report.pdf"))
        #expect(policy.allows("/files/report.pdf.html"))
        #expect(!policy.allows("/search?x=1&q=law"))
        #expect(policy.allows("/search"))
        #expect(RobotsPolicy(parsing: "User-agent: *\nDisallow:\n", agent: "govreports").allows("/anything"))
    }

    /// A pattern written in Chinese matches the percent-encoded URL path.
    @Test func matchesNonASCIIPatterns() throws {
        let policy = RobotsPolicy(parsing: "User-agent: *\nDisallow: /公开/\n", agent: "govreports")
        let url = try #require(URL(string: "http://x.gov.cn/%E5%85%AC%E5%BC%80/a.html"))
        #expect(!policy.allows(RobotsPolicy.path(of: url)))
        #expect(policy.allows("/other/a.html"))
    }

    /// An unreadable robots.txt disallows everything; no robots.txt allows everything.
    @Test func unavailableDisallowsAll() {
        #expect(!RobotsPolicy.disallowAll(reason: "HTTP 503").allows("/"))
        #expect(RobotsPolicy.allowAll.allows("/x"))
    }

    /// The agent token is the User-Agent's product name.
    @Test func agentTokenIsProductName() {
        #expect(HTTPFetcher(config: FetchConfig()).agentToken == "govreports")
    }
}
