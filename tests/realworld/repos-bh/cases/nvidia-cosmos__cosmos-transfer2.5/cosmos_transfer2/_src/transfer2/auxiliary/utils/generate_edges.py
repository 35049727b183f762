stub: upstream file of 3007 bytes
