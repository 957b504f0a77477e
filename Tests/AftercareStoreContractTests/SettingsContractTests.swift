import AftercareCore
import AftercareStore
import Foundation
import StoreTestSupport
import Testing

/// The desk settings in every store: one set for the whole desk, versioned, audited, and every
/// write computing with the current version.
@Suite struct SettingsContractTests {
    let now = StoreFixtures.now

    static func losAngeles() throws -> DeskSettings {
        var settings = DeskSettings.standard
        let day = try DayHours(parsing: "09:00-18:00")
        settings.calendar = CalendarSettings(
            timeZoneIdentifier: "America/Los_Angeles", preset: .none,
            hours: [.monday: day, .tuesday: day, .wednesday: day, .thursday: day, .friday: day],
            holidays: [LocalDate(parsing: "2026-12-25")!])
        return settings
    }

    @Test(arguments: StoreKind.allCases) func aNewStoreRunsOnTheDefaults(_ kind: StoreKind) throws {
        let store = try kind.make()
        #expect(try store.refreshSettings() == .standard)
        #expect(try store.settingsVersion() == 1)
    }

    @Test(arguments: StoreKind.allCases) func savingWritesAVersionWithAnAuditRowPerKey(_ kind: StoreKind) throws {
        let store = try kind.make()
        var settings = try store.refreshSettings()
        settings.shop.name = "岭上户外 Ridge"
        settings.serviceLevels.targets[.urgent]?.firstResponseSeconds = 1800
        let saved = try store.saveSettings(settings, expectedVersion: 1, by: StoreFixtures.lina, at: now)
        let revision = try #require(saved.revision)
        #expect(revision.version == 2)
        #expect(revision.changes.map(\.key) == ["shop.name", "sla.urgent.first_response"])
        #expect(revision.changes[1] == SettingsChange(key: "sla.urgent.first_response", old: "\"1h\"", new: "\"30m\""))
        #expect(try store.settingsHistory(limit: 5).map(\.version) == [2, 1])
        #expect(try store.settingsHistory(limit: 1).first?.agent == "lina")
        #expect(try store.refreshSettings() == settings)
        // The same settings again: no new version.
        #expect(try store.saveSettings(settings, expectedVersion: 2, by: StoreFixtures.lina, at: now).revision == nil)
        #expect(try store.settingsVersion() == 2)
    }

    @Test(arguments: StoreKind.allCases) func aStaleSaveIsAConflictNamingWhoSavedFirst(_ kind: StoreKind) throws {
        let store = try kind.make()
        var mine = try store.refreshSettings()
        var theirs = mine
        theirs.shop.currency = "USD"
        try store.saveSettings(theirs, expectedVersion: 1, by: StoreFixtures.wei, at: now)
        mine.shop.name = "mine"
        #expect(throws: StoreError.settingsConflict(expected: 1, actual: 2, changedBy: "wei", changedAt: now)) {
            try store.saveSettings(mine, expectedVersion: 1, by: StoreFixtures.lina, at: now)
        }
        #expect(try store.refreshSettings().shop.currency == "USD")
        #expect(try store.refreshSettings().shop.name == "")
    }

    @Test(arguments: StoreKind.allCases) func aNewCalendarReordersEveryActiveTicketAtOnce(_ kind: StoreKind) throws {
        let store = try kind.seeded()
        let before = try store.inboxPage(InboxFilter(), limit: 50, now: now).rows.map(\.id)
        let saved = try store.saveSettings(try Self.losAngeles(), expectedVersion: nil, by: StoreFixtures.lina, at: now)
        #expect(saved.reorderedTickets > 0 && saved.reorderedTickets <= 9)
        let rows = try store.inboxPage(InboxFilter(), limit: 50, now: now).rows
        #expect(Set(rows.map(\.id)) == Set(before))
        // The stored order is the order the new policy gives.
        let policy = try store.refreshSettings().sla
        let running = rows.compactMap { policy.nextDue(for: $0.ticket) }
        #expect(running == running.sorted())
        // And it agrees with what a fresh import under the new settings stores.
        let fresh = try kind.make()
        try fresh.saveSettings(try Self.losAngeles(), expectedVersion: nil, by: StoreFixtures.lina, at: now)
        _ = try fresh.importBatch(StoreFixtures.smallDesk(), by: StoreFixtures.lina, at: now)
        #expect(try fresh.inboxPage(InboxFilter(), limit: 50, now: now).rows.map(\.ticket.externalId) == rows.map(\.ticket.externalId))
    }

    @Test(arguments: StoreKind.allCases) func writesUseTheSettingsAnotherProcessSaved(_ kind: StoreKind) throws {
        let store = try kind.seeded()
        let id = try store.id("T-6")
        try store.saveSettings(try Self.losAngeles(), expectedVersion: nil, by: StoreFixtures.wei, at: now)
        // A reply computes its clocks with the Los Angeles calendar.
        let (ticket, _) = try store.addMessage(.reply, body: "Hi", to: id, by: StoreFixtures.lina, at: now)
        let due = try #require(try store.refreshSettings().sla.resolutionDue(for: ticket))
        var pacific = Calendar(identifier: .gregorian)
        pacific.timeZone = TimeZone(identifier: "America/Los_Angeles")!
        let hour = pacific.component(.hour, from: due)
        #expect((9...18).contains(hour))
        #expect(![1, 7].contains(pacific.component(.weekday, from: due)))
    }
}
