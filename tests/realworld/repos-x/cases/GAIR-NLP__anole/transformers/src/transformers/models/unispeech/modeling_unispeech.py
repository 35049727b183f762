stub: upstream file of 91625 bytes
