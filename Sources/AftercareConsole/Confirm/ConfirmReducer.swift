/// The question's part of `reduce`: the answer goes to the feature that asked.
extension AppState {
    mutating func answer(_ yes: Bool) -> [Effect] {
        guard case let .confirm(question) = modal else { return [] }
        modal = nil
        switch question.action {
        case let .restoreDraft(draft): return answerRestoreDraft(draft, yes: yes)
        case .discardCompose: return answerDiscardCompose(yes: yes)
        case .sendAnyway: return answerSendAnyway(yes: yes)
        }
    }
}
