stub: upstream file of 9588 bytes
