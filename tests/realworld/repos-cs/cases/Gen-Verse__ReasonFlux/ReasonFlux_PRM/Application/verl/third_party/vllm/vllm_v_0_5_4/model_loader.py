stub: upstream file of 14224 bytes
