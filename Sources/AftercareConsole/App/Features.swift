/// Every feature of the console. A new screen or modal adds its `FeatureCommands` type here; its
/// commands, keys and contexts then reach the keymap, help and the footer.
enum Features {
    static let all: [any FeatureCommands.Type] = [
        SessionCommands.self,
        FocusCommands.self,
        InboxCommands.self,
        SearchCommands.self,
        TicketCommands.self,
        TicketActionCommands.self,
        ComposeCommands.self,
        TemplatePickerCommands.self,
        CommandLineCommands.self,
        HelpCommands.self,
        ConfirmCommands.self,
        MenuCommands.self,
    ]
}
