stub: upstream file of 19951 bytes
