stub: upstream file of 11474 bytes
