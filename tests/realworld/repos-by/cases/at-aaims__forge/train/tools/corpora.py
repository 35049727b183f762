stub: upstream file of 10340 bytes
