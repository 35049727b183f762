stub: upstream file of 800 bytes
