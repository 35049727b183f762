stub: upstream file of 63657 bytes
