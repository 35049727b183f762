stub: upstream file of 6318 bytes
