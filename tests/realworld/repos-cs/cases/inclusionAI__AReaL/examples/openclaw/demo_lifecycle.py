stub: upstream file of 12309 bytes
