stub: upstream file of 11494 bytes
