stub: upstream file of 12508 bytes
