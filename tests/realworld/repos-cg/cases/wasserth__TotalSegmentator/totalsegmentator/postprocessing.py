stub: upstream file of 13316 bytes
