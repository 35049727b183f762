stub: upstream file of 17348 bytes
