stub: upstream file of 30916 bytes
