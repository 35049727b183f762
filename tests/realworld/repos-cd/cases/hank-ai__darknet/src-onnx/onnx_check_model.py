stub: upstream file of 539 bytes
