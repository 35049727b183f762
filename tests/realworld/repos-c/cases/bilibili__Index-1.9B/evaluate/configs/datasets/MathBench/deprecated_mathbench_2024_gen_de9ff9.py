stub: upstream file of 10145 bytes
