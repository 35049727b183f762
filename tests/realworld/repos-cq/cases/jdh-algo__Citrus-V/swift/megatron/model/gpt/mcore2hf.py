stub: upstream file of 5217 bytes
