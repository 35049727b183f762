stub: upstream file of 11550 bytes
