stub: upstream file of 4128 bytes
