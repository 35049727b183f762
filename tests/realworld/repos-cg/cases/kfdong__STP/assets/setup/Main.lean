stub: upstream file of 13169 bytes
