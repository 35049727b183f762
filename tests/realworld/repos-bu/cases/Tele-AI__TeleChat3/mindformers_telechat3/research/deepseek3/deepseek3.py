stub: upstream file of 1910 bytes
