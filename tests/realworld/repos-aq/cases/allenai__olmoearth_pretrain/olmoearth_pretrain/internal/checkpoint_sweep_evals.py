stub: upstream file of 17124 bytes
