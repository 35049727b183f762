stub: upstream file of 37297 bytes
