stub: upstream file of 13521 bytes
