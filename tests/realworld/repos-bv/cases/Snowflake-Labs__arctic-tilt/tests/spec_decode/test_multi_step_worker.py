stub: upstream file of 31398 bytes
