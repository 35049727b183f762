stub: upstream file of 41323 bytes
