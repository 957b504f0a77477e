import Testing
@testable import AftercareCore

@Suite struct PlaceholderHolesTests {
    @Test func holesAreFoundWithOrWithoutTheirMarks() {
        #expect(PlaceholderHoles.find(in: "到货时间 «new_date»，商品 «product.name»。") == ["new_date", "product.name"])
        #expect(PlaceholderHoles.find(in: "ships on «new_date") == ["new_date"])
        #expect(PlaceholderHoles.find(in: "ships on new_date» for you") == ["new_date"])
        #expect(PlaceholderHoles.find(in: "Dear {{ customer.name }},") == ["customer.name"])
        #expect(PlaceholderHoles.find(in: "Dear {{customer.name") == ["{{"])
        #expect(PlaceholderHoles.find(in: "empty {{}} tag") == ["{{}}"])
        // Both marks deleted: found only by the names the inserted reply could not fill.
        #expect(PlaceholderHoles.find(in: "ships on new_date", knownUnfilled: ["new_date"]) == ["new_date"])
        #expect(PlaceholderHoles.find(in: "ships on new_date").isEmpty)
    }

    @Test func ordinaryTextIsNotAHole() {
        for text in ["《使用说明》第3页", "“好的”", "« 2 »", "«…»", "price {5}", "a » b « c", "退款 refund"] {
            #expect(PlaceholderHoles.find(in: text).isEmpty, "\(text)")
        }
    }

    @Test func onlyRepliesAreRefused() throws {
        #expect(throws: DomainError.placeholdersLeft(names: ["coupon.code"])) {
            try PlaceholderHoles.checkSendable("use «coupon.code»", kind: .reply)
        }
        try PlaceholderHoles.checkSendable("use «coupon.code»", kind: .note)
    }
}
