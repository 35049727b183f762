stub: upstream file of 8367 bytes
