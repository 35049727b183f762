stub: upstream file of 25254 bytes
