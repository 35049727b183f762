stub: upstream file of 38011 bytes
