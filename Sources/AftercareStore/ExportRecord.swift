import AftercareCore
import AftercareInterchange
import Foundation

/// One record of an export, in the order the interchange format wants them: customers, orders,
/// tickets with their threads, touchpoints (each in row order, so exports are repeatable).
public enum ExportRecord: Sendable, Hashable {
    case customer(Customer)
    case order(Order)
    /// With the external id of the ticket it was merged into, if any.
    case ticket(TicketWithThread, mergedIntoExternalId: String?)
    case touchpoint(Touchpoint)
}
