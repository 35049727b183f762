stub: upstream file of 37482 bytes
