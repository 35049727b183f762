stub: upstream file of 27913 bytes
