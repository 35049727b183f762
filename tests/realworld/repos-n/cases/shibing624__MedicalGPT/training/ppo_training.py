stub: upstream file of 12850 bytes
