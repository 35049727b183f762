stub: upstream file of 8941 bytes
