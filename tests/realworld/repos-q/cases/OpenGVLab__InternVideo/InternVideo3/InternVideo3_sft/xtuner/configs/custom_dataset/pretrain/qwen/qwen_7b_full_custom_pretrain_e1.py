stub: upstream file of 6357 bytes
