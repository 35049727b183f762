stub: upstream file of 16942 bytes
