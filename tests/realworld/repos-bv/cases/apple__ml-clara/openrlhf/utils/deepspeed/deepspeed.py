stub: upstream file of 19461 bytes
