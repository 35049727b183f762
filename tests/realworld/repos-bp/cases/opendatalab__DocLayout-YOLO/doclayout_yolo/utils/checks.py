stub: upstream file of 28012 bytes
