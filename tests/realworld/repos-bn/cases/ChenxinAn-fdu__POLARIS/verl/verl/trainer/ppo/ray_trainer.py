stub: upstream file of 57090 bytes
