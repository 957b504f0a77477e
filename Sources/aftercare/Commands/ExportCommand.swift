import AftercareCore
import AftercareStore
import ArgumentParser
import Foundation
import AftercareInterchange

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the whole desk as JSON Lines (the format `import` reads).",
        discussion: "Export, import into a new store, export again: the two files are identical.")

    @OptionGroup var storeOptions: StoreOptions
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        let store = try storeOptions.open(.readOnly)
        let sink = try LineSink(path: output)
        try store.export { record in
            switch record {
            case let .customer(customer): sink.write(InterchangeWriter.line(for: customer))
            case let .order(order): sink.write(InterchangeWriter.line(for: order))
            case let .ticket(thread, survivor): sink.write(InterchangeWriter.line(for: thread, mergedIntoExternalId: survivor))
            case let .touchpoint(touchpoint): sink.write(InterchangeWriter.line(for: touchpoint))
            }
        }
        try sink.finish()
    }
}

/// Buffered line output to a file or standard output (exports run to millions of lines).
final class LineSink {
    private let handle: FileHandle
    private let ownsHandle: Bool
    private var buffer = Data()

    init(path: String?) throws {
        if let path {
            guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
                throw CLIError(description: "cannot write \(path)", exitCode: ExitCodes.cannotWrite)
            }
            self.handle = handle
            ownsHandle = true
        } else {
            handle = .standardOutput
            ownsHandle = false
        }
        buffer.reserveCapacity(1 << 20)
    }

    func write(_ line: String) {
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
        if buffer.count >= 1 << 20 { flush() }
    }

    func flush() {
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    func finish() throws {
        flush()
        if ownsHandle { try handle.close() }
    }
}
