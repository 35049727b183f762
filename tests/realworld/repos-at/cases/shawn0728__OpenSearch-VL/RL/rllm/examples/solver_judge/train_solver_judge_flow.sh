stub: upstream file of 2960 bytes
