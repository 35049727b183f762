stub: upstream file of 17761 bytes
