stub: upstream file of 40533 bytes
