stub: upstream file of 14435 bytes
