import AftercareCore
import Foundation
import TerminalKit

/// The console's only state transition: pure and total. Returns the effects to run.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    []
}
