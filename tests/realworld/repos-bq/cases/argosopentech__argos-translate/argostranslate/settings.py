stub: upstream file of 7352 bytes
