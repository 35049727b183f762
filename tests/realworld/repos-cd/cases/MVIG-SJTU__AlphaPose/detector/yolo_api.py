stub: upstream file of 13015 bytes
