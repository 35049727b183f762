stub: upstream file of 24000 bytes
