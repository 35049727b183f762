stub: upstream file of 23010 bytes
