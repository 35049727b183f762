stub: upstream file of 9012 bytes
