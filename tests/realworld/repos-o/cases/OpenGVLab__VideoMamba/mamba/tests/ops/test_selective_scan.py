stub: upstream file of 23404 bytes
