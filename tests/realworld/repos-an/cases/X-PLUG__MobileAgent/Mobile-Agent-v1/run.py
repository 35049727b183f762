stub: upstream file of 9630 bytes
