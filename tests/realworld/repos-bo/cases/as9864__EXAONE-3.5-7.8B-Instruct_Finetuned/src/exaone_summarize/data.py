stub: upstream file of 7007 bytes
