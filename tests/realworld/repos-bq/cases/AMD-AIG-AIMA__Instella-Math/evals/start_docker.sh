stub: upstream file of 390 bytes
