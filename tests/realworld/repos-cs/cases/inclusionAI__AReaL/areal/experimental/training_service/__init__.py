stub: upstream file of 444 bytes
