stub: upstream file of 26820 bytes
