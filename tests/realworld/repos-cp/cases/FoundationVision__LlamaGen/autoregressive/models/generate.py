stub: upstream file of 7910 bytes
