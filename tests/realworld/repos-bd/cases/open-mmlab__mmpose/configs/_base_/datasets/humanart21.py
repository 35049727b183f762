stub: upstream file of 6351 bytes
