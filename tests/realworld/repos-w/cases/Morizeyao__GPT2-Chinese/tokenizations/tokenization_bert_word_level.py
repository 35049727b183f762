stub: upstream file of 20012 bytes
