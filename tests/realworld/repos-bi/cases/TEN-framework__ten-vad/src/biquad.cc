stub: upstream file of 9290 bytes
