stub: upstream file of 33100 bytes
