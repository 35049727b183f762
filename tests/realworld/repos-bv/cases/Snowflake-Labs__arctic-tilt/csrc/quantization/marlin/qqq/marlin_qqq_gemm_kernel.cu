stub: upstream file of 51281 bytes
