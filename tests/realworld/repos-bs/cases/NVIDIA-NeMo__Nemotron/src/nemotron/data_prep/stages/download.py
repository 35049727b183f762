stub: upstream file of 13461 bytes
