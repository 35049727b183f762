stub: upstream file of 15608 bytes
