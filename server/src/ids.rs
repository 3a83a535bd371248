//! Ids with types: a municipality's id cannot be passed where an account's is meant.
//! Each is the database's integer, bound and read as one, and travels as a plain number.

macro_rules! id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize, sqlx::Type)]
        #[serde(transparent)]
        #[sqlx(transparent)]
        pub struct $name(pub i64);

        impl From<$name> for i64 {
            fn from(id: $name) -> i64 {
                id.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id!(
    /// A municipality of the installation.
    MunicipalityId
);
id!(
    /// A staff account.
    AccountId
);
id!(
    /// An association (förening).
    AssociationId
);
id!(
    /// A fritidscheck voucher.
    VoucherId
);
id!(
    /// A redemption: one payment from a voucher.
    RedemptionId
);
id!(
    /// A settlement with one association for a period.
    SettlementId
);
id!(
    /// An activity, an association's or the municipality's own.
    ActivityId
);
id!(
    /// A Sportotek item: a kind of equipment, such as hockey skates.
    ItemId
);
id!(
    /// One size of a Sportotek item.
    SizeId
);
id!(
    /// One physical copy of a size, with its inventory number.
    CopyId
);
id!(
    /// A Sportotek loan, from its reservation (or walk-in) to its return.
    LoanId
);
