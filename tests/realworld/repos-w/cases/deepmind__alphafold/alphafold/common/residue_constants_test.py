stub: upstream file of 9256 bytes
