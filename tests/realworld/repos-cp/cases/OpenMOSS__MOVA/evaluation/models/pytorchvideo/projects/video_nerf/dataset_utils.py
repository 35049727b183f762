stub: upstream file of 4101 bytes
