stub: upstream file of 6300 bytes
