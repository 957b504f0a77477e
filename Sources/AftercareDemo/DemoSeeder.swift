import AftercareCore
import AftercareStore
import AftercareTemplates
import Foundation
import AftercareInterchange

/// Seeding shared by `seed`, `demo` and `bench`.
public enum DemoSeeder {
    public struct Rate: Sendable {
        public var seconds: Double
        public var ticketsPerSecond: Double
    }

    public static let shopName = "小雨生活馆 Xiaoyu Living"

    /// Seeds an empty store with a demo desk of `tickets` tickets (deterministic for `seed`), the
    /// built-in reply templates and the demo shop's name.
    public static func seed(_ store: any DeskStore, tickets: Int, seed: UInt64, by agent: Agent, now: Date,
                            progress: ((Int) -> Void)?) throws -> Rate {
        try store.installTemplates(BuiltInTemplates.all, by: agent, at: now)
        var settings = try store.refreshSettings()
        if settings.shop.name.isEmpty {
            settings.shop.name = shopName
            try store.saveSettings(settings, expectedVersion: nil, by: agent, at: now)
        }
        let anchor = Date(timeIntervalSince1970: (now.timeIntervalSince1970 / 3600).rounded(.down) * 3600)
        let desk = DemoDesk(seed: seed, ticketCount: tickets, now: anchor, policy: settings.sla, rules: settings.triage,
                            loyalty: settings.loyalty)
        let started = DispatchTime.now()
        var lastReport = 0
        try store.bulkLoad(desk.batches(chunkSize: 20_000), by: agent, at: now) { done in
            guard let progress, done - lastReport >= 50_000 || done == tickets else { return }
            progress(done)
            lastReport = done
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return Rate(seconds: seconds, ticketsPerSecond: Double(tickets) / max(seconds, 1e-9))
    }
}
