stub: upstream file of 13384 bytes
