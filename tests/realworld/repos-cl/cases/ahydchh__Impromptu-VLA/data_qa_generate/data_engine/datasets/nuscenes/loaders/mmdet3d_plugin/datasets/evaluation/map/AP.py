stub: upstream file of 4574 bytes
