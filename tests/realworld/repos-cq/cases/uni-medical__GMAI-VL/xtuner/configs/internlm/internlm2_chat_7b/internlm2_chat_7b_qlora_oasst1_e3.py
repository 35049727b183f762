stub: upstream file of 7303 bytes
