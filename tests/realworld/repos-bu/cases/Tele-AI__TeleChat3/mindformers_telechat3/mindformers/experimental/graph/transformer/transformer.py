stub: upstream file of 55402 bytes
