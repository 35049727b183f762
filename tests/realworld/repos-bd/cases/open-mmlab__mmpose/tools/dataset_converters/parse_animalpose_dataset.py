stub: upstream file of 13482 bytes
