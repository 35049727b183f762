stub: upstream file of 12662 bytes
