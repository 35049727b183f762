stub: upstream file of 3285 bytes
