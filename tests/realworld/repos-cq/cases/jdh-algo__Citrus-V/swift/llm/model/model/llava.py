stub: upstream file of 14007 bytes
