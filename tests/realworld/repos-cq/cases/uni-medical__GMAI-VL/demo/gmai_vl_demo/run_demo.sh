stub: upstream file of 864 bytes
