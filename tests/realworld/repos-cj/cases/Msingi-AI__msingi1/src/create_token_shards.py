stub: upstream file of 8910 bytes
