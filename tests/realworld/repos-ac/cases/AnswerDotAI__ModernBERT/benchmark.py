stub: upstream file of 20574 bytes
