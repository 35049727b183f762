stub: upstream file of 20266 bytes
