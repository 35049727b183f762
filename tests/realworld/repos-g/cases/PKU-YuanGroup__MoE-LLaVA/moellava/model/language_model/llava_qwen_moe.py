stub: upstream file of 27095 bytes
