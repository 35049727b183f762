stub: upstream file of 35284 bytes
