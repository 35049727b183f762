stub: upstream file of 36916 bytes
