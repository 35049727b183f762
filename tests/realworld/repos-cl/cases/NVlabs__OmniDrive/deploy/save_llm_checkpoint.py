stub: upstream file of 6104 bytes
