stub: upstream file of 36106 bytes
