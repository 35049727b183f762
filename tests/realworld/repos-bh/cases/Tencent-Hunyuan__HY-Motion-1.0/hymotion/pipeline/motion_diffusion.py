stub: upstream file of 27346 bytes
