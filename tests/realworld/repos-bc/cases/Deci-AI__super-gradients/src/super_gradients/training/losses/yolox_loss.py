stub: upstream file of 51574 bytes
