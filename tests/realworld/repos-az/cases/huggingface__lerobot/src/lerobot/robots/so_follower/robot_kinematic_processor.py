stub: upstream file of 26555 bytes
