stub: upstream file of 19506 bytes
