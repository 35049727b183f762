stub: upstream file of 51 bytes
