stub: upstream file of 9011 bytes
