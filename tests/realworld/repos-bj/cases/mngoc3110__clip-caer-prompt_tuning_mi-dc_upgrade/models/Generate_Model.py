stub: upstream file of 8029 bytes
