stub: upstream file of 29461 bytes
