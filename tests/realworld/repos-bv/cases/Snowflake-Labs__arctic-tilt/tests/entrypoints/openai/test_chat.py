stub: upstream file of 39701 bytes
