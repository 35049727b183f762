stub: upstream file of 38743 bytes
