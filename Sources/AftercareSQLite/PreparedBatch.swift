import AftercareCore
import AftercareStore
import Foundation
import AftercareInterchange

/// A batch with everything that needs no database worked out in advance: JSON columns, the
/// ticket columns (SLA due time, inbox key), thread counters and the search documents' text.
///
/// Pure and `Sendable`, so a bulk load prepares the next batch on one core while the writer
/// thread, the bottleneck, only binds values and steps statements on the other.
public struct PreparedBatch: Sendable {
    struct PreparedOrder: Sendable {
        var items: String
        var shipments: String
        var amountCNY: Int64
    }

    struct PreparedTicket: Sendable {
        /// The ticket as it will be stored: its next-reply clock replayed from the thread.
        var ticket: Ticket
        var values: [ColumnValue]
        var counters: TicketRow.ThreadCounters
        /// Byte ranges in `searchText`: the subject, then each message.
        var documents: [Range<Int>]
    }

    /// A merged ticket and its survivor, by external id (from a file) or by number.
    enum Survivor: Sendable {
        case externalId(String)
        case number(Int64)
    }

    public let batch: InterchangeBatch
    /// The settings the columns were worked out with (SLA keys depend on them).
    let settings: DeskSettings
    let mergedInto: [String?]
    /// Merges are links between tickets, set once the whole batch is in.
    let merges: [(ticket: String, survivor: Survivor)]
    let contacts: [String]
    let orders: [PreparedOrder]
    let tickets: [PreparedTicket]
    /// Every search document of the batch in index form, back to back.
    let searchText: [UInt8]

    public init(_ batch: InterchangeBatch, mergedInto: [String?] = [], settings: DeskSettings) {
        self.batch = batch
        self.settings = settings
        self.mergedInto = mergedInto
        var merges: [(String, Survivor)] = []
        for (index, thread) in batch.tickets.enumerated() {
            if index < mergedInto.count, let survivor = mergedInto[index] {
                merges.append((thread.ticket.externalId, .externalId(survivor)))
            } else if let number = thread.ticket.mergedInto {
                merges.append((thread.ticket.externalId, .number(number)))
            }
        }
        self.merges = merges
        contacts = batch.customers.map { JSONColumns.contacts($0.contacts) }
        orders = batch.orders.map {
            PreparedOrder(items: JSONColumns.items($0.items, orderCurrency: $0.amount.currency), shipments: JSONColumns.shipments($0.shipments),
                          amountCNY: $0.amount.approximateCNYMinorUnits)
        }
        var text: [UInt8] = []
        let policy = settings.sla  // once: a copy per ticket retains every table it holds
        tickets = batch.tickets.map { thread in
            var documents: [Range<Int>] = []
            for body in [thread.ticket.subject] + thread.messages.map(\.body) {
                let start = text.count
                SearchText.appendIndexForm(of: body, to: &text)
                documents.append(start..<text.count)
            }
            var ticket = thread.ticket
            TicketWorkflow.replayNextReplies(of: &ticket, thread: thread.messages, policy: policy)
            var columns = ticket
            columns.mergedInto = nil  // see `merges`
            return PreparedTicket(ticket: ticket, values: TicketRow.values(columns, policy: policy),
                                  counters: TicketRow.ThreadCounters(thread.messages), documents: documents)
        }
        searchText = text
    }

    /// The same batch worked out again with other settings.
    func prepared(with settings: DeskSettings) -> PreparedBatch {
        PreparedBatch(batch, mergedInto: mergedInto, settings: settings)
    }
}
