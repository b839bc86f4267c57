"""The desk's network work: gathering requests from wiki pages and a mailbox folder."""
