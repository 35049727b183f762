stub: upstream file of 23285 bytes
