stub: upstream file of 2910 bytes
