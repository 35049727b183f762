stub: upstream file of 2662 bytes
