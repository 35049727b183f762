stub: upstream file of 21426 bytes
