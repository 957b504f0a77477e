import AftercareCore
import AftercareStore
import AftercareTemplates
import ArgumentParser
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create an empty store (with the built-in reply templates), or check an existing one.")

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let existed = FileManager.default.fileExists(atPath: storeOptions.path)
        let store = try storeOptions.open(.createIfMissing)
        try store.installTemplates(BuiltInTemplates.all, by: AgentIdentity.current(), at: Clock.now())
        Output.line(existed ? "store ready: \(store.location) (already existed)" : "created store: \(store.location)")
    }
}
