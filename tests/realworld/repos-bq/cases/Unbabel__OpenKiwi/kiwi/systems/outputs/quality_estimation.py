stub: upstream file of 21393 bytes
