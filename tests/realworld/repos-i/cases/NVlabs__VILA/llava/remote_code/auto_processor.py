stub: upstream file of 20539 bytes
