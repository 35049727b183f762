stub: upstream file of 32321 bytes
