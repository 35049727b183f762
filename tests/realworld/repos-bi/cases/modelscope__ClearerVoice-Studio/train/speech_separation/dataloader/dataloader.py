stub: upstream file of 11007 bytes
