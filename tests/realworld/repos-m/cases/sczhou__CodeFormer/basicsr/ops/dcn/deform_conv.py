stub: upstream file of 15574 bytes
