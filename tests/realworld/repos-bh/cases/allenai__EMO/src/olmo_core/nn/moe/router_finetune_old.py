stub: upstream file of 27541 bytes
