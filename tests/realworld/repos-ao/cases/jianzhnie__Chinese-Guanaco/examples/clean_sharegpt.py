stub: upstream file of 6730 bytes
