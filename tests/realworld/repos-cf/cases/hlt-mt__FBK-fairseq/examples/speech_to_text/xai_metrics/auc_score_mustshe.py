stub: upstream file of 10011 bytes
