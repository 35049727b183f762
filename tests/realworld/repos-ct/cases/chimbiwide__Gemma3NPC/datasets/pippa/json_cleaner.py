stub: upstream file of 2066 bytes
