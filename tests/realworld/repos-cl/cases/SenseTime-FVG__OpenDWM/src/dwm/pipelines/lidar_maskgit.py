stub: upstream file of 56340 bytes
