stub: upstream file of 10395 bytes
