stub: upstream file of 19510 bytes
