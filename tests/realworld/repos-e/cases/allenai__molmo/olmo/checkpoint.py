stub: upstream file of 88279 bytes
