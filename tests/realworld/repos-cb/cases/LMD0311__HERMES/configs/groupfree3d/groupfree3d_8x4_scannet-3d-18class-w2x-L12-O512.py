stub: upstream file of 7500 bytes
