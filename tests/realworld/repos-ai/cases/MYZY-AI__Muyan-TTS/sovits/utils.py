stub: upstream file of 13475 bytes
