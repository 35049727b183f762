stub: upstream file of 5353 bytes
