stub: upstream file of 29956 bytes
