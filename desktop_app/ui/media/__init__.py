"""The media editor: table, thumbnails, detail pane and the edits behind them."""
