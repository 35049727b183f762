stub: upstream file of 74481 bytes
