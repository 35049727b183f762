stub: upstream file of 20217 bytes
