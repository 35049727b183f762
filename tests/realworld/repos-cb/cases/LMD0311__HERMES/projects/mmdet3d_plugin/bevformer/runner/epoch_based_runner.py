stub: upstream file of 3864 bytes
