stub: upstream file of 21262 bytes
