stub: upstream file of 16284 bytes
