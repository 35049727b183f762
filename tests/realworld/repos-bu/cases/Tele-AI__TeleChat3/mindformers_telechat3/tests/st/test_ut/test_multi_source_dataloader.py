stub: upstream file of 9309 bytes
