stub: upstream file of 5000 bytes
