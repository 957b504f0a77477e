@testable import AftercareConsole
import AftercareCore
import Foundation
import TerminalKit
import Testing

/// The features' declarations add up: every command and key context has one owner, every default
/// key is declared by the feature it belongs to, and no default key does nothing without saying why.
@Suite struct FeatureCommandsTests {
    static func owners(of command: Command) -> [String] {
        Features.all.filter { $0.commands.contains { $0.command == command } }.map { "\($0)" }
    }

    @Test func everyCommandHasADescriptionAndExactlyOneOwner() {
        for command in Command.allCases {
            #expect(Self.owners(of: command).count == 1, "\(command.rawValue) is declared by \(Self.owners(of: command))")
            #expect(!command.description.isEmpty, "\(command.rawValue)")
        }
        let declared = Features.all.flatMap { $0.commands.map(\.command) }
        #expect(declared.count == Command.allCases.count)
    }

    @Test func everyKeyContextHasExactlyOneOwnerAndATitle() {
        for context in KeyContext.allCases {
            let owners = Features.all.filter { $0.keyContexts.contains { $0.context == context } }
            #expect(owners.count == 1, "\(context.rawValue) is declared by \(owners)")
            #expect(!context.title.isEmpty)
        }
    }

    /// A feature binds keys in its own contexts, and in `global` only for its own commands: so a
    /// feature's folder says everything about its keys.
    @Test func eachFeatureDeclaresOnlyItsOwnKeys() {
        for feature in Features.all {
            for (context, key, command) in feature.defaultKeys {
                let owner = context == .global ? command.owner : context.owner
                #expect(ObjectIdentifier(owner) == ObjectIdentifier(feature), "\(feature) binds \(key) to \(command.rawValue) in \(context.rawValue), which \(owner) owns")
            }
        }
    }

    /// Pressing any default key, in a state where its context has the focus, either does something
    /// (changes the state or asks for an effect) or says in the status line why it can't.
    @Test(arguments: KeyContext.allCases.filter { $0 != .global })
    func everyDefaultKeyIsEnabledOrExplained(context: KeyContext) throws {
        let map = KeyMap.defaults
        for (key, command) in map.bindings(for: context) {
            var state = Self.state(focusedOn: context)
            #expect(state.keyContext == context)
            let before = state
            let reason = command.disabledReason(in: state)
            let effects = reduce(&state, .input(.key(key)))
            let what = "\(context.rawValue): \(key.name) (\(command.rawValue))"
            if let reason {
                #expect(state.status == StatusLine("\(command.description): \(reason)", kind: .error), "\(what)")
            } else {
                #expect(state != before || !effects.isEmpty, "\(what) does nothing and says nothing")
            }
        }
    }

    /// A state focused on `context` in which its keys have something to act on: rows above and
    /// below the highlight, a thread scrolled half way, text around the cursor, an undo to make.
    static func state(focusedOn context: KeyContext) -> AppState {
        var state = Fixture.inboxState(rows: 5)
        state.inbox.selected = 2
        state.lastChange = UndoableChange(
            label: "assigned to lin", batch: 1, entries: [.init(ticketId: 3, inverse: [.assign(nil)], versionAfter: 1)])
        switch context {
        case .global, .inbox:
            state.inbox.bulk = [5]
        case .search:
            state.inbox.search.setText("abc")
            state.inbox.search.move(to: TextPosition(line: 0, column: 1))
            state.modal = .search
        case .commandLine:
            var line = TextEditor(text: "ab cd", singleLine: true)
            line.move(to: TextPosition(line: 0, column: 2))
            state.modal = .commandLine(line)
        case .help:
            state.modal = .help(scroll: 3)
        case .menu:
            state.modal = .menu(MenuState.status(current: nil))
            _ = reduce(&state, .input(.key(.char("j"))))
            _ = reduce(&state, .input(.key(.char("j"))))
        case .thread, .history, .compose, .templatePicker, .confirm:
            state = ticketState(focusedOn: context)
        }
        return state
    }

    static func ticketState(focusedOn context: KeyContext) -> AppState {
        var state = Fixture.ticketState()
        state.lastChange = UndoableChange(
            label: "assigned to lin", batch: 1, entries: [.init(ticketId: 1, inverse: [.assign(nil)], versionAfter: 1)])
        var detail = Fixture.detailWithLongThread()
        detail.otherTickets = [40, 41, 42].map { Fixture.summary(Fixture.ticket($0)) }
        _ = reduce(&state, .detailLoaded(ticketId: 1, .success(detail)))
        state.ticket?.threadScroll = 10
        state.ticket?.scrolledToEnd = false
        switch context {
        case .history:
            state.ticket?.pane = .history
            state.ticket?.historySelected = 1
            state.ticket?.historyScroll = 5
        case .compose, .confirm:
            var compose = ComposeState(ticketId: 1, kind: .reply, text: "one\ntwo\nthree")
            compose.editor.move(to: TextPosition(line: 1, column: 1))
            state.compose = compose
            state.modal = .compose
            if context == .confirm { _ = reduce(&state, .command(.discardCompose)) }
        case .templatePicker:
            _ = reduce(&state, .command(.templatePicker))
            guard case var .templatePicker(picker) = state.modal else { return state }
            picker.query.setText("e")
            picker.selected = 1
            state.modal = .templatePicker(picker)
            state.refreshPickerPreview()
        default:
            break
        }
        return state
    }
}
