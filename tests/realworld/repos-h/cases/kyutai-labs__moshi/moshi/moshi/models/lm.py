stub: upstream file of 37312 bytes
