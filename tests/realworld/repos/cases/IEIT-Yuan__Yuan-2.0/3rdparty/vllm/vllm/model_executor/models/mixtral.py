stub: upstream file of 16204 bytes
