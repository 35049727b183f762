stub: upstream file of 44542 bytes
