stub: upstream file of 32375 bytes
