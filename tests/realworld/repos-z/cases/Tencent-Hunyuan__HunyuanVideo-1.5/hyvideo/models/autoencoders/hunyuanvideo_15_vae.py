stub: upstream file of 37320 bytes
